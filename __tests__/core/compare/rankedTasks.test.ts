/**
 * The ranked tasks take the fast path (a list scan, no parse) on real-shaped files, and hand anything
 * the scan cannot vouch for to the plain path (the engine tests then check both paths agree).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { presentStrings, stringAt, stringColumn } from '../../../src/core/compare/stringColumn.js'
import { runRankedTaskSafely, type JobsPart, type RankedTask, type RankedTaskResult, type TaskFile } from '../../../src/core/compare/rankedTasks.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import type { ArtifactId } from '../../../src/core/model/types.js'
import { runnerFor, type RankedTaskRunner } from '../../../src/core/compare/rankedWorkers.js'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../../support/paths.js'

const ctx = { policy: SIGNALCRAFT_V1, allowRunIdDrift: true }

/** A file of `dir` as a task holds it (`bytes` instead of the file's, when given). */
function taskFile(dir: string, artifact: ArtifactId, relPath: string, bytes?: Uint8Array): TaskFile {
  return { artifact, relPath, bytes: bytes ?? readFileSync(join(dir, relPath)) }
}

/** The jobs task of a provider/profile on two run dirs (`json`: the right side's ranked JSON bytes instead of its file's). */
function jobsTask(left: string, right: string, target = 'openai/cs', json?: Uint8Array): RankedTask {
  const [provider, profile] = target.split('/') as [string, string]
  const rel = `${provider}/${profile}/${provider}_ranked_jobs.${profile}`
  const files = (artifact: ArtifactId, relPath: string, rightBytes?: Uint8Array): { left: TaskFile; right: TaskFile } => ({ left: taskFile(left, artifact, relPath), right: taskFile(right, artifact, relPath, rightBytes) })
  return { op: 'jobs', ctx, jobs: files(`ranked_json:${provider}:${profile}`, `${rel}.json`, json), csv: files(`ranked_csv:${provider}:${profile}`, `${rel}.csv`) }
}

function familiesTask(left: string, right: string, target = 'openai/cs'): RankedTask {
  const [provider, profile] = target.split('/') as [string, string]
  const relPath = `${provider}/${profile}/${provider}_ranked_families.${profile}.json`
  const artifact: ArtifactId = `ranked_families_json:${provider}:${profile}`
  return { op: 'families', ctx, families: { left: taskFile(left, artifact, relPath), right: taskFile(right, artifact, relPath) } }
}

/** A task run inline: its answer and the parts it posted before it. */
function run(task: RankedTask): { answer: RankedTaskResult; parts: JobsPart[] } {
  const parts: JobsPart[] = []
  const answer = runRankedTaskSafely(task, (part) => parts.push(part))
  return { answer, parts }
}

function reduced(result: RankedTaskResult): Exclude<RankedTaskResult, { bail: string }> {
  if (result.bail !== undefined) throw new Error(`bailed: ${result.bail}`)
  return result
}

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')

