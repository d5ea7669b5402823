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

/** A size limit in the unit of the surface it is for: `measure` counts it (UTF-16 characters by default, UTF-8 bytes for byte limits). */
export interface SizeLimit {
  maxSize: number
  /** Must count at least one per UTF-16 code unit (characters and UTF-8 bytes both do). */
  measure?: (text: string) => number
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Shortens `text` to fit `limit` as measured by its unit, ending with an ellipsis when cut. The
 * cut falls between grapheme clusters, so an emoji sequence, a surrogate pair or a letter with
 * its combining marks is kept whole or dropped whole.
 */
export function shortenTo(text: string, limit: SizeLimit): string {
  const measure = limit.measure ?? ((t: string) => t.length)
  if (measure(text) <= limit.maxSize) return text
  // Every unit counts at least one, so nothing past this prefix can fit.
  const clusters = Array.from(graphemes.segment(text.slice(0, limit.maxSize + 16)), (s) => s.segment)
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
