import type { Finding, PresenceState } from '../core/model/types.js'

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
