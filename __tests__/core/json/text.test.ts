import { decodeUtf8, parseJsonText } from '../../../src/core/json/text.js'

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a":[1,2.5]}')).toEqual({ ok: true, value: { a: [1, 2.5] } })
  })
  it('names line and column of a syntax error', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": }\n')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toMatch(/^invalid JSON at line 3 column 8: /)
  })
  it('calls a cut-off document truncated', () => {
    const result = parseJsonText('{"a": [1, 2')
    expect(!result.ok && result.problem).toMatch(/^invalid JSON.*(truncated|end of|Unterminated|Expected)/i)
  })
  it('calls an empty file empty', () => {
    expect(parseJsonText('  \n')).toEqual({ ok: false, problem: 'empty file (no JSON value)' })
  })
})

describe('decodeUtf8', () => {
  it('strips and reports a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')])
    expect(decodeUtf8(bytes)).toEqual({ ok: true, value: { text: '{"a":1}', bom: true } })
  })
  it('names the offset of the first invalid UTF-8 byte', () => {
    const bytes = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])
    expect(decodeUtf8(bytes)).toEqual({ ok: false, problem: 'not valid UTF-8 (first bad byte at offset 6)' })
  })
  it('keeps non-ASCII text', () => {
    expect(decodeUtf8(Buffer.from('["—é"]'))).toEqual({ ok: true, value: { text: '["—é"]', bom: false } })
  })
})

describe('locateJsonError', () => {
  it.each([
    ['{"a":1,}', 1, 8, 'expected a property name'],
    ['[1,2', 1, 5, 'truncated (unexpected end of input)'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ['{"a":tru}', 1, 6, 'unexpected character "t"'],
    ['[1] x', 1, 5, 'unexpected text after the JSON value'],
    ['"abc', 1, 5, 'truncated (unexpected end of input)'],
    ['{"a":"\\q"}', 1, 8, 'bad escape in string'],
    ['[\n1\n2]', 3, 1, "expected ',' or ']'"]
  ])('locates the error in %j', (text, line, column, reason) => {
    expect(parseJsonText(text)).toEqual({ ok: false, problem: `invalid JSON at line ${line} column ${column}: ${reason}` })
  })
  it('handles 100,000 levels of nesting without overflowing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999)
    expect(parseJsonText(deep)).toEqual({ ok: false, problem: 'invalid JSON at line 1 column 200000: truncated (unexpected end of input)' })
  })
})
