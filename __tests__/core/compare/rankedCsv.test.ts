import { readFileSync } from 'node:fs'
import { compareCsvSides, compareRankedCsv, inspectRankedCsv, readCsv, readCsvHeader } from '../../../src/core/compare/rankedCsv.js'
import type { Finding } from '../../../src/core/model/types.js'
import { context, expectedOn, sorted } from '../../support/rankedFixtures.js'
import { UPSTREAM, upstreamAvailable } from '../../support/paths.js'

const ARTIFACT = 'ranked_csv:openai:cs' as const
const expected = expectedOn(ARTIFACT)
const ctx = context()

function compare(left: string, right: string, c = ctx): Finding[] {
  return sorted(compareRankedCsv(ARTIFACT, left, right, c).findings)
}

const HEADER = 'job_id,score,title,scored_at\n'
const BASE = `${HEADER}A,40,Alpha,t1\nB,35,"Beta, senior",t1\nC,30,Gamma,t1\n`

describe('compareRankedCsv', () => {
  test('identical files have no findings and count data rows', () => {
    expect(compareRankedCsv(ARTIFACT, BASE, BASE, ctx)).toMatchObject({ findings: [], leftItems: 3, rightItems: 3 })
  })

  test('CRLF line ends, a UTF-8 BOM and a volatile column are not differences', () => {
    const right = `\uFEFF${BASE.replace(/\n/g, '\r\n').replace(/t1/g, 't2')}`
    expect(compareRankedCsv(ARTIFACT, BASE, right, ctx)).toMatchObject({ findings: [], leftItems: 3, rightItems: 3 })
  })

  test("'35' equals '35.0'; '35' vs '34' is a job-score finding", () => {
    expect(compare(BASE, BASE.replace('B,35,', 'B,35.0,'))).toEqual([])
    expect(compare(BASE, BASE.replace('B,35,', 'B,34,'))).toEqual([
      expected('job-score', { job: 'B', field: 'score', pointer: '/1/score', left: '35', right: '34', message: 'job B ("Beta, senior") changed: score "35" -> "34"' })
    ])
  })

  test('numeric tolerance applies to numeric cells; text cells compare as strings', () => {
    const right = BASE.replace('B,35,', 'B,35.004,').replace('Gamma', 'gamma')
    expect(compare(BASE, right, context({ numericTolerance: 0.01 }))).toEqual([
      expected('job-field', { job: 'C', field: 'title', pointer: '/2/title', left: 'Gamma', right: 'gamma', message: 'job C ("Gamma") changed: title "Gamma" -> "gamma"' })
    ])
  })

  test('rows are matched by id: added, removed and moved without cascades', () => {
    const right = `${HEADER}X,50,Xray,t1\nB,35,"Beta, senior",t1\nA,40,Alpha,t1\n`
    expect(compare(BASE, right)).toEqual(
      sorted([
        expected('job-added', { job: 'X', field: 'rank', pointer: '/0', right: 1, message: 'job X ("Xray") added at rank 1' }),
        expected('job-removed', { job: 'C', field: 'rank', pointer: '/2', left: 3, message: 'job C ("Gamma") removed (was rank 3)' }),
        expected('job-moved', { job: 'A', field: 'rank', pointer: '/0', left: 1, right: 3, message: 'job A ("Alpha") moved from rank 1 to rank 3' })
      ])
    )
  })

  test('run_id column is compared unless run-id drift is allowed', () => {
    const left = 'job_id,score,run_id\nA,1,r1\n'
    const right = 'job_id,score,run_id\nA,1,r2\n'
    expect(compare(left, right, context({}, true))).toEqual([])
    expect(compare(left, right)).toEqual([
      expected('job-field', { job: 'A', field: 'run_id', pointer: '/0/run_id', left: 'r1', right: 'r2', message: 'job A changed: run_id "r1" -> "r2"' })
    ])
  })

  test('a header difference is one csv-header finding; rows are still compared on the common columns', () => {
    const right = 'job_id,title,score,team\nA,Alpha,40,x\nB,"Beta, senior",36,y\nC,Gamma,30,z\n'
    expect(compare(BASE, right)).toEqual(sorted([
      expected('csv-header', {
        left: ['job_id', 'score', 'title', 'scored_at'],
        right: ['job_id', 'title', 'score', 'team'],
        message: 'CSV header differs (columns added: team; columns removed: scored_at; common columns reordered); rows are compared on the common columns'
      }),
      expected('job-score', { job: 'B', field: 'score', pointer: '/1/score', left: '35', right: '36', message: 'job B ("Beta, senior") changed: score "35" -> "36"' })
    ]))
  })

  test('a ragged row is unreadable at its index and skipped; parsing continues', () => {
    const left = BASE.replace('C,30,Gamma,t1', 'C,30,Gamma,t1,extra')
    const result = compareRankedCsv(ARTIFACT, left, BASE, ctx)
    expect(sorted(result.findings)).toEqual(sorted([
      expected('job-added', { job: 'C', field: 'rank', pointer: '/2', right: 3, message: 'job C ("Gamma") added at rank 3' }),
      expected('unreadable', { rule: 'unreadable/ragged-row', side: 'left', pointer: '/2', message: 'data row 2 has 5 cells but the header has 4; it is skipped' })
    ]))
    expect([result.leftItems, result.rightItems]).toEqual([3, 3])
  })

  test('a quote left open makes the whole file unreadable, with its line; the other side is still inspected', () => {
    const result = compareRankedCsv(ARTIFACT, BASE, `${HEADER}A,40,"Alpha,t1\nB,35,Beta,t1\n`, ctx)
    expect(result).toEqual({
      findings: [
        expected('unreadable', {
          rule: 'unreadable/invalid-csv',
          side: 'right',
          message: 'invalid CSV: quoted field unterminated at line 2'
        })
      ],
      leftItems: 3,
      rightItems: 0,
      // No usable list on that side: its presence is unreadable.
      unusable: ['right']
    })
  })

  test('an empty file is unreadable', () => {
    expect(compare('', BASE)).toEqual([expected('unreadable', { rule: 'unreadable/invalid-csv', side: 'left', message: 'empty CSV (no header row)' })])
  })

  test('without an identity column rows are matched by their whole content, as text (40 and 40.0 differ there)', () => {
    const left = 'title,score\nAlpha,40\nBeta,35\n'
    const right = 'title,score\nBeta,35\nAlpha,40.0\nGamma,1\n'
    const warning = (side: 'left' | 'right') =>
      expected('job-identity', {
        side,
        message: `no identity column common to both headers (job_id, id, apply_url, detail_url, url); rows are matched by their whole content`
      })
    expect(compare(left, right)).toEqual(
      sorted([
        warning('left'),
        warning('right'),
        expected('job-added', { field: 'rank', pointer: '/1', right: 2, message: 'job at index 1 ("Alpha") added at rank 2' }),
        expected('job-added', { field: 'rank', pointer: '/2', right: 3, message: 'job at index 2 ("Gamma") added at rank 3' }),
        expected('job-removed', { field: 'rank', pointer: '/0', left: 1, message: 'job at index 0 ("Alpha") removed (was rank 1)' })
      ])
    )
  })

  test('an empty id cell is a job-identity warning for that row', () => {
    const text = 'job_id,score\nA,1\n ,2\n'
    expect(inspectRankedCsv(ARTIFACT, 'left', text, ctx)).toMatchObject({
      findings: [
        expected('job-identity', {
          side: 'left',
          pointer: '/1',
          message: 'job at index 1 has none of the identity fields (job_id, id, apply_url, detail_url, url); it is matched by its whole content'
        })
      ],
      items: 2
    })
  })

  test('duplicate ids and a repeated header column are reported by inspection', () => {
    expect(inspectRankedCsv(ARTIFACT, 'right', 'job_id,score,score\nA,1,1\nA,2,2\n', ctx)).toMatchObject({
      findings: [
        expected('unreadable', { rule: 'unreadable/repeated-column', side: 'right', message: 'the header repeats column "score"; only its first occurrence is compared' }),
        expected('job-duplicate', { side: 'right', job: 'A', message: "job A appears 2 times (indexes 0, 1); occurrences are paired with the other side's in order" })
      ],
      items: 2
    })
  })

  test('mirror: swapping sides mirrors added/removed and the header values', () => {
    const right = 'job_id,title,score\nA,Alpha,40\nD,Delta,1\n'
    const forward = compare(BASE, right)
    const backward = compare(right, BASE)
    expect(forward.map((f) => [f.kind, f.job, f.pointer, f.left, f.right])).toEqual([
      ['job-added', 'D', '/1', undefined, 2],
      ['job-removed', 'B', '/1', 2, undefined],
      ['job-removed', 'C', '/2', 3, undefined],
      ['csv-header', undefined, undefined, ['job_id', 'score', 'title', 'scored_at'], ['job_id', 'title', 'score']]
    ])
    expect(backward.map((f) => [f.kind, f.job, f.pointer, f.left, f.right])).toEqual([
      ['job-added', 'B', '/1', undefined, 2],
      ['job-removed', 'D', '/1', 2, undefined],
      ['job-added', 'C', '/2', undefined, 3],
      ['csv-header', undefined, undefined, ['job_id', 'title', 'score'], ['job_id', 'score', 'title', 'scored_at']]
    ])
  })
})

