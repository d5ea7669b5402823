/** The text checks behind the hostile corpus: exact decimals, and what JSON.parse hides (depth, duplicate keys, inexact numbers). */
import { canonicalDecimal, numberTextIsExact } from '../../../src/core/json/decimal.js'
import { MAX_LISTED_PER_FILE, scanJsonText } from '../../../src/core/json/scan.js'

describe('numberTextIsExact', () => {
  it.each(['0', '-0', '35', '35.0', '1.0', '0.1', '1e-7', '-1.5e3', '9007199254740991', '12345678901234567000', '1.7976931348623157e308', '5e-324'])('%s survives parsing', (text) => {
    expect(numberTextIsExact(text)).toBe(true)
  })
  it.each(['12345678901234567890', '9007199254740993', '1e400', '-1e400', '1e-400', '0.1000000000000000055511151231257827', '1.00000000000000001'])(
    '%s does not',
    (text) => expect(numberTextIsExact(text)).toBe(false)
  )
})

describe('canonicalDecimal', () => {
  it.each([
    ['35', '35e0'],
    ['35.0', '35e0'],
    ['3.5e1', '35e0'],
    ['+0.00350', '35e-4'],
    ['000', '0'],
    ['-0.0', '0'],
    ['1e+21', '1e21']
  ])('%s is %s', (text, canonical) => expect(canonicalDecimal(text)).toBe(canonical))
  it.each(['', '.', 'abc', '0x10', 'Infinity', '1e'])('%j is not a decimal', (text) => expect(canonicalDecimal(text)).toBeUndefined())
})

describe('scanJsonText', () => {
  it('finds repeated keys with their pointers, decoding escapes, per object', () => {
    const scan = scanJsonText('{"a":1,"b":{"c":[1,{"d":2,"d":3}],"c":4},"\\u0061":5,"e":{"a":6}}')
    expect(scan).toEqual({ depth: 4, duplicateKeys: ['/b/c/1/d', '/b/c', '/a'], duplicateKeyCount: 3, inexactNumbers: [], inexactNumberCount: 0 })
  })
  it('escapes pointer segments and ignores key-like text inside strings', () => {
    const scan = scanJsonText('{"a/b":{"x~y":1,"x~y":2},"s":"\\"k\\":1,\\"k\\":2","t":"\\\\"}')
    expect(scan.duplicateKeys).toEqual(['/a~1b/x~0y'])
  })
  it('finds inexact numbers with their pointers', () => {
    const scan = scanJsonText('[1, {"n": 12345678901234567890, "m": [0.5, 1e400]}, -0.1000000000000000055511151231257827]')
    expect(scan.inexactNumbers).toEqual([
      { pointer: '/1/n', text: '12345678901234567890' },
      { pointer: '/1/m/1', text: '1e400' },
      { pointer: '/2', text: '-0.1000000000000000055511151231257827' }
    ])
  })
  it('measures depth iteratively at 100,000 levels', () => {
    expect(scanJsonText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).depth).toBe(100_000)
    expect(scanJsonText('"just a string"').depth).toBe(0)
  })
  it(`lists at most ${MAX_LISTED_PER_FILE} per file and counts the rest`, () => {
    const scan = scanJsonText(`{${Array.from({ length: 30 }, () => '"k":1').join(',')}}`)
    expect(scan.duplicateKeys).toHaveLength(MAX_LISTED_PER_FILE)
    expect(scan.duplicateKeyCount).toBe(29)
  })
})
