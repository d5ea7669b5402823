/**
 * End-to-end: which run dir the action compares when an artifact or a folder on disk holds
 * several (a persistent host's state dir): `left-run-dir`/`right-run-dir` by name, `latest`, the
 * shared `run-dir`, and path mode found exactly as artifact mode; each failure names what it
 * looked for, what it found and the input to set.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { AWS, RUN_ID, commands, reportOf } from '../support/actionE2e.js'
import { captureIO } from '../support/paths.js'
import { FakeGitHub } from '../support/githubServer.js'
import { runAction } from '../support/runAction.js'
import { makeStateDir } from '../support/stateDir.js'
import { zipFolder } from '../support/zip.js'

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

/** An on-prem state dir with three past runs; the newest by created_at_utc is not the last by name. */
function onpremStateDir(): string {
  return makeStateDir([
    { folder: 'runs/20261127T052905Z', from: 'onprem', createdAt: '2026-11-27T05:29:06Z' },
    { folder: 'runs/20261120T052905Z', from: 'onprem', createdAt: '2026-11-20T05:29:06Z' },
    { folder: 'runs/20261101T052905Z', from: 'onprem', createdAt: '2026-11-01T05:29:06Z' }
  ])
}

const DISPATCH = { eventName: 'workflow_dispatch', payload: {} }

describe('run-dir selection (dist/index.js)', () => {
  it('takes latest from an artifact holding several run dirs', async () => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip: zipFolder(AWS) })
    server.artifacts.push({ id: 12, name: 'onprem-state', runId: RUN_ID, zip: zipFolder(onpremStateDir()) })
    const run = await runAction(server, { inputs: { 'left-artifact': 'aws-run', 'right-artifact': 'onprem-state', 'right-run-dir': 'latest' }, ...DISPATCH })

    expect([run.code, run.outputs['verdict']]).toEqual([0, 'pass'])
    expect(reportOf(run).findings).toEqual([])
  })

  it('takes a name per side, from artifacts and from folders on disk alike', async () => {
    const left = makeStateDir([
      { folder: '20261127T052901Z', createdAt: '2026-11-27T05:29:02Z' },
      { folder: '20261126T052901Z', createdAt: '2026-11-26T05:29:02Z' }
    ])
    server.artifacts.push({ id: 11, name: 'aws-state', runId: RUN_ID, zip: zipFolder(left) })
    const inputs = { 'left-run-dir': '20261127T052901Z', 'right-run-dir': '20261127T052905Z' }
    const fromArtifact = await runAction(server, { inputs: { ...inputs, 'left-artifact': 'aws-state', 'right-path': onpremStateDir() }, ...DISPATCH })
    const fromDisk = await runAction(server, { inputs: { ...inputs, 'left-path': left, 'right-path': onpremStateDir() }, ...DISPATCH })

    for (const run of [fromArtifact, fromDisk]) expect([run.code, run.outputs['verdict'], commands(run, 'error')]).toEqual([0, 'pass', []])
  })

  it('in path mode, finds the one run dir inside a folder, and refuses to guess among several naming the input', async () => {
    const nested = makeStateDir([{ folder: 'state/runs/20261127T052905Z', from: 'onprem', createdAt: '2026-11-27T05:29:06Z' }])
    const found = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': nested }, ...DISPATCH })
    expect([found.code, found.outputs['verdict']]).toEqual([0, 'pass'])

    const state = onpremStateDir()
    const several = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': state }, ...DISPATCH })
    const problem = `${state} holds 3 run dirs (runs/20261101T052905Z, runs/20261120T052905Z, runs/20261127T052905Z); set --right-run-dir / right-run-dir to one of them, or to latest for the newest created_at_utc`
    expect([several.code, several.outputs['verdict']]).toEqual([1, 'error'])
    expect(commands(several, 'error')[0]).toBe(`dualrun: ${problem}`)
    expect(reportOf(several).findings.map((f) => [f.kind, f.side, f.message])).toEqual([['unreadable', 'right', problem]])
  })

  it('applies run-dir to both sides, the per-side input taking precedence, and names the input that was set', async () => {
    const state = onpremStateDir()
    const shared = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': state, 'run-dir': 'latest', 'left-run-dir': '.' }, ...DISPATCH })
    expect([shared.code, shared.outputs['verdict']]).toEqual([0, 'pass'])

    const wrong = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': state, 'run-dir': '20261127T052095Z', 'left-run-dir': '.' }, ...DISPATCH })
    expect(commands(wrong, 'error')[0]).toBe(
      `dualrun: ${state}: --run-dir / run-dir '20261127T052095Z' is not a folder in it; run dirs there: runs/20261101T052905Z, runs/20261120T052905Z, runs/20261127T052905Z; did you mean 20261127T052905Z, 20261120T052905Z, 20261101T052905Z?`
    )
  })

  it('gives one error report for an unusable run dir from the CLI, path mode and artifact mode alike', async () => {
    const state = onpremStateDir()
    server.artifacts.push({ id: 12, name: 'onprem-state', runId: RUN_ID, zip: zipFolder(state) })
    const io = captureIO()
    const code = await runCli(['compare', AWS, state, '--allow-run-id-drift', '--left-label', 'aws', '--right-label', 'on-prem', '--format', 'json'], io)
    const fromCli = JSON.parse(io.out())
    const pathMode = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': state }, ...DISPATCH })
    const artifactMode = await runAction(server, { inputs: { 'left-path': AWS, 'right-artifact': 'onprem-state' }, ...DISPATCH })

    expect(code).toBe(2)
    expect(fromCli.verdict).toBe('error')
    expect(JSON.parse(readFileSync(pathMode.outputs['report']!, 'utf8'))).toEqual(fromCli)
    // Artifact mode names the artifact where the others name the folder; nothing else differs.
    const where = `artifact onprem-state in this run (${RUN_ID}) of octo/repo`
    const fromArtifact = readFileSync(artifactMode.outputs['report']!, 'utf8').replaceAll(where, state)
    expect(JSON.parse(fromArtifact)).toEqual(fromCli)
    for (const run of [pathMode, artifactMode]) expect([run.code, run.outputs['verdict'], run.outputs['errors']]).toEqual([1, 'error', '1'])
  })

  it('creates RUNNER_TEMP when the runner removed it', async () => {
    const missing = join(onpremStateDir(), 'no', 'such', 'temp')
    const run = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': onpremStateDir(), 'right-run-dir': 'latest' }, ...DISPATCH, env: { RUNNER_TEMP: missing } })
    expect([run.code, run.outputs['verdict']]).toEqual([0, 'pass'])
    expect(existsSync(run.outputs['report']!)).toBe(true)
    expect(run.outputs['report']!.startsWith(missing)).toBe(true)
  })
})
