import { plural, thousands } from '../../../src/core/model/words.js'

describe('thousands', () => {
  it('groups every integer as en-US toLocaleString does, sign and edge values included', () => {
    const values = [0, -0, 1, 7, 12, 999, 1000, 1001, 9999, 10000, 123456, 999999, 1000000, 1234567890, Number.MAX_SAFE_INTEGER, -1, -999, -1000, -1234567, -Number.MAX_SAFE_INTEGER]
    for (let i = 0; i < 2000; i++) values.push(Math.floor((Math.random() - 0.5) * 10 ** (1 + (i % 15))))
    for (const n of values) expect(thousands(n)).toBe(n.toLocaleString('en-US'))
  })

  it('leaves fractions, huge and non-finite numbers to toLocaleString', () => {
    for (const n of [1.5, 12345.678, -0.25, 2 ** 60, Infinity, -Infinity, NaN]) expect(thousands(n)).toBe(n.toLocaleString('en-US'))
  })
})

describe('plural', () => {
  it('names one thing in the singular and any other count in the plural, with separators', () => {
    expect(plural(1, 'job')).toBe('1 job')
    expect(plural(0, 'job')).toBe('0 jobs')
    expect(plural(1500, 'job')).toBe('1,500 jobs')
  })
})
