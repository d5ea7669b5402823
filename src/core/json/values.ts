import { canonicalDecimal } from './decimal.js'
import { pointerJoin } from './pointer.js'
import type { JsonValue } from '../model/types.js'

/** How leaves are compared: numbers within an absolute tolerance, optionally numeric strings as numbers. */
export interface ValueCompareOptions {
  /** Absolute tolerance: two numbers are equal when |a - b| <= tolerance (0 = exact). */
  tolerance: number
  /** Compare two strings that both read as finite decimal numbers as numbers (`'35'` equals `'35.0'`); for CSV cells. */
  numericStrings?: boolean
  /** Object keys skipped at any depth by `valuesEqual` (a fast equality check before normalizing). */
  skipKeys?: ReadonlySet<string>
  /** Tolerance per key: the value under that key (at any depth) is compared with it instead of `tolerance`. */
  fieldTolerance?: Readonly<Record<string, number>>
}

/** The options for the value under `key`: its own tolerance when the policy gives one, else the same options. */
export function optionsForKey(options: ValueCompareOptions, key: string): ValueCompareOptions {
  const own = options.fieldTolerance
  if (own === undefined || !Object.hasOwn(own, key)) return options
  const tolerance = own[key] as number
  return tolerance === options.tolerance ? options : { ...options, tolerance }
}

/** One changed leaf: where, and the value on each side (absent on a side that lacks it). */
export interface LeafDifference {
  pointer: string
  left?: JsonValue
  right?: JsonValue
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The number a string spells in plain decimal (`'35'`, `'-1.5e3'`), or undefined (no hex, no `Infinity`, no blank). */
export function decimalNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!DECIMAL.test(trimmed)) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

/** Whether two numbers are equal within the tolerance. */
export function numbersEqual(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance
}

/**
 * Whether two leaves (non-containers) are equal under the options. Numeric strings (CSV cells)
 * are equal when they spell the same decimal (`'35'`, `'35.0'`), or with a tolerance, when close enough.
 */
function leavesEqual(a: JsonValue, b: JsonValue, options: ValueCompareOptions): boolean {
  if (a === b) return true
  if (typeof a === 'number' && typeof b === 'number') return numbersEqual(a, b, options.tolerance)
  if (options.numericStrings === true && typeof a === 'string' && typeof b === 'string') {
    const x = decimalNumber(a)
    const y = decimalNumber(b)
    if (x === undefined || y === undefined) return false
    // Texts that read as the same double may still spell different decimals ('12345678901234567890'
    // and '12345678901234567891'): without a tolerance, those must compare by their exact decimals.
    if (x === y && options.tolerance === 0) return canonicalDecimal(a.trim()) === canonicalDecimal(b.trim())
    return numbersEqual(x, y, options.tolerance)
  }
  return false
}

const NO_KEYS: ReadonlySet<string> = new Set()

/** Whether a JSON value is an object (not null, not an array). */
export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Deep equality with numeric tolerance; object key order does not matter, array order does, and
 * `skipKeys` are ignored at any depth.
 * Recursive: a pathologically deep value throws RangeError, which callers turn into a finding.
 */
export function valuesEqual(a: JsonValue, b: JsonValue, options: ValueCompareOptions): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i] as JsonValue, b[i] as JsonValue, options)) return false
    return true
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false
    // for...in rather than Object.keys: no array per object on this hot path (parsed JSON has no inherited keys).
    const skip = options.skipKeys ?? NO_KEYS
    let compared = 0
    for (const key in a) {
      if (skip.has(key)) continue
      compared++
      if (!Object.hasOwn(b, key) || !valuesEqual(a[key] as JsonValue, b[key] as JsonValue, optionsForKey(options, key))) return false
    }
    for (const key in b) if (!skip.has(key)) compared--
    return compared === 0
  }
  return !Array.isArray(b) && !isJsonObject(b) && leavesEqual(a, b, options)
}

/**
 * Every changed leaf between two values, each with its pointer (prefixed by `pointer`). Objects
 * are compared key by key (a key on one side only is one difference with one value); arrays of
 * equal length index by index; arrays of different length, or values of different types, are one
 * difference holding both whole values. `undefined` stands for "absent on that side".
 * Recursive: a pathologically deep value throws RangeError, which callers turn into a finding.
 */
export function diffValues(
  left: JsonValue | undefined,
  right: JsonValue | undefined,
  options: ValueCompareOptions,
  pointer = ''
): LeafDifference[] {
  const out: LeafDifference[] = []
  const walk = (a: JsonValue | undefined, b: JsonValue | undefined, at: string, opts: ValueCompareOptions): void => {
    if (a === undefined || b === undefined) {
      if (a !== b) out.push(difference(at, a, b))
      return
    }
    if (isJsonObject(a) && isJsonObject(b)) {
      for (const key of Object.keys(a)) walk(a[key], Object.hasOwn(b, key) ? b[key] : undefined, pointerJoin(at, key), optionsForKey(opts, key))
      for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) walk(undefined, b[key], pointerJoin(at, key), opts)
      return
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < a.length; i++) walk(a[i], b[i], pointerJoin(at, i), opts)
      return
    }
    if (!valuesEqual(a, b, opts)) out.push(difference(at, a, b))
  }
  walk(left, right, pointer, options)
  return out
}

/** A leaf difference without `left`/`right` properties for an absent side. */
function difference(pointer: string, left: JsonValue | undefined, right: JsonValue | undefined): LeafDifference {
  const d: LeafDifference = { pointer }
  if (left !== undefined) d.left = left
  if (right !== undefined) d.right = right
  return d
}

/**
 * Canonical JSON text (object keys sorted at every depth): equal for values that differ only in
 * key order. Used to key ranked rows that have no identity field.
 */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** A value as message text: its JSON, or `absent` when there is none. */
export function describeValue(value: JsonValue | undefined): string {
  return value === undefined ? 'absent' : JSON.stringify(value)
}

/** Longest value {@link previewValue} writes, in characters. */
const PREVIEW_CHARS = 60

/** A short rendering of a value for messages and explanations (the finding carries the whole value): `(absent)` when there is none. */
export function previewValue(value: JsonValue | undefined): string {
  if (value === undefined) return '(absent)'
  const text = JSON.stringify(value)
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text
}
