import type { Cause, FileEntry, Finding, PipelineStage, PresenceState, Report } from '../core/model/types.js'
import { plural, thousands } from '../core/model/words.js'

/** The ellipsis that marks a shortened value. */
export const ELLIPSIS = '…'

/** Shortens `text` to at most `maxChars` code points (never splitting a surrogate pair), ending with an ellipsis when cut. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  // A code point is at most two UTF-16 units, so this prefix holds every code point that can survive.
  const codePoints = Array.from(text.slice(0, maxChars * 2))
  if (codePoints.length <= maxChars && text.length <= maxChars * 2) return text
  return codePoints.slice(0, Math.max(0, maxChars - 1)).join('') + ELLIPSIS
}

/** A size limit in the unit of the surface it is for: `measure` counts it (UTF-16 characters by default, UTF-8 bytes for byte limits). */
export interface SizeLimit {
  maxSize: number
  /** Must count at least one per UTF-16 code unit (characters and UTF-8 bytes both do). */
  measure?: (text: string) => number
}

/** The grapheme segmenter, made on first use: building one loads ICU's break rules (about 15 ms of a cold start). */
let graphemes: Intl.Segmenter | undefined

/**
 * Shortens `text` to fit `limit` as measured by its unit, ending with an ellipsis when cut. The
 * cut falls between grapheme clusters, so an emoji sequence, a surrogate pair or a letter with
 * its combining marks is kept whole or dropped whole.
 */
export function shortenTo(text: string, limit: SizeLimit): string {
  const measure = limit.measure ?? ((t: string) => t.length)
  if (measure(text) <= limit.maxSize) return text
  // Every unit counts at least one, so nothing past this prefix can fit.
  const clusters = Array.from((graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text.slice(0, limit.maxSize + 16)), (s) => s.segment)
  let lo = 0
  let hi = clusters.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(clusters.slice(0, mid).join('') + ELLIPSIS) <= limit.maxSize) lo = mid
    else hi = mid - 1
  }
  const cut = clusters.slice(0, lo).join('') + ELLIPSIS
  return measure(cut) <= limit.maxSize ? cut : ''
}

/** The runs' labels, which name a side wherever one is named. */
export type RunLabels = Pick<Report, 'left' | 'right'>

/** Where a one-run finding applies, as people read it: the run's label and the file (`on-prem run_health.v1.json`); '' for a finding about both runs. */
export function runPlace(runs: RunLabels, f: Finding): string {
  if (f.side === undefined) return ''
  const label = runs[f.side].label
  return f.path !== undefined ? `${label} ${f.path}` : label
}

/** A finding as one sentence, composed from its fields: where (run label, file, pointer), then the message body. */
export function findingSentence(runs: RunLabels, f: Finding): string {
  const where = [runPlace(runs, f), f.pointer ?? ''].filter((part) => part !== '').join(' ')
  return where === '' ? f.message : `${where}: ${f.message}`
}

/** Findings grouped by artifact, in report order (the report's findings are already sorted). */
export function groupByArtifact(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const group = groups.get(f.artifact)
    if (group === undefined) groups.set(f.artifact, [f])
    else group.push(f)
  }
  return groups
}

/** The words for a presence state. */
export const PRESENCE_WORDS: Record<PresenceState, string> = { present: 'present', missing: 'MISSING', unreadable: 'UNREADABLE' }

/** Counts with their noun (`1,500 jobs`): the one helper core's cause titles use too. */
export { plural, thousands }

/** The verdict's counts: `11 changes (27 findings: 26 errors, 1 warning)`. */
export function changeCounts(report: Report): string {
  const { changes, total, errors, warnings } = report.counts
  const severities = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')
  return `${plural(changes, 'change')} (${plural(total, 'finding')}${severities !== '' ? `: ${severities}` : ''})`
}

/** Words for each pipeline stage. */
export const STAGE_WORDS: Record<PipelineStage, string> = {
  'run-status': 'run status',
  inputs: 'inputs',
  scoring: 'scoring',
  ranking: 'ranking',
  derived: 'derived outputs',
  metadata: 'metadata'
}

/** A cause's counts: `1 change, 7 findings`, and how many changes follow from it. */
export function causeCounts(cause: Cause): string {
  const followers = (cause.consequences ?? []).reduce((sum, c) => sum + c.changes.length, 0)
  const follow = followers > 0 ? `; ${plural(followers, 'change')} follow${followers === 1 ? 's' : ''} from it` : ''
  return `${plural(cause.changes.length, 'change')}, ${plural(cause.findings, 'finding')}${follow}`
}

/** Whether every required artifact is present on both sides (the presence matrix then collapses to one line). */
export function presentEverywhere(report: Report): boolean {
  return report.presence.every((row) => row.left === 'present' && row.right === 'present')
}

/** A fraction as a whole percentage (`87.5%` stays one decimal). */
export function percent(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10
  return `${value}%`
}

/** Kendall's τ-b with three decimals, `n/a` when undefined. */
export function tau(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3)
}

/** Most ignored paths named in the coverage sentence; the rest are counted. */
const COVERAGE_NAMED = 10

/**
 * What the comparison covered, in one sentence: `30 files: 24 compared, 6 ignored by policy: a, b, …`,
 * plus how many exist on one side only and how many differ.
 */
export function coverageSentence(files: readonly FileEntry[]): string {
  const ignored = files.filter((f) => f.outcome === 'ignored')
  const oneSide = files.filter((f) => f.outcome === 'one-side').length
  const differs = files.filter((f) => f.outcome === 'differs').length
  const compared = files.length - ignored.length - oneSide
  const named = ignored.slice(0, COVERAGE_NAMED).map((f) => f.path)
  if (ignored.length > named.length) named.push(`${ignored.length - named.length} more`)
  const parts = [`${compared} compared${differs > 0 ? ` (${differs} differ)` : ''}`]
  if (ignored.length > 0) parts.push(`${ignored.length} ignored by policy: ${named.join(', ')}`)
  if (oneSide > 0) parts.push(`${oneSide} on one side only`)
  return `${files.length} file${files.length === 1 ? '' : 's'}: ${parts.join(', ')}`
}
