// The benchmark's inputs and its floor, on a small size: generated pairs are valid run dirs with
// exactly the declared differences, generation is cached, and the floor reads every artifact pair
// and reports its peak RSS through the preload.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  validateProviderAvailability,
  validateRunHealth,
  validateRunSummary
} from '../../src/core/validate/validators.generated.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const SIZE = 300
const RANKED = 'openai/cs/openai_ranked_jobs.cs.json'
const CSV = 'openai/cs/openai_ranked_jobs.cs.csv'
const FAMILIES = 'openai/cs/openai_ranked_families.cs.json'
const DOCUMENTS = ['run_summary.v1.json', 'run_health.v1.json', 'artifacts/provider_availability_v1.json']

interface Job {
  job_id: string
  score: number
  title: string
  [key: string]: unknown
}

let out: string
const dir = (variant: string): string => join(out, `n${SIZE}`, variant)
const text = (variant: string, rel: string): string => readFileSync(join(dir(variant), rel), 'utf8')
const jobs = (variant: string): Job[] => JSON.parse(text(variant, RANKED)) as Job[]
const generate = (): string =>
  execFileSync(process.execPath, [join(repo, 'bench/generate.mjs'), '--sizes', String(SIZE), '--out', out], { encoding: 'utf8' })

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'dualrun-bench-'))
  generate()
})

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('bench/generate.mjs', () => {
  it('writes the left run and the four variants, each with a version marker', () => {
    expect(readdirSync(join(out, `n${SIZE}`)).sort()).toEqual([
      'changed-1pct',
      'changed-1pct.done',
      'drifted',
      'drifted.done',
      'identical',
      'identical.done',
      'left',
      'left.done',
      'reorder',
      'reorder.done'
    ])
  })

  it.each(['left', 'identical', 'changed-1pct', 'reorder', 'drifted'])('%s: v1 documents validate and record the ranked files’ hashes', (variant) => {
    const validators = [validateRunSummary, validateRunHealth, validateProviderAvailability]
    expect(DOCUMENTS.map((file, i) => validators[i]!(JSON.parse(text(variant, file))))).toEqual([true, true, true])
    const summary = JSON.parse(text(variant, 'run_summary.v1.json')) as {
      ranked_outputs: Record<string, { path: string; sha256: string; bytes: number }[]>
    }
    for (const [entry] of Object.values(summary.ranked_outputs)) {
      const bytes = readFileSync(join(dir(variant), 'openai/cs', entry!.path.slice(entry!.path.lastIndexOf('/') + 1)))
      expect([createHash('sha256').update(bytes).digest('hex'), bytes.length]).toEqual([entry!.sha256, entry!.bytes])
    }
  })

  it('left has SIZE distinct jobs of about 1.5 KB each and distinct families sorted by title_family', () => {
    const left = jobs('left')
    expect(new Set(left.map((j) => j.job_id)).size).toBe(SIZE)
    expect(Math.round(text('left', RANKED).length / SIZE / 100)).toBe(15)
    const families = (JSON.parse(text('left', FAMILIES)) as { title_family: string; family_variants: unknown[] }[]).map((f) => f.title_family)
    expect(families).toEqual([...new Set(families)].sort())
    // Every 17th job (index % 17 === 5) joins the family of the job before it.
    expect(families).toHaveLength(SIZE - 18)
  })

  it('identical: ranked files are byte-identical to left, the v1 documents are not', () => {
    for (const rel of [RANKED, CSV, FAMILIES]) expect(text('identical', rel)).toBe(text('left', rel))
    for (const rel of DOCUMENTS) expect(text('identical', rel)).not.toBe(text('left', rel))
  })

  it('changed-1pct: exactly 1% of the jobs differ, alternately in score and title', () => {
    const left = jobs('left')
    const changed = jobs('changed-1pct')
    const diffs = changed.flatMap((job, i) =>
      Object.keys(job)
        .filter((key) => JSON.stringify(job[key]) !== JSON.stringify(left[i]![key]))
        .map((key) => `${i}:${key}`)
    )
    expect(diffs).toEqual(['37:score', '137:title', '237:score'])
  })

  it('reorder: the same jobs, a block of 1% moved 10% down; families unchanged', () => {
    const left = jobs('left').map((j) => j.job_id)
    const reordered = jobs('reorder').map((j) => j.job_id)
    expect([...reordered].sort()).toEqual([...left].sort())
    expect(reordered.slice(90, 93)).toEqual(left.slice(60, 63))
    expect(reordered.slice(60, 90)).toEqual(left.slice(63, 93))
    expect(reordered.filter((id, i) => id !== left[i])).toHaveLength(33)
    expect(text('reorder', FAMILIES)).toBe(text('left', FAMILIES))
  })

  it('drifted: every 100th job re-scored +1 in JSON, CSV and families, and 50 far-apart pairs swapped', () => {
    const left = jobs('left')
    const drifted = jobs('drifted')
    const byId = new Map(left.map((job, rank) => [job.job_id, { job, rank }]))
    const moved = drifted.flatMap((job, rank) => (byId.get(job.job_id)!.rank === rank ? [] : [[byId.get(job.job_id)!.rank, rank]]))
    expect(moved).toHaveLength(100)
    // Each swap pairs a rank in the first half with the rank half the list further down.
    for (const [from, to] of moved) expect(Math.abs(from! - to!)).toBe(SIZE / 2)
    const rescored = drifted.filter((job) => job.score !== byId.get(job.job_id)!.job.score)
    expect(rescored.map((job) => job.score - byId.get(job.job_id)!.job.score)).toEqual([1, 1, 1])
    for (const job of rescored) expect(JSON.stringify({ ...job, score: job.score - 1 })).toBe(JSON.stringify(byId.get(job.job_id)!.job))
    const csvScore = (variant: string, id: string): string => {
      const [header, ...rows] = text(variant, CSV).trimEnd().split('\n')
      const column = header!.split(',').indexOf('score')
      return rows.find((row) => row.includes(id))!.split(',')[column]!
    }
    for (const job of rescored) expect(Number(csvScore('drifted', job.job_id))).toBe(Number(csvScore('left', job.job_id)) + 1)
    expect(text('drifted', FAMILIES)).not.toBe(text('left', FAMILIES))
  })

  it('is cached: a second run rewrites nothing', () => {
    const before = statSync(join(dir('left'), RANKED)).mtimeMs
    expect(generate()).toMatch(/^bench data n300: ready in \d+\.\d s\n$/)
    expect(statSync(join(dir('left'), RANKED)).mtimeMs).toBe(before)
  })
})

describe('bench/floor.mjs under bench/peak.mjs', () => {
  it('reads every artifact pair and reports peak RSS and CPU time', () => {
    const peakFile = join(out, 'peak')
    const stdout = execFileSync(
      process.execPath,
      ['--import', new URL('../../bench/peak.mjs', import.meta.url).href, join(repo, 'bench/floor.mjs'), dir('left'), dir('reorder')],
      { encoding: 'utf8', env: { ...process.env, DUALRUN_BENCH_PEAK_FILE: peakFile } }
    )
    const files = [...DOCUMENTS, CSV, FAMILIES, RANKED]
    const chars = files.reduce((sum, rel) => sum + text('left', rel).length + text('reorder', rel).length, 0)
    expect(stdout).toBe(`floor: read ${chars} characters\n`)
    const [peakKiB, cpuMicros] = readFileSync(peakFile, 'utf8').trim().split(' ').map(Number)
    expect(peakKiB).toBeGreaterThan(10_000)
    expect(cpuMicros).toBeGreaterThan(0)
  })
})
