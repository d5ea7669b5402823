/**
 * How a finding is made: each producer module declares its kinds (`KINDS`, spread into the
 * registry in `src/core/findingKinds.ts`) and makes findings of them with `findingOf(KINDS)`. This module
 * imports no producer, so producers and the registry never form an import cycle.
 */
import type { Finding, PipelineStage, Severity } from './types.js'

/** Metadata of one finding kind, declared next to the module that produces it. */
export interface FindingKindInfo {
  severity: Severity
  category: 'presence' | 'validity' | 'contract' | 'content'
  /**
   * The pipeline stage a finding of this kind is about by default; the explain stage refines a few
   * by location (a `contract` run_id is metadata, a `document` provider availability is an input).
   */
  stage: PipelineStage
  /** What it means, one line (the kind table of docs/report.md is generated from it). */
  description: string
  /** Which fields it sets (for the kind table). */
  fields: string
  /** The finer ids a finding of this kind may carry in `rule`, each `<kind>/<name>`. */
  rules: readonly string[]
}

/** A producer's table of kinds: id → metadata. */
export type KindTable = Record<string, FindingKindInfo>

// Control characters (C0 but tab, DEL, C1) and the Unicode line/paragraph separators.
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

/** `text` on one line with no raw control character: each is written as a `\uXXXX` escape. */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0
  if (!UNPRINTABLE.test(text)) return text
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The fields a producer gives: everything but the kind, the severity optional (the kind's default). */
export type FindingFields = Omit<Finding, 'kind' | 'severity' | 'fingerprint'> & { severity?: Severity }

/**
 * The finding maker for one table of kinds: the kind's default severity applies unless the
 * producer gives one, and the message is made one printable line here, once.
 */
export function findingOf<T extends KindTable>(table: T): (kind: keyof T & string, fields: FindingFields) => Finding {
  return (kind, fields) =>
    ({ kind, severity: fields.severity ?? (table[kind] as FindingKindInfo).severity, ...fields, message: printable(fields.message) }) as Finding
}
