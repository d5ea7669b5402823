/**
 * The projection check (the ranked CSV is its ranked JSON's projection), and the same check on the
 * right side given the left's: rows whose reads were taken from the left are not checked again,
 * and the problems are the same as a check of every row.
 */
import { checkCsvProjection, csvProblems, jsonJobs } from '../../../src/core/compare/consistency.js'
import { readCsv } from '../../../src/core/compare/rankedCsv.js'
import type { JsonValue } from '../../../src/core/model/types.js'

const FIELDS = ['job_id']
type Row = { job_id: string; score: number; title: string }

const csvOf = (rows: Row[]): string => ['job_id,score,title', ...rows.map((row) => `${row.job_id},${row.score},${row.title}`)].join('\n') + '\n'

describe('the CSV projection check', () => {
  const left: Row[] = Array.from({ length: 40 }, (_, k) => ({ job_id: `j-${k}`, score: k, title: `t${k}` }))
  // The left run disagrees with itself in row 3; the right run keeps that and adds its own in rows 10 and 20 (JSON and CSV).
  const leftCsvRows = left.map((row, k) => (k === 3 ? { ...row, score: 99 } : row))
  const leftCsvText = csvOf(leftCsvRows)
  const leftCsv = readCsv('ranked_csv:p:q', 'left', leftCsvText)

  it('finds the first differing cell and counts the others', () => {
    expect(csvProblems(left as unknown as JsonValue, leftCsv, FIELDS)).toEqual([
      { artifact: 'ranked_csv', job: 'j-3', pointer: '/3/score', field: 'score', value: '99', message: 'ranked CSV row 3 column score is "99" but the ranked JSON has 3' }
    ])
  })

  it('on the right side along the left, reports what a check of every row reports', () => {
    const leftCheck = checkCsvProjection(jsonJobs(left as unknown as JsonValue, FIELDS), leftCsv, FIELDS)
    // The right's reads take the left's objects where unchanged, as the scans with a reference do.
    const right: Row[] = left.map((row, k) => (k === 20 ? { ...row, title: 'other' } : row))
    const rightCsvRows = leftCsvRows.map((row, k) => (k === 10 ? { ...row, score: 7 } : row))
    const rightCsv = readCsv('ranked_csv:p:q', 'right', csvOf(rightCsvRows), { text: leftCsvText, csv: leftCsv })
    expect(rightCsv.records.filter((record, k) => record === leftCsv.records[k])).toHaveLength(39)
    const along = checkCsvProjection(jsonJobs(right as unknown as JsonValue, FIELDS), rightCsv, FIELDS, leftCheck.checked)
    const every = checkCsvProjection(jsonJobs(right as unknown as JsonValue, FIELDS), rightCsv, FIELDS)
    expect(along.problems).toEqual(every.problems)
    expect(along.problems[0]?.message).toBe('ranked CSV row 3 column score is "99" but the ranked JSON has 3 (and 2 more differing cells)')
    expect([...(along.checked?.differing ?? [])]).toEqual([3, 10, 20])
  })

  it('checks nothing along a side that stopped before the cells (another order)', () => {
    const swapped = [left[1], left[0], ...left.slice(2)] as Row[]
    const check = checkCsvProjection(jsonJobs(swapped as unknown as JsonValue, FIELDS), leftCsv, FIELDS)
    expect(check.checked).toBeUndefined()
    expect(check.problems[0]?.message).toBe("ranked CSV row 0 is job j-0 but the ranked JSON's row 0 is j-1: not the same order")
  })
})
