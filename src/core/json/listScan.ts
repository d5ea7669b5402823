import { isUtf8 } from 'node:buffer'
import { numberTextIsExact } from './decimal.js'
import { MAX_JSON_DEPTH } from './scan.js'
import { startsWithUtf8Bom } from './text.js'
import type { JsonValue } from '../model/types.js'

/** Wrapper keys whose array value may be the ranked list, in order of preference (upstream's; `extractList` reads them too). */
export const LIST_KEYS: readonly string[] = ['jobs', 'ranked_jobs', 'items', 'results']
const WRAPPER_KEYS = new Set(LIST_KEYS)

/**
 * The keys whose values a list scan copies out of each list element (an object): its scalar values
 * as JSON.parse gives them, `{}` or `[]` for an object or array value. `nested` names one row key
 * whose array value's object elements get skeletons of their own (families' `family_variants`).
 */
export interface RowKeys {
  keys: readonly string[]
  nested?: { key: string; keys: readonly string[] }
}

/** An object element of a list with only the wanted keys, each holding what JSON.parse would give (containers as empty placeholders). */
export type RowSkeleton = { [key: string]: JsonValue }

/**
 * One array found by the scan: each element's byte range `[starts[i], ends[i])`, skeleton
 * (undefined: the element is not an object) and the deepest nesting inside it (`depths[i]`,
 * counted from the document's top, as `ListScan.depth`).
 */
export interface ScannedList {
  starts: number[]
  ends: number[]
  skeletons: (RowSkeleton | undefined)[]
  depths: number[]
}

/**
 * A list already scanned in another file (the other side's), which a scan may take elements from:
 * an element whose bytes equal the reference's element at the same position is that element again
 * (same checks passed, same skeleton, same depth), so its bytes are compared, not scanned.
 */
export interface ListReference {
  bytes: Uint8Array
  pointer: string
  list: ScannedList
}

/**
 * What a list scan found. `ok: false` means the bytes are not a JSON text that JSON.parse accepts,
 * or that the scan cannot vouch for it (a repeated or escaped key, a number a double cannot hold,
 * nesting over MAX_JSON_DEPTH): the caller then parses and checks the text the exact way. `lists`
 * holds the top-level array (key `''`) and the arrays under the wrapper keys (`/jobs`...).
 */
export type ListScan = { ok: true; depth: number; lists: Map<string, ScannedList> } | { ok: false; problem: string }

// Byte classes inside a string: plain, the closing quote, an escape, a control character JSON forbids.
const PLAIN = 0
const QUOTE_CLASS = 1
const ESCAPE_CLASS = 2
const CONTROL_CLASS = 3
const STRING_CLASS = new Uint8Array(256)
for (let b = 0; b < 0x20; b++) STRING_CLASS[b] = CONTROL_CLASS
STRING_CLASS[0x22] = QUOTE_CLASS
STRING_CLASS[0x5c] = ESCAPE_CLASS
/** The bytes allowed after a backslash besides `u`. */
const SIMPLE_ESCAPES = new Uint8Array(256)
for (const c of '"\\/bfnrt') SIMPLE_ESCAPES[c.charCodeAt(0)] = 1
const HEX = new Uint8Array(256)
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1

// What the grammar expects next.
const VALUE = 0
const VALUE_OR_CLOSE = 1
const KEY = 2
const KEY_OR_CLOSE = 3
const COLON = 4
const AFTER_VALUE = 5
const DONE = 6

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39

/**
 * The string opening at `start`: its closing quote's index times two, plus one when it holds an
 * escape; -1 when JSON forbids it (a control character, a bad escape, no end). `words` is the
 * same bytes as 32-bit words (when they are aligned): four plain bytes are skipped at once.
 */
