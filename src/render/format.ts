import type { FileEntry, Finding, PresenceState } from '../core/model/types.js'

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
