import type { ReadLimits } from './limits.js'

/** One side of a comparison as the user named it. */
export interface RunInput {
  /** Folder holding the run dir's contents (run_summary.v1.json at its top). */
  path: string
  /** Display name (`aws`, `on-prem`, ...). */
  label: string
}

/** Everything a comparison needs; the CLI and the action both build this from their inputs. */
export interface CompareOptions {
  left: RunInput
  right: RunInput
  /** Tolerate different run ids (two environments never share one). */
  allowRunIdDrift: boolean
  /** A policy file (YAML or JSON) extending the built-in preset. */
  policyFile?: string
  /** A folder of the user's own JSON Schemas to validate against instead of the shipped ones. */
  schemasDir?: string
  /** Read limits; defaults apply for any not given. */
  limits?: Partial<ReadLimits>
}

/**
 * A setting as the user writes it on either edge: the CLI flag `--name` and the action input
 * `name` are spelled alike, so every message that asks for a change names both.
 */
export function setting(name: string): string {
  return `--${name} / ${name}`
}