function stringEnd(bytes: Uint8Array, words: Int32Array | undefined, start: number): number {
  const n = bytes.length
  let escaped = 0
  let j = start + 1
  for (;;) {
    if (words !== undefined && (j & 3) === 0) {
      // A word is plain when none of its bytes is below 0x20, a quote or a backslash (the classic "has a zero byte" tests).
      for (let w = j >> 2; w < words.length; w++) {
        const x = words[w] as number
        const q = x ^ 0x22222222
        const b = x ^ 0x5c5c5c5c
        if (((((x - 0x20202020) | 0) & ~x) | (((q - 0x01010101) | 0) & ~q) | (((b - 0x01010101) | 0) & ~b)) & 0x80808080) break
        j += 4
      }
    }
    if (j >= n) return -1
    const kind = STRING_CLASS[bytes[j] as number] as number
    if (kind === PLAIN) {
      j++
      continue
    }
    if (kind === QUOTE_CLASS) return j * 2 + escaped
    if (kind !== ESCAPE_CLASS) return -1
    escaped = 1
    const next = bytes[j + 1] as number
    if (next === 0x75) {
      if (HEX[bytes[j + 2] as number] !== 1 || HEX[bytes[j + 3] as number] !== 1 || HEX[bytes[j + 4] as number] !== 1 || HEX[bytes[j + 5] as number] !== 1) return -1
      j += 6
    } else if (SIMPLE_ESCAPES[next] === 1) j += 2
    else return -1
  }
}

/** End (exclusive) of the JSON number starting at `i`, -1 when the grammar is broken. */
function numberEnd(bytes: Uint8Array, i: number): number {
  let j = i
  if (bytes[j] === 0x2d) j++
  if (bytes[j] === 0x30) j++
  else if (isDigit(bytes[j]) && bytes[j] !== 0x30) while (isDigit(bytes[j])) j++
  else return -1
  if (bytes[j] === 0x2e) {
    j++
    if (!isDigit(bytes[j])) return -1
    while (isDigit(bytes[j])) j++
  }
  if (bytes[j] === 0x65 || bytes[j] === 0x45) {
    j++
    if (bytes[j] === 0x2b || bytes[j] === 0x2d) j++
    if (!isDigit(bytes[j])) return -1
    while (isDigit(bytes[j])) j++
  }
  return j
}

/** The value of a short integer's digits (`-0` included, as JSON.parse reads it). */
function integerAt(bytes: Uint8Array, i: number, end: number): number {
  const negative = bytes[i] === 0x2d
  let value = 0
  for (let k = negative ? i + 1 : i; k < end; k++) value = value * 10 + ((bytes[k] as number) - 0x30)
  return negative ? -value : value
}

/** Whether `bytes` holds `word` at `i`. */
function holds(bytes: Uint8Array, i: number, word: readonly number[]): boolean {
  for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word[k]) return false
  return true
}
const TRUE = [...'true'].map((c) => c.charCodeAt(0))
const FALSE = [...'false'].map((c) => c.charCodeAt(0))
const NULL = [...'null'].map((c) => c.charCodeAt(0))

/**
 * A cheap 32-bit hash of a key's bytes `[from, to)`: its length and three of its bytes. Equal
 * hashes are always confirmed on the bytes, so a collision costs a comparison, never a wrong answer.
 */
function keyHash(bytes: Uint8Array, from: number, to: number): number {
  const length = to - from
  if (length === 0) return 0
  return (Math.imul(length, 0x9e3779b1) ^ ((bytes[from] as number) << 8) ^ ((bytes[to - 1] as number) << 16) ^ ((bytes[from + (length >> 1)] as number) << 24)) | 0
}

/** Whether the keys at `[a, a + length)` and `[b, b + length)` have the same bytes. */
function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (bytes[a + k] !== bytes[b + k]) return false
  return true
}

/** Buffer's own decoders (what `toString` calls after checking its arguments): the scan calls them a million times. */
type SlicingBuffer = Buffer & { utf8Slice(start: number, end: number): string; latin1Slice(start: number, end: number): string }