describe('ranked tasks', () => {
  it.each(['openai/cs', 'anthropic/tam'])('reduce both sides of the fixture run %s without falling back (the right side with one title changed)', (target) => {
    const [provider, profile] = target.split('/') as [string, string]
    const text = readFileSync(join(AWS, `${target}/${provider}_ranked_jobs.${profile}.json`), 'utf8')
    const changed = text.replace('"title":"', '"title":"Changed ')
    expect(changed).not.toBe(text)
    const jobs = run(jobsTask(AWS, ONPREM, target, Buffer.from(changed, 'utf8')))
    const answer = reduced(jobs.answer)
    const families = reduced(run(familiesTask(AWS, ONPREM, target)).answer)
    const ids = (JSON.parse(text) as { job_id: string }[]).map((row) => row.job_id)
    // The ranked JSON comes first, then the CSV (its bytes are the same on the fixture runs: inspected once), each as one part; the answer holds the projection checks.
    expect(jobs.parts.map((part) => [part.op, part.op === 'jobs-json' ? part.same : part.outcome.once])).toEqual([['jobs-json', false], ['jobs-csv', true]])
    const [json, csv] = jobs.parts
    // The right side's JSON now disagrees with its CSV in row 0's title, and only there (its other rows were taken from the left's reads).
    expect(answer.op === 'jobs' && [answer.left, answer.right.map((problem) => problem.pointer)]).toEqual([[], ['/0/title']])
    for (const side of ['left', 'right'] as const) {
      const reducedJobs = json?.op === 'jobs-json' ? json[side].jobs : undefined
      const columns = reducedJobs !== undefined && 'rows' in reducedJobs ? reducedJobs.rows : undefined
      expect(columns === undefined ? undefined : ids.map((_, k) => stringAt(columns.identity, k))).toEqual(ids)
      expect(columns === undefined ? undefined : stringAt(columns.title, 0)?.startsWith('Changed ')).toBe(side === 'right')
      expect(json?.op === 'jobs-json' && presentStrings(json[side].jobIds)).toEqual(ids)
      expect(families.op === 'families' && families[side].refs?.family.length).toBeGreaterThan(0)
    }
    // The fixture runs' CSVs have the same bytes: inspected once, on the left.
    expect(csv?.op === 'jobs-csv' && csv.outcome.once && csv.outcome.inspected.items).toBe(ids.length)
  })

  it('checks a file with the same bytes on both sides once, and says so', () => {
    const jobs = run(jobsTask(AWS, AWS))
    const answer = reduced(jobs.answer)
    const families = reduced(run(familiesTask(AWS, AWS)).answer)
    const [json, csv] = jobs.parts
    expect(json?.op === 'jobs-json' && [json.same, 'inspected' in json.left.jobs, json.right === json.left]).toEqual([true, true, true])
    expect(csv?.op === 'jobs-csv' && csv.outcome.once).toBe(true)
    expect(answer.op === 'jobs' && answer.right === answer.left).toBe(true)
    expect(families.op === 'families' && [families.same, 'inspected' in families.left.families, families.right === families.left]).toEqual([true, true, true])
  })

  it('hash each side of each pair of files (the receipts\' hashes), as createHash does', () => {
    const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8')
    const { answer } = run({ op: 'hashes', files: [{ left: bytes('a'), right: bytes('b') }, { left: bytes('same'), right: bytes('same') }] })
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
    expect(answer).toEqual({ op: 'hashes', sha256: [{ left: sha('a'), right: sha('b') }, { left: sha('same'), right: sha('same') }] })
  })

  it('hands a duplicate key, a byte-order mark and invalid JSON on either side to the plain path', () => {
    const text = readFileSync(join(AWS, 'openai/cs/openai_ranked_jobs.cs.json'), 'utf8')
    const variants = [
      text.replace('"job_id":', '"job_id":"dup","job_id":'),
      `\ufeff${text}`,
      text.replace(/\]\s*$/, ',]')
    ]
    for (const variant of variants) {
      const jobs = run(jobsTask(AWS, AWS, 'openai/cs', Buffer.from(variant, 'utf8')))
      expect([jobs.answer.bail !== undefined, jobs.parts]).toEqual([true, []])
    }
  })
})

describe('the inline runner', () => {
  it('hands a jobs task\'s parts on before its answer, and rejects the task when the part\'s handler throws', async () => {
    const runner = runnerFor('inline') as RankedTaskRunner
    const seen: string[] = []
    const answer = await runner.run(jobsTask(AWS, ONPREM), 0, (part) => seen.push(part.op))
    expect([seen, answer.bail === undefined && answer.op]).toEqual([['jobs-json', 'jobs-csv'], 'jobs'])
    await expect(
      runner.run(jobsTask(AWS, ONPREM), 0, () => {
        throw new Error('join failed')
      })
    ).rejects.toThrow('join failed')
  })
})

describe('ranked tasks on the real runs', () => {
  const available = upstreamAvailable('ranked tasks on the real runs')
  const runs = join(UPSTREAM, 'runs')
  ;(available ? it : it.skip)('reduce every ranked file of the real pair without falling back', () => {
    const [left, right] = ['left-aws-like', 'right-onprem-like'].map((dir) => join(runs, dir)) as [string, string]
    expect(reduced(run(jobsTask(left, right)).answer).op).toBe('jobs')
    expect(reduced(run(familiesTask(left, right)).answer).op).toBe('families')
  })
})

describe('string columns', () => {
  it('give back every entry, absent ones (undefined and null) as undefined, and empty strings as themselves', () => {
    const values = ['a', undefined, '', 'ünïcödé 😀', null, 'a', undefined, undefined, 'last']
    const column = stringColumn(values)
    expect(values.map((_, k) => stringAt(column, k))).toEqual(values.map((v) => (v === null ? undefined : v)))
    expect(presentStrings(column)).toEqual(['a', '', 'ünïcödé 😀', 'a', 'last'])
    expect(presentStrings(stringColumn([]))).toEqual([])
  })

  it('survive a structured clone (the way they cross threads) as three blocks', () => {
    const column = stringColumn(Array.from({ length: 1000 }, (_, k) => (k % 7 === 0 ? undefined : `job-${k}`)))
    const copy = structuredClone(column)
    // By tag: the clone is made in Node's own realm, not the test's.
    expect([copy.text, copy.starts, copy.absent].map((part) => Object.prototype.toString.call(part))).toEqual(['[object String]', '[object Float64Array]', '[object Uint8Array]'])
    expect(presentStrings(copy)).toEqual(presentStrings(column))
  })
})
