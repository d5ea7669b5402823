import { isUtf8 } from 'node:buffer'
import type { JsonValue } from '../model/types.js'

/** The outcome of decoding and parsing one file: a value, or one line saying what is wrong. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string }

/** Whether the bytes start with a UTF-8 byte-order mark. */
export function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/**
 * Decodes UTF-8 text strictly. A byte-order mark is stripped (and reported through `bom`);
 * invalid bytes are a problem naming the first bad offset; a UTF-16 byte-order mark is named as such.
 */
export function decodeUtf8(bytes: Uint8Array): ParseResult<{ text: string; bom: boolean }> {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: `encoded as UTF-16 (byte-order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}), not UTF-8` }
  }
  const bom = startsWithUtf8Bom(bytes)
  const body = bom ? bytes.subarray(3) : bytes
  // isUtf8 (simdutf) plus Buffer's decoder is several times faster than a fatal TextDecoder on large files.
  if (!isUtf8(body)) return { ok: false, problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` }
  return { ok: true, value: { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), bom } }
}

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // Binary search on prefixes: a valid prefix decodes (allowing a cut multi-byte tail at the end).
  const prefixValid = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true })
      return true
    } catch {
      return false
    }
  }
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (prefixValid(mid)) low = mid
    else high = mid - 1
  }
  // The valid prefix may end inside a multi-byte sequence that the next byte breaks: the bad
  // sequence starts at its lead byte.
  let lead = low - 1
  while (lead >= 0 && low - lead <= 3 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--
  const first = lead >= 0 ? (bytes[lead] as number) : 0
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1
  return lead >= 0 && low - lead < length ? lead : low
}

/** Line and column (1-based) of a character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Finds where JSON text first goes wrong (V8's messages differ across Node versions and quote the
 * text itself). Iterative, so any nesting depth is fine; run only after JSON.parse failed.
 */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let i = 0
  const stack: ('{' | '[')[] = []
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const fail = (reason: string): { offset: number; reason: string } => ({ offset: i, reason: i >= text.length ? 'truncated (unexpected end of input)' : reason })
  const scalar = (): string | undefined => {
    const c = text[i]
    if (c === '"') {
      for (i++; i < text.length; i++) {
        const ch = text.charCodeAt(i)
        if (ch === 0x22) {
          i++
          return undefined
        }
        if (ch < 0x20) return 'control character in string'
        if (ch === 0x5c) {
          const e = text[++i] ?? ''
          if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return 'bad \\u escape'
            i += 4
          } else if (!'"\\/bfnrt'.includes(e) || e === '') return 'bad escape in string'
        }
      }
      return 'unterminated string'
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (m !== null && m[0] !== '' && m[0] !== '-') {
      i += m[0].length
      return undefined
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return undefined
      }
    }
    return `unexpected character ${JSON.stringify(c)}`
  }
  /** A property name and its colon; leaves `i` at the member's value. */
  const memberName = (): string | undefined => {
    if (text[i] !== '"') return 'expected a property name'
    const bad = scalar()
    if (bad !== undefined) return bad
    ws()
    if (text[i] !== ':') return "expected ':' after a property name"
    i++
    ws()
    return undefined
  }
  ws()
  for (;;) {
    // Expect a value.
    const c = text[i]
    if (c === '{' || c === '[') {
      stack.push(c)
      i++
      ws()
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop()
        i++
      } else if (c === '{') {
        const bad = memberName()
        if (bad !== undefined) return fail(bad)
        continue
      } else continue
    } else {
      const bad = c === undefined ? 'x' : scalar()
      if (bad !== undefined) return fail(bad)
    }
    // After a value: close containers or expect a comma.
    for (;;) {
      ws()
      const top = stack[stack.length - 1]
      if (top === undefined) {
        return i < text.length ? fail('unexpected text after the JSON value') : { offset: i, reason: 'invalid JSON' }
      }
      const close = top === '{' ? '}' : ']'
      if (text[i] === close) {
        stack.pop()
        i++
        continue
      }
      if (text[i] !== ',') return fail(`expected ',' or '${close}'`)
      i++
      ws()
      if (top === '{') {
        const bad = memberName()
        if (bad !== undefined) return fail(bad)
      }
      break
    }
  }
}

/** Parses JSON text; a syntax error becomes `invalid JSON at line L column C: <reason>`, never quoting content. */
export function parseJsonText(text: string): ParseResult<JsonValue> {
  if (text.trim() === '') return { ok: false, problem: 'empty file (no JSON value)' }
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue }
  } catch {
    const { offset, reason } = locateJsonError(text)
    const { line, column } = lineColumn(text, offset)
    return { ok: false, problem: `invalid JSON at line ${line} column ${column}: ${reason}` }
  }
}
