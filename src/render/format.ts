import type { Finding, JsonValue, PresenceState } from '../core/types.js'

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

/** A value as compact JSON, shortened; `absent` when the side has no value. */
export function showValue(value: JsonValue | undefined, max = 120): string {
  return value === undefined ? 'absent' : shorten(JSON.stringify(value), max)
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

/** Where a finding is: its job and pointer, as one short string. */
export function locationOf(f: Finding): string {
  const parts: string[] = []
  if (f.side !== undefined) parts.push(f.side)
  if (f.job !== undefined) parts.push(`job ${shorten(f.job, 60)}`)
  if (f.pointer !== undefined && f.pointer !== '') parts.push(f.pointer)
  return parts.join(' ')
}

/** The words for a presence state. */
export const PRESENCE_WORDS: Record<PresenceState, string> = { present: 'present', missing: 'MISSING', unreadable: 'UNREADABLE' }