/** Wanted keys by the low bits of their hash (each slot: the keys whose bytes hash there). */
type KeyTable = ({ name: string; bytes: Buffer }[] | undefined)[]
const KEY_SLOTS = 1024
function keyTable(keys: readonly string[]): KeyTable {
  const table: KeyTable = new Array<undefined>(KEY_SLOTS).fill(undefined)
  for (const name of new Set(keys)) {
    const bytes = Buffer.from(name, 'utf8')
    const slot = keyHash(bytes, 0, bytes.length) & (KEY_SLOTS - 1)
    ;(table[slot] ??= []).push({ name, bytes })
  }
  return table
}
function wantedKey(table: KeyTable, hash: number, bytes: Uint8Array, from: number, to: number): string | undefined {
  const slot = table[hash & (KEY_SLOTS - 1)]
  if (slot === undefined) return undefined
  for (const entry of slot) {
    if (entry.bytes.length !== to - from) continue
    let k = 0
    while (k < entry.bytes.length && entry.bytes[k] === bytes[from + k]) k++
    if (k === entry.bytes.length) return entry.name
  }
  return undefined
}

/** Sets a skeleton's key as JSON.parse would (a `__proto__` key is an own property there too). */
function setKey(row: RowSkeleton, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true })
  else row[key] = value
}

/**
 * Takes the reference's element at the list's next position when `text` holds its bytes at `at`:
 * pushes it (range, skeleton, depth) onto `list` and gives its length; 0 when not taken.
 */
function takeReferenced(list: ScannedList, reference: ScannedList, referenceBytes: Buffer, text: Buffer, at: number): number {
  const k = list.starts.length
  if (k >= reference.starts.length) return 0
  const from = reference.starts[k] as number
  const length = (reference.ends[k] as number) - from
  if (at + length > text.length || text.compare(referenceBytes, from, from + length, at, at + length) !== 0) return 0
  list.starts.push(at)
  list.ends.push(at + length)
  list.skeletons.push(reference.skeletons[k])
  list.depths.push(reference.depths[k] as number)
  return length
}

/**
 * One pass over the bytes of a JSON text that checks it as JSON.parse would (grammar, strings,
 * escapes, numbers; the bytes must already be known to be UTF-8 without a byte-order mark) and the
 * exactness rules of `scanJsonText` (no repeated key, no number a double cannot hold, no nesting
 * over MAX_JSON_DEPTH), and, for every element of the ranked lists, its byte range and a skeleton
 * of the `wanted` keys. Nothing else is built, so a 150 MB file costs a fraction of a parse. An
 * escaped key makes the scan decline (`ok: false`) rather than compare decoded keys. With
 * `reference` (another text's scan, made with the same `wanted` keys), an object element whose
 * bytes equal the reference's element at the same position of the list at the same pointer is
 * taken from it instead of scanned: the result is the same as without the reference.
 */
