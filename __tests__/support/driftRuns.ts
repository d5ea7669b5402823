/**
 * A generated drift of about 3,000 findings, written to a temporary folder (never committed): the
 * fixture pair `fixtures/runs/{aws,onprem}` with openai/cs replaced by 1,000 generated jobs on both
 * sides, and on the right side
 *   - the scoring config's sha256 changed (the config names openai/cs on both sides),
 *   - +1 on `score` and `final_score` for the first 500 jobs (in ranked JSON, CSV and families),
 *   - the jobs at ranks 801–805 moved as one block to ranks 851–855,
 *   - every anthropic/tam job removed (empty ranked lists).
 * The recorded sha256 and bytes of every rewritten ranked file are updated, so no integrity
 * warning muddies the picture.
 */
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './paths.js'

/** Jobs in the generated openai/cs lists. */
export const DRIFT_JOBS = 1_000
/** How many of them are re-scored (+1) on the right side. */
export const DRIFT_RESCORED = 500

interface GeneratedJob {
  job_id: string
  title: string
  score: number
  final_score: number
  apply_url: string
}

function generatedJobs(): GeneratedJob[] {
  return Array.from({ length: DRIFT_JOBS }, (_, i) => {
    const id = `job-${String(i).padStart(4, '0')}`
    const score = 2 * (DRIFT_JOBS - i)
    return { job_id: id, title: `Role ${i}`, score, final_score: score, apply_url: `https://jobs.example/${id}` }
  })
}

function csvOf(jobs: readonly GeneratedJob[]): string {
  return `job_id,title,score,final_score,apply_url\n${jobs.map((j) => `${j.job_id},${j.title},${j.score},${j.final_score},${j.apply_url}`).join('\n')}\n`
}

const PATHS = {
  openai: {
    ranked_json: 'openai/cs/openai_ranked_jobs.cs.json',
    ranked_csv: 'openai/cs/openai_ranked_jobs.cs.csv',
    ranked_families_json: 'openai/cs/openai_ranked_families.cs.json'
  },
  anthropic: {
    ranked_json: 'anthropic/tam/anthropic_ranked_jobs.tam.json',
    ranked_csv: 'anthropic/tam/anthropic_ranked_jobs.tam.csv',
    ranked_families_json: 'anthropic/tam/anthropic_ranked_families.tam.json'
  }
} as const

type Summary = {
  scoring_config: Record<string, unknown>
  ranked_outputs: Record<string, { provider: string; profile: string; sha256: string; bytes: number }[]>
}

/** Writes one run's files and records their sha256 and bytes in its run_summary. */
function writeRun(dir: string, files: Record<string, string>, editSummary: (summary: Summary) => void): void {
  const summaryPath = join(dir, 'run_summary.v1.json')
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary
  for (const [rel, text] of Object.entries(files)) {
    writeFileSync(join(dir, rel), text)
    const kind = (Object.entries(PATHS.openai).find(([, p]) => p === rel) ?? Object.entries(PATHS.anthropic).find(([, p]) => p === rel))?.[0]
    const provider = rel.split('/')[0]
    for (const entry of summary.ranked_outputs[kind as string] ?? []) {
      if (entry.provider !== provider) continue
      entry.sha256 = createHash('sha256').update(text).digest('hex')
      entry.bytes = Buffer.byteLength(text)
    }
  }
  summary.scoring_config.provider = 'openai'
  summary.scoring_config.profile = 'cs'
  editSummary(summary)
  writeFileSync(summaryPath, JSON.stringify(summary))
}

/** Generates the drift pair; returns the two run dirs. */
export function makeDriftPair(): { left: string; right: string } {
  const root = mkdtempSync(join(tmpdir(), 'dualrun-drift-'))
  const left = join(root, 'aws')
  const right = join(root, 'onprem')
  cpSync(join(REPO_ROOT, 'fixtures/runs/aws'), left, { recursive: true })
  cpSync(join(REPO_ROOT, 'fixtures/runs/onprem'), right, { recursive: true })

  const base = generatedJobs()
  const changed = base.map((job, i) => (i < DRIFT_RESCORED ? { ...job, score: job.score + 1, final_score: job.final_score + 1 } : job))
  const block = changed.splice(800, 5)
  changed.splice(850, 0, ...block)

  const openai = (jobs: GeneratedJob[]): Record<string, string> => ({
    [PATHS.openai.ranked_json]: JSON.stringify(jobs),
    [PATHS.openai.ranked_csv]: csvOf(jobs),
    [PATHS.openai.ranked_families_json]: JSON.stringify(jobs.map((job) => ({ ...job, family_variants: [] })))
  })
  writeRun(left, openai(base), () => undefined)
  writeRun(
    right,
    {
      ...openai(changed),
      [PATHS.anthropic.ranked_json]: '[]',
      // The header alone: no job left.
      [PATHS.anthropic.ranked_csv]: `${readFileSync(join(left, PATHS.anthropic.ranked_csv), 'utf8').split('\n')[0]}\n`,
      [PATHS.anthropic.ranked_families_json]: '[]'
    },
    (summary) => {
      summary.scoring_config.config_sha256 = 'f'.repeat(64)
    }
  )
  return { left, right }
}
