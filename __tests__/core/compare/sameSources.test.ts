import { equalSources, type ByteSpan } from '../../../src/core/compare/sameSources.js'

/** Rows of a JSON array text: each element's byte span (elements are split on the given separator). */
function rowsOf(text: string, separator = ','): { source: ByteSpan }[] {
  const bytes = Buffer.from(text, 'utf8')
  const rows: { source: ByteSpan }[] = []
  let start = 1
  for (const element of text.slice(1, -1).split(separator)) {
    const length = Buffer.byteLength(element, 'utf8')
    rows.push({ source: { bytes, start, end: start + length } })
    start += length + Buffer.byteLength(separator, 'utf8')
  }
  return rows
}
const inOrder = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i)
/** The expected flags, one pair at a time. */
function onePairAtATime(left: { source: ByteSpan }[], right: { source: ByteSpan }[], partner: Int32Array): number[] {
  return Array.from(partner, (other, i) => {
    if (other === -1) return 0
    const a = left[i]!.source
    const b = right[other]!.source
    return a.bytes.subarray(a.start, a.end).equals(b.bytes.subarray(b.start, b.end)) ? 1 : 0
  })
}

describe('equalSources', () => {
  const rows = Array.from({ length: 200 }, (_, i) => `"row ${i}: é${i % 7}"`)

  it('settles long runs of equal rows and finds each differing one, as pair-by-pair comparison does', () => {
    const changed = rows.map((row, i) => (i % 37 === 5 ? row.replace('é', 'e') : row))
    const left = rowsOf(`[${rows.join(',')}]`)
    const right = rowsOf(`[${changed.join(',')}]`)
    const flags = equalSources(left, right, inOrder(rows.length))
    expect([...flags]).toEqual(onePairAtATime(left, right, inOrder(rows.length)))
    expect([...flags].filter((f) => f === 0)).toHaveLength(6)
  })

  it('compares rows alone when separators differ, when pairs are out of order, and skips unmatched rows', () => {
    const left = rowsOf(`[${rows.join(',')}]`)
    const right = rowsOf(`[${rows.join(', ')}]`, ', ')
    expect([...equalSources(left, right, inOrder(rows.length))].every((f) => f === 1)).toBe(true)
    const shuffled = Int32Array.from(inOrder(rows.length), (i) => (i % 2 === 0 ? i + 1 : i - 1))
    expect([...equalSources(left, left, shuffled)]).toEqual(onePairAtATime(left, left, shuffled))
    const partial = Int32Array.from(inOrder(rows.length), (i) => (i % 10 === 0 ? -1 : i))
    expect([...equalSources(left, right, partial)]).toEqual(Array.from(partial, (p) => (p === -1 ? 0 : 1)))
  })

  it('never settles a run whose rows sit at other offsets, though the run bytes match', () => {
    // Left rows "ab","c" and right rows "a","bc" over the same text: the whole span is equal, the rows are not.
    const bytes = Buffer.from('[abc]')
    const left = [{ source: { bytes, start: 1, end: 3 } }, { source: { bytes, start: 3, end: 4 } }]
    const right = [{ source: { bytes, start: 1, end: 2 } }, { source: { bytes, start: 2, end: 4 } }]
    expect([...equalSources(left, right, inOrder(2))]).toEqual([0, 0])
  })

  it('never settles a row without a source, and breaks the run there', () => {
    const [a, b, c] = rowsOf('["a","b","x"]')
    const [, , d] = rowsOf('["a","b","y"]')
    const left = [a!, {}, c!]
    const right = [a!, { source: b!.source }, d!]
    expect([...equalSources(left, right, inOrder(3))]).toEqual([1, 0, 0])
  })
})

describe('equalSources on long runs', () => {
  it('finds every differing pair of one long aligned run, whatever their spacing, as pair-by-pair comparison does', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `"row ${String(i).padStart(4, '0')}"`)
    for (const spacing of [1, 2, 3, 7, 100, 1000, 2999]) {
      // Same-length edits keep the whole list one aligned run.
      const changed = rows.map((row, i) => (i % spacing === spacing - 1 ? row.replace('row', 'ROW') : row))
      const left = rowsOf(`[${rows.join(',')}]`)
      const right = rowsOf(`[${changed.join(',')}]`)
      const flags = equalSources(left, right, inOrder(rows.length))
      expect([...flags]).toEqual(onePairAtATime(left, right, inOrder(rows.length)))
    }
  })
})
