import { BYTE_SIZE_FORMS, parseByteSize } from './byteSize.js'
import { UserError } from './errors.js'
import { DEFAULTS } from './defaults.js'
import type { ReadLimits } from './limits.js'
import type { EffectivePolicy } from './types.js'

/** One side of a comparison as the user named it. */
export interface RunInput {
  /** Folder holding the run dir's contents (run_summary.v1.json at its top). */
  path: string
  /** Display name (`aws`, `on-prem`, ...). */
  label: string
}

/** How ranked files are compared: the plain path, the ranked tasks inline, on workers, or (auto) on workers for large files only. */
export type RankedEngine = 'plain' | 'inline' | 'workers' | 'auto'

/** Everything a comparison needs; the CLI and the action both build this from their inputs. */
export interface CompareOptions {
  left: RunInput
  right: RunInput
  /** Tolerate different run ids (two environments never share one). */
  allowRunIdDrift: boolean
  /** A policy file (YAML or JSON) extending the built-in preset. */
  policyFile?: string
  /** The policy already loaded (`loadPolicy`), used instead of reading `policyFile`: legs sharing one file read it once. */
  policy?: EffectivePolicy
  /** A folder of the user's own JSON Schemas to validate against instead of the shipped ones. */
  schemasDir?: string
  /** Read limits; defaults apply for any not given. */
  limits?: Partial<ReadLimits>
  /**
   * How ranked files are compared (same findings either way): `auto` (default; worker threads for
   * large files), `workers`, `inline` (the ranked tasks on this thread) or `plain` (the reference
   * path). The environment variable DUALRUN_RANKED_ENGINE sets it when this is not given.
   */
  rankedEngine?: RankedEngine
}

/**
 * A setting as the user writes it on either edge: the CLI flag `--name` and the action input
 * `name` are spelled alike, so every message that asks for a change names both.
 */
export function setting(name: string): string {
  return `--${name} / ${name}`
}

/** A positive whole number as both edges accept it: digits without a leading zero, at most 16 of them; undefined otherwise. */
export function parsePositiveInteger(text: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined
}

/** The read limits as written on either edge, by setting name; an empty or absent value takes the default of {@link DEFAULTS}. */
export interface RawReadLimits {
  'max-file-size'?: string | undefined
  'max-artifact-size'?: string | undefined
  'max-files'?: string | undefined
}

/**
 * The read limits from the user's text, one rule for the CLI and the action: sizes as
 * {@link parseByteSize} reads them, the file count as {@link parsePositiveInteger}. A bad value
 * is a UserError naming the setting as the edge spells it (`named('max-files')`).
 */
export function parseReadLimits(raw: RawReadLimits, named: (setting: keyof RawReadLimits) => string): ReadLimits {
  const size = (name: 'max-file-size' | 'max-artifact-size'): number => {
    const text = raw[name] || DEFAULTS[name]
    const bytes = parseByteSize(text)
    if (bytes === undefined) throw new UserError(`${named(name)} must be ${BYTE_SIZE_FORMS}; got '${text}'`)
    return bytes
  }
  const files = raw['max-files'] || DEFAULTS['max-files']
  const maxFiles = parsePositiveInteger(files)
  if (maxFiles === undefined) throw new UserError(`${named('max-files')} must be a positive whole number; got '${files}'`)
  return { maxFileBytes: size('max-file-size'), maxTotalBytes: size('max-artifact-size'), maxFiles }
}
