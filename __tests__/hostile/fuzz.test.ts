/**
 * Property-based fuzzing of the fixture pair (fast-check, bounded): random noise (files deleted,
 * truncated, bytes flipped or inserted, replaced by a folder) then, in some runs, one change of a
 * value that is not volatile under the policy (a job's score or title, a CSV score cell, a family's
 * score, run_health status, the candidate id), two jobs swapped or a job duplicated. Whatever
 * happens: compareRuns resolves, the report is a valid `dualrun-report/v1`, no message holds a line
 * break or a stack frame, the text rendering works, and the verdict is never `pass` after a
 * required value changed. fast-check prints the seed and the shrunk counterexample on failure.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { renderText } from '../../src/render/text.js'
import { reportSchemaErrors } from '../support/reportSchema.js'
import { comparePair, FILES, makePair, type RunPair } from './support.js'

const SIDES = ['left', 'right'] as const
const NOISE_FILES = [...Object.values(FILES), 'anthropic/tam/anthropic_ranked_jobs.tam.json', 'anthropic/tam/anthropic_ranked_jobs.tam.csv']

type Side = (typeof SIDES)[number]

type Noise =
  | { op: 'delete'; side: Side; file: string }
  | { op: 'truncate'; side: Side; file: string; at: number }
  | { op: 'flip'; side: Side; file: string; at: number; byte: number }
  | { op: 'insert'; side: Side; file: string; at: number; bytes: number[] }
  | { op: 'folder'; side: Side; file: string }

type Change =
  | { op: 'job-score' | 'job-title' | 'family-score' | 'csv-score'; side: Side; index: number }
  | { op: 'health-status' | 'candidate'; side: Side }
  | { op: 'swap'; side: Side; a: number; b: number }
  | { op: 'duplicate'; side: Side; index: number }

const side = fc.constantFrom(...SIDES)
const file = fc.constantFrom(...NOISE_FILES)
const fraction = fc.double({ min: 0, max: 1, noNaN: true })
const noise: fc.Arbitrary<Noise> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), side, file }),
  fc.record({ op: fc.constant('truncate' as const), side, file, at: fraction }),
  fc.record({ op: fc.constant('flip' as const), side, file, at: fraction, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), side, file, at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('folder' as const), side, file })
)
const row = fc.integer({ min: 0, max: 21 })
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constantFrom('job-score' as const, 'job-title' as const, 'family-score' as const, 'csv-score' as const), side, index: row }),
  fc.record({ op: fc.constantFrom('health-status' as const, 'candidate' as const), side }),
  fc.record({ op: fc.constant('swap' as const), side, a: row, b: row }).filter((c) => c.a !== c.b),
  fc.record({ op: fc.constant('duplicate' as const), side, index: row })
)

function bytesOf(pair: RunPair, s: Side, rel: string): Buffer | undefined {
  try {
    return readFileSync(pair.path(s, rel))
  } catch {
    return undefined
  }
}

function applyNoise(pair: RunPair, n: Noise): void {
  const path = pair.path(n.side, n.file)
  const bytes = bytesOf(pair, n.side, n.file)
  if (bytes === undefined) return
  const at = Math.floor(('at' in n ? n.at : 0) * bytes.length)
  switch (n.op) {
    case 'delete':
      return rmSync(path, { recursive: true, force: true })
    case 'truncate':
      return writeFileSync(path, bytes.subarray(0, at))
    case 'flip':
      if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = n.byte
      return writeFileSync(path, bytes)
    case 'insert':
      return writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from(n.bytes), bytes.subarray(at)]))
    case 'folder':
      rmSync(path, { force: true })
      return mkdirSync(path)
  }
}

/** Applies a required change; returns whether it could be applied (the file was still there and parseable). */
function applyChange(pair: RunPair, c: Change): boolean {
  const edit = (rel: string, fn: (value: any) => boolean): boolean => {
    const bytes = bytesOf(pair, c.side, rel)
    if (bytes === undefined) return false
    let value: any
    try {
      value = JSON.parse(bytes.toString('utf8'))
    } catch {
      return false
    }
    if (!fn(value)) return false
    pair.write(c.side, rel, JSON.stringify(value))
    return true
  }
  const job = (list: any, index: number): any => (Array.isArray(list) && list[index] !== null && typeof list[index] === 'object' ? list[index] : undefined)
  switch (c.op) {
    case 'job-score':
    case 'family-score':
      return edit(c.op === 'job-score' ? FILES.jobs : FILES.families, (list) => {
        const j = job(list, c.index)
        if (j === undefined || typeof j.score !== 'number') return false
        j.score += 1
        return true
      })
    case 'job-title':
      return edit(FILES.jobs, (list) => {
        const j = job(list, c.index)
        if (j === undefined) return false
        j.title = `${String(j.title)} (changed)`
        return true
      })
    case 'swap':
      return edit(FILES.jobs, (list) => {
        if (job(list, c.a) === undefined || job(list, c.b) === undefined) return false
        ;[list[c.a], list[c.b]] = [list[c.b], list[c.a]]
        return true
      })
    case 'duplicate':
      return edit(FILES.jobs, (list) => {
        if (job(list, c.index) === undefined) return false
        list.push(structuredClone(list[c.index]))
        return true
      })
    case 'health-status':
      return edit(FILES.health, (health) => {
        if (typeof health?.status !== 'string') return false
        health.status = health.status === 'success' ? 'failed' : 'success'
        return true
      })
    case 'candidate':
      return edit(FILES.summary, (summary) => {
        if (typeof summary?.candidate_id !== 'string') return false
        summary.candidate_id = `${summary.candidate_id}-other`
        return true
      })
    case 'csv-score': {
      const bytes = bytesOf(pair, c.side, FILES.csv)
      if (bytes === undefined) return false
      const lines = bytes.toString('utf8').split('\n')
      const line = lines[c.index + 1]
      // The score is the second column and a plain number in the fixture; skip rows noise has broken.
      const m = line === undefined ? null : /^([^,"]+),(\d+),/.exec(line)
      if (line === undefined || m === null) return false
      lines[c.index + 1] = `${m[1]},${Number(m[2]) + 1},${line.slice(m[0].length)}`
      pair.write(c.side, FILES.csv, lines.join('\n'))
      return true
    }
  }
}

// DUALRUN_FUZZ_RUNS raises the bound for a longer local hunt (the test's timeout grows with it).
const RUNS = Number(process.env.DUALRUN_FUZZ_RUNS ?? 150)

describe('fuzzing the fixture pair', () => {
  it('never throws, always gives a valid report, and never passes a changed required value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noise, { maxLength: 3 }), fc.option(change, { nil: undefined }), async (noises, required) => {
        const pair = makePair()
        try {
          for (const n of noises) applyNoise(pair, n)
          const changed = required !== undefined && applyChange(pair, required)
          const report = await comparePair(pair)
          expect(reportSchemaErrors(report)).toEqual([])
          expect(report.findings.filter((f) => /[\r\n\u2028\u2029]/.test(f.message) || /\n\s+at /.test(f.message))).toEqual([])
          expect(renderText(report)).not.toMatch(/\n\s+at /)
          if (changed) expect(report.verdict).not.toBe('pass')
        } finally {
          pair.remove()
        }
      }),
      { numRuns: RUNS }
    )
  }, Math.max(60_000, RUNS * 200))
})
