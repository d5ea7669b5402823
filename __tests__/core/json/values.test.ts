import { canonicalJson, decimalNumber, diffValues, numbersEqual, valuesEqual } from '../../../src/core/json/values.js'
import type { JsonValue } from '../../../src/core/model/types.js'

const exact = { tolerance: 0 }

describe('decimalNumber', () => {
  test.each([
    ['35', 35],
    ['35.0', 35],
    [' -1.5e3 ', -1500],
    ['.5', 0.5],
    ['7.', 7]
  ])('%j reads as %j', (text, value) => {
    expect(decimalNumber(text)).toBe(value)
  })
  test.each(['', ' ', 'abc', '0x10', 'Infinity', 'NaN', '1e999', '1,5', '35 apples'])('%j is not a number', (text) => {
    expect(decimalNumber(text)).toBeUndefined()
  })
})

describe('numbersEqual / valuesEqual', () => {
  test('tolerance is absolute and inclusive', () => {
    expect(numbersEqual(35, 35.5, 0.5)).toBe(true)
    expect(numbersEqual(35, 35.51, 0.5)).toBe(false)
    expect(numbersEqual(35, 35.0, 0)).toBe(true)
  })
  test('object key order does not matter, array order does', () => {
    expect(valuesEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, exact)).toBe(true)
    expect(valuesEqual({ a: [1, 2] }, { a: [2, 1] }, exact)).toBe(false)
    expect(valuesEqual({ a: 1 }, { a: 1, b: null }, exact)).toBe(false)
    expect(valuesEqual([1], { 0: 1 }, exact)).toBe(false)
    expect(valuesEqual(null, {}, exact)).toBe(false)
  })
  test('numbers within tolerance at any depth', () => {
    expect(valuesEqual({ x: [{ s: 1.0001 }] }, { x: [{ s: 1 }] }, { tolerance: 0.001 })).toBe(true)
    expect(valuesEqual({ x: [{ s: 1.01 }] }, { x: [{ s: 1 }] }, { tolerance: 0.001 })).toBe(false)
  })
  test('numeric strings compare as numbers only when asked', () => {
    expect(valuesEqual('35', '35.0', exact)).toBe(false)
    expect(valuesEqual('35', '35.0', { tolerance: 0, numericStrings: true })).toBe(true)
    expect(valuesEqual('35', '36', { tolerance: 0, numericStrings: true })).toBe(false)
    expect(valuesEqual('abc', 'abc ', { tolerance: 0, numericStrings: true })).toBe(false)
    expect(valuesEqual(35, '35', { tolerance: 0, numericStrings: true })).toBe(false)
  })
})

describe('diffValues', () => {
  test('equal values have no differences', () => {
    expect(diffValues({ a: { b: [1, 'x'] } }, { a: { b: [1, 'x'] } }, exact)).toEqual([])
  })
  test('one difference per changed leaf, with pointers and both values', () => {
    const left: JsonValue = { a: { b: 1, c: 'same', 'x/y': true }, list: [1, 2, 3], gone: 0 }
    const right: JsonValue = { a: { b: 2, c: 'same', 'x/y': false }, list: [1, 5, 3], extra: { k: null } }
    expect(diffValues(left, right, exact, '/7')).toEqual([
      { pointer: '/7/a/b', left: 1, right: 2 },
      { pointer: '/7/a/x~1y', left: true, right: false },
      { pointer: '/7/list/1', left: 2, right: 5 },
      { pointer: '/7/gone', left: 0 },
      { pointer: '/7/extra', right: { k: null } }
    ])
  })
  test('arrays of different length and type changes are one difference with both whole values', () => {
    expect(diffValues({ v: [1, 2] }, { v: [1, 2, 3] }, exact)).toEqual([{ pointer: '/v', left: [1, 2], right: [1, 2, 3] }])
    expect(diffValues({ v: { a: 1 } }, { v: [1] }, exact)).toEqual([{ pointer: '/v', left: { a: 1 }, right: [1] }])
    expect(diffValues({ v: null }, { v: 0 }, exact)).toEqual([{ pointer: '/v', left: null, right: 0 }])
  })
  test('numbers use the tolerance; 35 and 35.0 are equal', () => {
    expect(diffValues({ s: 35 }, { s: 35.0 }, exact)).toEqual([])
    expect(diffValues({ s: 35 }, { s: 35.25 }, { tolerance: 0.5 })).toEqual([])
    expect(diffValues({ s: 35 }, { s: 36 }, { tolerance: 0.5 })).toEqual([{ pointer: '/s', left: 35, right: 36 }])
  })
  test('a pathologically deep value throws RangeError (callers report it as unreadable)', () => {
    let deep: JsonValue = 0
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(() => diffValues(deep, [deep], exact)).toThrow(RangeError)
  })
})

describe('canonicalJson', () => {
  test('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: 'x' })).toBe('{"a":"x","b":[{"a":2,"z":1}]}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })
})
