import { numberTextIsExact } from './decimal.js'
import { MAX_JSON_DEPTH, type JsonTextScan } from './scan.js'

/** Wrapper keys whose array value may be the ranked list (see `extractList`). */
const LIST_KEYS = new Set(['jobs', 'ranked_jobs', 'items', 'results'])

/** Byte ranges `[starts[i], ends[i])` of the elements of one array. */
export interface ElementRanges {
  starts: number[]
  ends: number[]
}

/**
 * What a byte pass over a valid JSON text found. `clean` means the text has no repeated key, no
 * number a double cannot hold and no nesting over MAX_JSON_DEPTH, so `scanJsonText` would find
 * nothing; when it is false (or unsure: an escaped key, two keys with the same hash) the exact
 * string scan must be run. `lists` holds the element ranges of a top-level array (key `''`) and
 * of the arrays under the wrapper keys `jobs`/`ranked_jobs`/`items`/`results` (key `/jobs`...).
 */
export interface ByteScan {
  clean: boolean
  depth: number
  lists: Map<string, ElementRanges>
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/** Index of the quote closing the string that opens at `start`; sets `escaped` when it holds a backslash. */
function stringEnd(bytes: Uint8Array, start: number): number {
  let end = bytes.indexOf(QUOTE, start + 1)
  for (;;) {
    let slashes = 0
    while (bytes[end - 1 - slashes] === BACKSLASH) slashes++
    if (slashes % 2 === 0) return end
    end = bytes.indexOf(QUOTE, end + 1)
  }
}

/** The last non-space byte before `at`, plus one (the end of the element that `at` closes). */
function trimmedEnd(bytes: Uint8Array, at: number): number {
  let end = at
  while (end > 0 && isSpace(bytes[end - 1] as number)) end--
  return end
}

/**
 * One allocation-free pass over the bytes of a text JSON.parse accepted: the fast path of the
 * exactness checks (`scanJsonText` does the same on the decoded text, with pointers, and is run
 * only when this pass is not `clean`), and the byte range of every ranked-list element, so a row
 * can be compared by its bytes and re-parsed alone. Keys are told apart by a 32-bit hash of their
 * bytes; a hash seen twice in one object, or a key with an escape, makes the pass unsure (not
 * clean) rather than wrong.
 */
export function scanJsonBytes(bytes: Uint8Array): ByteScan {
  const scan: ByteScan = { clean: true, depth: 0, lists: new Map() }
  const isObject: boolean[] = []
  const keyHashes: number[][] = []
  const keyCounts: number[] = []
  let expectKey = false
  // The list being recorded (the top-level array, or a wrapper key's array), at `listDepth`.
  let list: ElementRanges | undefined
  let listDepth = -1
  let elementOpen = false
  let rootKey = ''
  const n = bytes.length
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number
    if (isSpace(c)) continue
    const depth = isObject.length
    if (list !== undefined && depth === listDepth && !elementOpen && c !== 0x5d && c !== 0x2c) {
      list.starts.push(i)
      elementOpen = true
    }
    if (c === QUOTE) {
      const end = stringEnd(bytes, i)
      if (expectKey && depth > 0) {
        let hash = 0x811c9dc5
        for (let k = i + 1; k < end; k++) {
          const b = bytes[k] as number
          if (b === BACKSLASH) scan.clean = false
          hash = Math.imul(hash ^ b, 0x01000193)
        }
        const top = depth - 1
        const seen = keyHashes[top] as number[]
        const count = keyCounts[top] as number
        for (let k = 0; k < count; k++) if (seen[k] === hash) scan.clean = false
        seen[count] = hash
        keyCounts[top] = count + 1
        if (depth === 1) rootKey = Buffer.from(bytes.buffer, bytes.byteOffset + i + 1, end - i - 1).toString('utf8')
        expectKey = false
      }
      i = end
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= MAX_JSON_DEPTH) {
        scan.clean = false
        scan.depth = depth + 1
        return scan
      }
      isObject.push(c === 0x7b)
      if (keyHashes.length <= depth) keyHashes.push([])
      keyCounts[depth] = 0
      if (depth + 1 > scan.depth) scan.depth = depth + 1
      expectKey = c === 0x7b
      if (c === 0x5b && list === undefined && (depth === 0 || (depth === 1 && isObject[0] === true && LIST_KEYS.has(rootKey)))) {
        const pointer = depth === 0 ? '' : `/${rootKey}`
        if (!scan.lists.has(pointer)) {
          list = { starts: [], ends: [] }
          scan.lists.set(pointer, list)
          listDepth = depth + 1
          elementOpen = false
        }
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (list !== undefined && depth === listDepth) {
        if (elementOpen) list.ends.push(trimmedEnd(bytes, i))
        list = undefined
        listDepth = -1
      }
      isObject.pop()
    } else if (c === 0x2c /* , */) {
      if (list !== undefined && depth === listDepth) {
        list.ends.push(trimmedEnd(bytes, i))
        elementOpen = false
      }
      if (isObject[depth - 1] === true) expectKey = true
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1
      let exponent = false
      for (; end < n; end++) {
        const d = bytes[end] as number
        if (d === 0x65 || d === 0x45) exponent = true
        else if (!((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x2b || d === 0x2d)) break
      }
      if ((exponent || end - i > 15) && !numberTextIsExact(Buffer.from(bytes.buffer, bytes.byteOffset + i, end - i).toString('latin1'))) scan.clean = false
      i = end - 1
    }
  }
  return scan
}

/** The scan result `scanJsonText` gives a clean text of this depth (nothing repeated, nothing inexact). */
export function cleanTextScan(depth: number): JsonTextScan {
  return { depth, duplicateKeys: [], duplicateKeyCount: 0, inexactNumbers: [], inexactNumberCount: 0 }
}