export function scanJsonList(bytes: Uint8Array, wanted: RowKeys, reference?: ListReference): ListScan {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as SlicingBuffer
  const referenceBytes = reference !== undefined ? Buffer.from(reference.bytes.buffer, reference.bytes.byteOffset, reference.bytes.length) : undefined
  const words = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : undefined
  const fail = (problem: string, at: number): ListScan => ({ ok: false, problem: `${problem} at byte ${at}` })
  const rowKeys = keyTable(wanted.nested !== undefined ? [...wanted.keys, wanted.nested.key] : wanted.keys)
  const nestedKeys = keyTable(wanted.nested?.keys ?? [])
  const nestedKey = wanted.nested?.key
  const isObject = new Uint8Array(MAX_JSON_DEPTH + 1)
  const keyCounts = new Int32Array(MAX_JSON_DEPTH + 1)
  // Per open object: its keys so far (hash, start and end of the bytes), to find a repeated one.
  const keyHashes: number[][] = []
  const keyStarts: number[][] = []
  const keyEnds: number[][] = []
  const lists = new Map<string, ScannedList>()
  let depth = 0
  let maxDepth = 0
  let state = VALUE
  let rootKey = ''
  // The list being recorded; its elements sit at depth `listDepth`, their keys at listDepth + 1.
  let list: ScannedList | undefined
  let listDepth = -9
  // The reference's list at the same pointer (its elements are at the same depth), and the deepest nesting outside the current element.
  let referenceList: ScannedList | undefined
  let outerDepth = 0
  // The element being filled and the wanted key whose value comes next; the same for an element of its nested array.
  let row: RowSkeleton | undefined
  let rowKey: string | undefined
  let variants: JsonValue[] | undefined
  let variant: RowSkeleton | undefined
  let variantKey: string | undefined

  // One loop, no closures over its state (they would keep it out of registers). Each turn either
  // continues or ends a value at `depth` whose bytes end before `end`.
  const n = bytes.length
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
    let end: number
    let closing = false
    if (state === AFTER_VALUE) {
      if (c === 0x2c) {
        state = isObject[depth - 1] === 1 ? KEY : VALUE
        continue
      }
      if (c !== (isObject[depth - 1] === 1 ? 0x7d : 0x5d)) return fail('expected , or a closing bracket', i)
      closing = true
      end = i + 1
    } else if (state === COLON) {
      if (c !== 0x3a) return fail('expected :', i)
      state = VALUE
      continue
    } else if (state === KEY || state === KEY_OR_CLOSE) {
      if (c === 0x7d && state === KEY_OR_CLOSE) {
        closing = true
        end = i + 1
      } else {
        if (c !== 0x22) return fail('expected a key', i)
        const found = stringEnd(bytes, words, i)
        if (found < 0) return fail('invalid key string', i)
        if ((found & 1) === 1) return fail('escaped key', i)
        const close = found >>> 1
        const hash = keyHash(bytes, i + 1, close)
        const top = depth - 1
        const seen = (keyHashes[top] ??= [])
        const starts = (keyStarts[top] ??= [])
        const ends = (keyEnds[top] ??= [])
        const count = keyCounts[top] as number
        for (let k = 0; k < count; k++) {
          if (seen[k] === hash && (ends[k] as number) - (starts[k] as number) === close - i - 1 && sameBytes(bytes, starts[k] as number, i + 1, close - i - 1)) return fail('repeated key', i)
        }
        seen[count] = hash
        starts[count] = i + 1
        ends[count] = close
        keyCounts[top] = count + 1
        if (depth === 1) rootKey = text.utf8Slice(i + 1, close)
        else if (depth === listDepth + 1) rowKey = row === undefined ? undefined : wantedKey(rowKeys, hash, bytes, i + 1, close)
        else if (depth === listDepth + 3) variantKey = variant === undefined ? undefined : wantedKey(nestedKeys, hash, bytes, i + 1, close)
        i = close
        state = COLON
        continue
      }
    } else if (state === DONE) return fail('text after the JSON value', i)
    else if (c === 0x5d && state === VALUE_OR_CLOSE) {
      closing = true
      end = i + 1
    } else {
      // A value starts here, at `depth`.
      if (depth === listDepth) {
        const current = list as ScannedList
        // Only an object is taken: it ends at its closing brace whatever follows (a number could go on).
        const taken = c === 0x7b && referenceList !== undefined ? takeReferenced(current, referenceList, referenceBytes as Buffer, text, i) : 0
        if (taken > 0) {
          const elementDepth = current.depths[current.depths.length - 1] as number
          if (elementDepth > maxDepth) maxDepth = elementDepth
          i += taken - 1
          state = AFTER_VALUE
          continue
        }
        current.starts.push(i)
        row = c === 0x7b ? {} : undefined
        current.skeletons.push(row)
        outerDepth = maxDepth
        maxDepth = depth
      } else if (depth === listDepth + 2 && variants !== undefined) {
        variant = c === 0x7b ? {} : undefined
        variants.push(variant ?? null)
      }
      const copyTo = depth === listDepth + 1 && rowKey !== undefined ? row : depth === listDepth + 3 && variantKey !== undefined ? variant : undefined
      const copyKey = (copyTo === row ? rowKey : variantKey) as string
      if (c === 0x7b || c === 0x5b) {
        if (depth >= MAX_JSON_DEPTH) return fail('nested too deeply', i)
        if (copyTo !== undefined) {
          if (c === 0x5b && copyTo === row && copyKey === nestedKey) setKey(copyTo, copyKey, (variants = []))
          else setKey(copyTo, copyKey, c === 0x7b ? {} : [])
        }
        if (c === 0x5b && list === undefined && (depth === 0 || (depth === 1 && isObject[0] === 1 && WRAPPER_KEYS.has(rootKey)))) {
          const pointer = depth === 0 ? '' : `/${rootKey}`
          if (!lists.has(pointer)) {
            list = { starts: [], ends: [], skeletons: [], depths: [] }
            lists.set(pointer, list)
            listDepth = depth + 1
            referenceList = reference?.pointer === pointer ? reference.list : undefined
          }
        }
        isObject[depth] = c === 0x7b ? 1 : 0
        keyCounts[depth] = 0
        depth++
        if (depth > maxDepth) maxDepth = depth
        state = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE
        continue
      }
      let value: JsonValue = null
      if (c === 0x22) {
        const found = stringEnd(bytes, words, i)
        if (found < 0) return fail('invalid string', i)
        end = (found >>> 1) + 1
        if (copyTo !== undefined) value = (found & 1) === 1 ? (JSON.parse(text.utf8Slice(i, end)) as string) : text.utf8Slice(i + 1, end - 1)
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        end = numberEnd(bytes, i)
        if (end < 0) return fail('invalid number', i)
        // Short plain numbers are exact (see numberTextIsExact); a short integer is read from its digits.
        let plainInteger = end - i <= 15
        for (let k = i; k < end && plainInteger; k++) plainInteger = bytes[k] !== 0x2e && bytes[k] !== 0x65 && bytes[k] !== 0x45
        if (plainInteger) {
          if (copyTo !== undefined) value = integerAt(bytes, i, end)
        } else {
          const literal = text.latin1Slice(i, end)
          if (!numberTextIsExact(literal)) return fail('inexact number', i)
          value = Number(literal)
        }
      } else if (c === 0x74 && holds(bytes, i, TRUE)) {
        end = i + 4
        value = true
      } else if (c === 0x66 && holds(bytes, i, FALSE)) {
        end = i + 5
        value = false
      } else if (c === 0x6e && holds(bytes, i, NULL)) {
        end = i + 4
        value = null
      } else return fail('unexpected byte', i)
      if (copyTo !== undefined) setKey(copyTo, copyKey, value as JsonValue)
      i = end - 1
    }
    if (closing) {
      depth--
      if (depth === listDepth - 1) {
        list = undefined
        listDepth = -9
        referenceList = undefined
      } else if (depth === listDepth) row = undefined
      else if (depth === listDepth + 1) variants = undefined
      else if (depth === listDepth + 2) variant = undefined
    }
    // A value at `depth` ended before `end`.
    if (depth === listDepth) {
      ;(list as ScannedList).ends.push(end)
      ;(list as ScannedList).depths.push(maxDepth)
      if (outerDepth > maxDepth) maxDepth = outerDepth
    } else if (depth === listDepth + 1) rowKey = undefined
    else if (depth === listDepth + 3) variantKey = undefined
    state = depth === 0 ? DONE : AFTER_VALUE
  }
  if (state !== DONE) return fail('unexpected end', n)
  return { ok: true, depth: maxDepth, lists }
}

/**
 * `scanJsonList` on a file's bytes as read: it declines ('not plain UTF-8') bytes that are not
 * UTF-8 or start with a byte-order mark, which the scan itself requires. A scan that is `ok` is
 * clean in every way `parseArtifactJson` checks, nesting included (deeper than MAX_JSON_DEPTH declines).
 */
export function scanPlainJson(bytes: Uint8Array, wanted: RowKeys, reference?: ListReference): ListScan {
  if (startsWithUtf8Bom(bytes) || !isUtf8(bytes)) return { ok: false, problem: 'not plain UTF-8' }
  return scanJsonList(bytes, wanted, reference)
}

/** The list `extractList` would pick among the scanned ones: the top-level array, else the first wrapper key's (by preference). */
export function pickedList(lists: ReadonlyMap<string, ScannedList>): { pointer: string; list: ScannedList } | undefined {
  for (const pointer of ['', ...LIST_KEYS.map((key) => `/${key}`)]) {
    const list = lists.get(pointer)
    if (list !== undefined) return { pointer, list }
  }
  return undefined
}