const SHARED = UPSTREAM
const haveShared = upstreamAvailable('ranked CSV on real data')
const realTest = haveShared ? test : test.skip
const readText = (path: string): string => readFileSync(`${SHARED}${path}`, 'utf8')

describe('readCsv with a reference (the other side\'s CSV)', () => {
  const random = (seed: number): (() => number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const pieces = ['a', 'j-1', '0.91', ' ', '', 'é', ',', '"', '\n', '\r\n', 'x y', 'b"c']
  /** One CSV text: a header and rows (cells quoted as a writer would, now and then a bare quote mid-cell, a ragged row or a blank line). */
  const csvText = (rows: string[][], linebreak: string, end: boolean): string =>
    rows.map((cells) => cells.map((cell) => (/[,\r\n]/.test(cell) || cell.startsWith('"') ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join(linebreak) + (end ? linebreak : '')

  it('reads every text as a whole parse does, and compares as it does, on 3,000 generated pairs (rows kept, changed, added, removed; blank lines, stray quotes, other line breaks and headers)', () => {
    const next = random(11)
    let taken = 0
    for (let i = 0; i < 3000; i++) {
      const linebreak = ['\n', '\r\n'][i % 2] as string
      const width = 1 + Math.floor(next() * 4)
      const cell = (): string => Array.from({ length: Math.floor(next() * 3) }, () => pieces[Math.floor(next() * pieces.length)]).join('')
      const row = (): string[] => Array.from({ length: next() < 0.05 ? width + 1 : width }, cell)
      // Every other header has an identity column (rows matched by id, ids repeating now and then), the others none (rows matched by content).
      const rows = [Array.from({ length: width }, (_, c) => (c === 0 && i % 2 === 0 ? 'job_id' : `col${c}`)), ...Array.from({ length: 1 + Math.floor(next() * 12) }, row)]
      const other = rows.map((cells, k) => (k > 0 && next() < 0.2 ? row() : cells))
      if (next() < 0.1) other.splice(1 + Math.floor(next() * (other.length - 1)), 0, row())
      if (next() < 0.1 && other.length > 2) other.splice(1 + Math.floor(next() * (other.length - 1)), 1)
      if (next() < 0.05) other[0] = [...(other[0] as string[])].reverse()
      const knownText = csvText(rows, linebreak, next() < 0.5)
      let text = csvText(other, next() < 0.1 ? '\r\n' : linebreak, next() < 0.5)
      if (next() < 0.1) text = text.replace(linebreak, `${linebreak}${linebreak}`)
      if (next() < 0.05) {
        const at = Math.floor(next() * text.length)
        text = `${text.slice(0, at)}"${text.slice(at)}`
      }
      const known = readCsv('ranked_csv:p:q', 'left', knownText)
      const plain = readCsv('ranked_csv:p:q', 'right', text)
      const along = readCsv('ranked_csv:p:q', 'right', text, { text: knownText, csv: known })
      expect({ knownText, text, along }).toEqual({ knownText, text, along: plain })
      // Given the line break the header read found, each read is the same again.
      const found = readCsvHeader(text).linebreak
      expect({ knownText, text, along: readCsv('ranked_csv:p:q', 'right', text, { text: knownText, csv: known }, found) }).toEqual({ knownText, text, along: plain })
      expect({ text, whole: readCsv('ranked_csv:p:q', 'right', text, undefined, found) }).toEqual({ text, whole: plain })
      // Rows sharing a record (taken) are equal without being compared: the comparison is the same.
      expect({ knownText, text, compared: compareCsvSides('ranked_csv:p:q', known, along, ctx) }).toEqual({ knownText, text, compared: compareCsvSides('ranked_csv:p:q', known, plain, ctx) })
      taken += along.records.filter((record, k) => record !== undefined && record === known.records[k]).length
    }
    // Rows are taken often, so the property covers the taking.
    expect(taken).toBeGreaterThan(3000)
  })

  it('reads a text whose rows all differ (more than it parses one at a time) and a long quoted row as a whole parse does', () => {
    const rows = (mark: string): string[][] => [['job_id', 'title'], ...Array.from({ length: 1000 }, (_, k) => [`j-${k}`, `${mark} ${k}`])]
    const knownText = csvText(rows('a'), '\n', true)
    const known = readCsv('ranked_csv:p:q', 'left', knownText)
    const other = csvText(rows('b'), '\n', true)
    expect(readCsv('ranked_csv:p:q', 'right', other, { text: knownText, csv: known })).toEqual(readCsv('ranked_csv:p:q', 'right', other))
    // A changed row far longer than the parser's first window, with line breaks inside its quotes.
    const long = csvText([['job_id', 'title'], ['j-0', 'x'], ['j-1', `${'long, '.repeat(4000)}\n${'more '.repeat(2000)}`], ['j-2', 'x']], '\n', true)
    const shortKnown = csvText([['job_id', 'title'], ['j-0', 'x'], ['j-1', 'short'], ['j-2', 'x']], '\n', true)
    const along = readCsv('ranked_csv:p:q', 'right', long, { text: shortKnown, csv: readCsv('ranked_csv:p:q', 'left', shortKnown) })
    expect(along).toEqual(readCsv('ranked_csv:p:q', 'right', long))
    expect(along.records[1]?.[1]?.length).toBeGreaterThan(30000)
  })
})

describe('real upstream ranked CSV', () => {
  const path = 'openai/cs/openai_ranked_jobs.cs.csv'
  realTest('the left-aws-like and right-onprem-like pair has no findings', () => {
    expect(compareRankedCsv(ARTIFACT, readText(`runs/left-aws-like/${path}`), readText(`runs/right-onprem-like/${path}`), context({}, true))).toMatchObject({
      findings: [],
      leftItems: 19,
      rightItems: 19
    })
  })
  realTest('m19c primary vs dr (582 rows) has no findings', () => {
    expect(compareRankedCsv(ARTIFACT, readText(`m19c/primary/${path}`), readText(`m19c/dr/${path}`), context({}, true))).toMatchObject({
      findings: [],
      leftItems: 582,
      rightItems: 582
    })
  })
})
