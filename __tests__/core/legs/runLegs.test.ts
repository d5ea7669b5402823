/** The leg runner: every leg compared with its own report, shared sources acquired once, a bound on what runs at once. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Leg, LegSource } from '../../../src/core/legs/manifest.js'
import { runLegs, sourceKey, type SourceAcquirer } from '../../../src/core/legs/runLegs.js'
import { UnusableSideError } from '../../../src/core/model/errors.js'
import { REPO_ROOT } from '../../support/paths.js'

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
const CASE = join(REPO_ROOT, 'fixtures/cases/job-score')

const artifact = (name: string): LegSource => ({ kind: 'artifact', name })
const leg = (name: string, left: string, right: string): Leg => ({ name, left: { source: artifact(left), label: left }, right: { source: artifact(right), label: right } })

/** An acquirer of named artifacts that maps them to fixture folders, counting calls and how many run at once. */
function instrumented(folders: Record<string, string>, delayMs = 15) {
  const calls: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const acquirer: SourceAcquirer = {
    async acquire(source) {
      if (source.kind !== 'artifact') throw new Error('artifacts only')
      calls.push(source.name)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        await new Promise((resolve) => setTimeout(resolve, delayMs))
        const folder = folders[source.name]
        if (folder === undefined) throw new UnusableSideError(`artifact ${source.name} not found in this run`, 'missing')
        return folder
      } finally {
        inFlight--
      }
    }
  }
  return { acquirer, calls, maxInFlight: () => maxInFlight }
}

const COMPARE = { allowRunIdDrift: true }

describe('runLegs', () => {
  it('gives each leg its own report in manifest order; an unacquirable leg is an error report naming why', async () => {
    const { acquirer } = instrumented({ aws: AWS, onprem: ONPREM, 'case-left': join(CASE, 'left'), 'case-right': join(CASE, 'right') })
    const runs = await runLegs({ legs: [leg('pass', 'aws', 'onprem'), leg('drift', 'case-left', 'case-right'), leg('gone', 'aws', 'dr')], acquirer, compare: COMPARE })
    expect(runs.map((r) => [r.leg.name, r.report.verdict])).toEqual([
      ['pass', 'pass'],
      ['drift', 'fail'],
      ['gone', 'error']
    ])
    const gone = runs[2]!.report
    expect(gone.findings).toEqual([{ kind: 'missing', severity: 'error', artifact: 'run_dir', rule: 'missing/not-found', side: 'right', message: 'artifact dr not found in this run', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }])
    expect(gone.right).toEqual({ label: 'dr', path: 'artifact dr', run_id: null })
    expect(gone.left.path).toBe(AWS)
  })

  it('acquires a source that several legs name once', async () => {
    const { acquirer, calls } = instrumented({ aws: AWS, onprem: ONPREM, dr: ONPREM })
    await runLegs({ legs: [leg('onprem', 'aws', 'onprem'), leg('dr', 'aws', 'dr'), leg('dr-again', 'dr', 'aws')], acquirer, compare: COMPARE })
    expect([...calls].sort()).toEqual(['aws', 'dr', 'onprem'])
  })

  it.each([1, 2, 3])('never acquires more than the bound (%i) at once, and reaches it', async (bound) => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const { acquirer, calls, maxInFlight } = instrumented(Object.fromEntries(names.map((n) => [n, AWS])))
    const legs = [leg('l1', 'a', 'b'), leg('l2', 'c', 'd'), leg('l3', 'e', 'f'), leg('l4', 'g', 'h')]
    const runs = await runLegs({ legs, acquirer, compare: COMPARE, maxParallel: bound })
    expect(calls).toHaveLength(8)
    expect(runs.every((r) => r.report.verdict === 'pass')).toBe(true)
    expect(maxInFlight()).toBe(bound)
  })

  it('reads each policy file once, before acquiring: the policy checked is the one every leg is compared with', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dualrun-legs-policy-'))
    try {
      const shared = join(folder, 'shared.yml')
      const own = join(folder, 'own.yml')
      writeFileSync(shared, 'numericTolerance: 0.5\n')
      writeFileSync(own, 'ordering: ties-may-swap\n')
      const { acquirer } = instrumented({ aws: AWS, onprem: ONPREM })
      // Both files turn invalid once acquisition starts: a second read would fail the legs.
      const spoiling: SourceAcquirer = {
        acquire: (source) => {
          writeFileSync(shared, 'not: [valid')
          writeFileSync(own, 'not: [valid')
          return acquirer.acquire(source)
        }
      }
      const legs = [leg('a', 'aws', 'onprem'), { ...leg('b', 'aws', 'onprem'), policy: own }, { ...leg('c', 'onprem', 'aws'), policy: own }]
      const runs = await runLegs({ legs, acquirer: spoiling, compare: { ...COMPARE, policyFile: shared } })
      expect(runs.map((r) => [r.leg.name, r.report.verdict, r.report.policy.name, r.report.policy.numericTolerance, r.report.policy.ordering])).toEqual([
        ['a', 'pass', 'signalcraft-v1+shared.yml', 0.5, 'strict'],
        ['b', 'pass', 'signalcraft-v1+own.yml', 0, 'ties-may-swap'],
        ['c', 'pass', 'signalcraft-v1+own.yml', 0, 'ties-may-swap']
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('treats the same folder under two spellings as one source', () => {
    expect(sourceKey({ kind: 'path', path: 'runs/aws' })).toBe(sourceKey({ kind: 'path', path: './runs/aws/' }))
    expect(sourceKey({ kind: 'artifact', name: 'a', runId: 1 })).not.toBe(sourceKey({ kind: 'artifact', name: 'a' }))
  })

  it('refuses a bad bound and a leg policy that cannot be loaded, naming the leg', async () => {
    const { acquirer, calls } = instrumented({ aws: AWS })
    await expect(runLegs({ legs: [leg('x', 'aws', 'aws')], acquirer, compare: COMPARE, maxParallel: 0 })).rejects.toThrow('max-parallel-legs must be a positive whole number, got 0')
    await expect(runLegs({ legs: [{ ...leg('x', 'aws', 'aws'), policy: '/no/such/policy.yml' }], acquirer, compare: COMPARE })).rejects.toThrow(/^leg 'x': policy \/no\/such\/policy\.yml: /)
    expect(calls).toEqual([])
  })
})
