/** "Did you mean": the known names closest to what the user typed. */

/** Edit distance (insert, delete, substitute) between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)))
    previous = current
  }
  return previous[b.length]!
}

/**
 * Up to `max` of `candidates` that look like `typed` (case-insensitive edit distance within a
 * third of the longer name, or one containing the other), closest first.
 */
export function closestNames(typed: string, candidates: readonly string[], max = 3): string[] {
  const wanted = typed.toLowerCase()
  return candidates
    .map((name) => {
      const lower = name.toLowerCase()
      const d = distance(wanted, lower)
      const near = d <= Math.max(2, Math.ceil(Math.max(wanted.length, lower.length) / 3)) || (wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)))
      return { name, d, near }
    })
    .filter((c) => c.near)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((c) => c.name)
}
