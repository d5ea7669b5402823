import { numberTextIsExact } from './decimal.js'
import { pointerJoin } from './pointer.js'

/**
 * Deepest nesting of arrays and objects accepted in a JSON file. Real SignalCraft documents nest
 * fewer than ten levels; JSON.parse accepts any depth, but the recursive code after it (schema
 * validation, normalization, diffing) would overflow the stack long before 100,000 levels.
 */
export const MAX_JSON_DEPTH = 1000

/** Most duplicate keys or inexact numbers listed per file; the rest are counted. */
export const MAX_LISTED_PER_FILE = 20

/** A number whose text does not survive parsing to a double (see `numberTextIsExact`). */
export interface InexactNumber {
  pointer: string
  text: string
}

/** What JSON.parse hides about a valid JSON text. */
export interface JsonTextScan {
  /** The deepest nesting of arrays and objects (0 for a scalar document). */
  depth: number
  /** Pointers of repeated keys (the later occurrence; JSON.parse keeps its value), at most MAX_LISTED_PER_FILE. */
  duplicateKeys: string[]
  /** How many repeated keys there are in all. */
  duplicateKeyCount: number
  /** Numbers that lose precision or range when parsed, at most MAX_LISTED_PER_FILE. */
  inexactNumbers: InexactNumber[]
  /** How many such numbers there are in all. */
  inexactNumberCount: number
}

/** What `scanJsonText` finds in a text a byte scan vouched for (`scanJsonList`): its depth, nothing repeated, nothing inexact. */
export function cleanTextScan(depth: number): JsonTextScan {
  return { depth, duplicateKeys: [], duplicateKeyCount: 0, inexactNumbers: [], inexactNumberCount: 0 }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/** Index of the quote closing the string that opens at `start` (text is valid JSON). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1)
  for (;;) {
    let slashes = 0
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return end
    end = text.indexOf('"', end + 1)
  }
}

/**
 * One iterative pass over a text that JSON.parse accepted: nesting depth, repeated object keys
 * (which JSON.parse resolves silently by keeping the last) and numbers whose text does not
 * survive parsing. Strings are skipped with `indexOf`, so the cost is about one pass over the
 * structure; callers run it on documents and on ranked files up to a size threshold only.
 */
export function scanJsonText(text: string): JsonTextScan {
  const scan: JsonTextScan = { depth: 0, duplicateKeys: [], duplicateKeyCount: 0, inexactNumbers: [], inexactNumberCount: 0 }
  // One frame per open container: whether it is an object, its keys so far, its current key or index.
  const isObject: boolean[] = []
  const keys: (Set<string> | undefined)[] = []
  const segment: (string | number)[] = []
  let expectKey = false
  /** The pointer of the first `levels` open containers' current members, then `last`. */
  const pointerTo = (levels: number, last?: string): string => {
    let pointer = ''
    for (let d = 0; d < levels; d++) pointer = pointerJoin(pointer, segment[d] as string | number)
    return last === undefined ? pointer : pointerJoin(pointer, last)
  }
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(text, i)
      const top = isObject.length - 1
      if (expectKey && top >= 0) {
        const raw = text.slice(i + 1, end)
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
        let seen = keys[top]
        if (seen === undefined) keys[top] = seen = new Set()
        if (seen.has(key)) {
          if (scan.duplicateKeyCount++ < MAX_LISTED_PER_FILE && top < MAX_JSON_DEPTH) scan.duplicateKeys.push(pointerTo(top, key))
        } else seen.add(key)
        segment[top] = key
        expectKey = false
      }
      i = end
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      isObject.push(c === 0x7b)
      keys.push(undefined)
      segment.push(c === 0x7b ? '' : 0)
      if (isObject.length > scan.depth) scan.depth = isObject.length
      expectKey = c === 0x7b
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      isObject.pop()
      keys.pop()
      segment.pop()
    } else if (c === 0x2c /* , */) {
      const top = isObject.length - 1
      if (isObject[top] === true) expectKey = true
      else segment[top] = (segment[top] as number) + 1
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1
      for (; end < n; end++) {
        const d = text.charCodeAt(end)
        if (!((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d)) break
      }
      const token = text.slice(i, end)
      if (!numberTextIsExact(token)) {
        if (scan.inexactNumberCount++ < MAX_LISTED_PER_FILE && isObject.length <= MAX_JSON_DEPTH) scan.inexactNumbers.push({ pointer: pointerTo(isObject.length), text: token })
      }
      i = end - 1
    }
  }
  return scan
}
