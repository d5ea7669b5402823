/**
 * The side tasks take the fast path (a list scan, no parse) on real-shaped files, and hand anything
 * the scan cannot vouch for to the plain path (the engine tests then check both paths agree).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { presentStrings, stringAt, stringColumn } from '../../../src/core/compare/stringColumn.js'
import { runSideTaskSafely, type SideTask, type SideTaskResult } from '../../../src/core/compare/sideTasks.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../../support/paths.js'

const ctx = { side: 'left' as const, policy: SIGNALCRAFT_V1, allowRunIdDrift: true }

function jobsTask(dir: string, target = 'openai/cs', json?: Uint8Array): SideTask {
  const [provider, profile] = target.split('/') as [string, string]
  const rel = (name: string): string => `${provider}/${profile}/${provider}_${name}.${profile}`
  return {
    op: 'jobs',
    ctx,
    jobs: { artifact: `ranked_json:${provider}:${profile}`, relPath: `${rel('ranked_jobs')}.json`, bytes: json ?? readFileSync(join(dir, `${rel('ranked_jobs')}.json`)) },
    csv: { artifact: `ranked_csv:${provider}:${profile}`, relPath: `${rel('ranked_jobs')}.csv`, bytes: readFileSync(join(dir, `${rel('ranked_jobs')}.csv`)) }
  }
}

function familiesTask(dir: string, target = 'openai/cs'): SideTask {
  const [provider, profile] = target.split('/') as [string, string]
  const relPath = `${provider}/${profile}/${provider}_ranked_families.${profile}.json`
  return { op: 'families', ctx, families: { artifact: `ranked_families_json:${provider}:${profile}`, relPath, bytes: readFileSync(join(dir, relPath)) } }
}

function reduced(result: SideTaskResult): Exclude<SideTaskResult, { bail: string }> {
  if (result.bail !== undefined) throw new Error(`bailed: ${result.bail}`)
  return result
}

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')

describe('side tasks', () => {
  it.each(['openai/cs', 'anthropic/tam'])('reduce the fixture run %s without falling back', (target) => {
    const jobs = reduced(runSideTaskSafely(jobsTask(AWS, target)))
    const families = reduced(runSideTaskSafely(familiesTask(AWS, target)))
    const parsed = JSON.parse(readFileSync(join(AWS, `${target}/${target.split('/')[0]}_ranked_jobs.${target.split('/')[1]}.json`), 'utf8')) as { job_id: string }[]
    const ids = parsed.map((row) => row.job_id)
    const column = jobs.op === 'jobs' && 'rows' in jobs.jobs ? jobs.jobs.rows.identity : undefined
    expect(column === undefined ? undefined : ids.map((_, k) => stringAt(column, k))).toEqual(ids)
    expect(jobs.op === 'jobs' && presentStrings(jobs.jobIds)).toEqual(ids)
    expect(families.op === 'families' && families.refs?.family.length).toBeGreaterThan(0)
  })

  it('hands a duplicate key, a byte-order mark and invalid JSON to the plain path', () => {
    const text = readFileSync(join(AWS, 'openai/cs/openai_ranked_jobs.cs.json'), 'utf8')
    const variants = [
      text.replace('"job_id":', '"job_id":"dup","job_id":'),
      `\ufeff${text}`,
      text.replace(/\]\s*$/, ',]')
    ]
    for (const variant of variants) expect(runSideTaskSafely(jobsTask(AWS, 'openai/cs', Buffer.from(variant, 'utf8'))).bail).toBeDefined()
  })
})

describe('side tasks on the real runs', () => {
  const available = upstreamAvailable('side tasks on the real runs')
  const runs = join(UPSTREAM, 'runs')
  ;(available ? it : it.skip)('reduce every ranked file of the real pair without falling back', () => {
    for (const dir of ['left-aws-like', 'right-onprem-like']) {
      expect(reduced(runSideTaskSafely(jobsTask(join(runs, dir)))).op).toBe('jobs')
      expect(reduced(runSideTaskSafely(familiesTask(join(runs, dir)))).op).toBe('families')
    }
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
