/** Bytes `[start, end)` of a file. */
export interface ByteSpan {
  bytes: Buffer
  start: number
  end: number
}


/**
 * Which matched pairs have equal sources (1), compared run by run: a run is consecutive rows on
 * both sides, matched in order, whose bytes lie in the same place relative to the run's first row
 * on each side, so one comparison of the whole run settles all its pairs when they are equal; a run
 * that differs is halved until the differing pairs are found. Most pairs of two runs of a pipeline
 * are equal and in order, so a 100k-row list takes a few thousand comparisons, not 100k.
 */
export function equalSources(left: readonly { source?: ByteSpan }[], right: readonly { source?: ByteSpan }[], partner: Int32Array): Uint8Array {
  const same = new Uint8Array(left.length)
  const spanOf = (position: number): [ByteSpan, ByteSpan] | undefined => {
    const other = partner[position] as number
    if (other === -1) return undefined
    const a = left[position]?.source
    const b = right[other]?.source
    return a !== undefined && b !== undefined ? [a, b] : undefined
  }
  const settle = (from: number, to: number, first: [ByteSpan, ByteSpan], last: [ByteSpan, ByteSpan]): void => {
    const [a0, b0] = first
    const [a1, b1] = last
    const equal = a1.end - a0.start === b1.end - b0.start && a0.bytes.compare(b0.bytes, b0.start, b1.end, a0.start, a1.end) === 0
    if (equal) same.fill(1, from, to)
    else if (to - from > 1) {
      const middle = (from + to) >> 1
      settle(from, middle, first, spanOf(middle - 1) as [ByteSpan, ByteSpan])
      settle(middle, to, spanOf(middle) as [ByteSpan, ByteSpan], last)
    }
  }
  let position = 0
  while (position < left.length) {
    const first = spanOf(position)
    if (first === undefined) {
      position++
      continue
    }
    // Extend the run while the next pair follows on both sides at the same relative offsets.
    let last = first
    let end = position + 1
    for (; end < left.length && partner[end] === (partner[end - 1] as number) + 1; end++) {
      const next = spanOf(end)
      if (next === undefined) break
      const [a, b] = next
      const aligned =
        a.bytes === first[0].bytes &&
        b.bytes === first[1].bytes &&
        a.start >= last[0].end &&
        b.start >= last[1].end &&
        a.start - first[0].start === b.start - first[1].start &&
        a.end - first[0].start === b.end - first[1].start
      if (!aligned) break
      last = next
    }
    settle(position, end, first, last)
    position = end
  }
  return same
}
