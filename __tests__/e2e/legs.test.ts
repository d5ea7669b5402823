/**
 * End-to-end: the action with a legs manifest (issue 11), through the loopback GitHub. Three legs:
 * one passing, one drifted, one whose artifact does not exist. One verdict (the worst, `error`),
 * each leg's verdict in the `legs` output, exactly one comment and one check run, annotations
 * labelled by leg, and the artifact two legs share downloaded once.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AWS, CASES, ONPREM, PR, PR_EVENT, RUN_ID, commands, onlyCheckRun } from '../support/actionE2e.js'
import { FakeGitHub } from '../support/githubServer.js'
import { runAction } from '../support/runAction.js'
import { zipFolder } from '../support/zip.js'

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

const MANIFEST = [
  'legs:',
  '  - name: aws-onprem',
  '    left: { artifact: aws-run, label: aws }',
  '    right: { artifact: onprem-run, label: on-prem }',
  '  - name: aws-drifted',
  '    left: { artifact: aws-run, label: aws }',
  '    right: { artifact: drifted-run, label: dr }',
  '  - name: aws-standby',
  '    left: { artifact: aws-run, label: aws }',
  '    right: { artifact: standby-run, label: standby }',
  ''
].join('\n')

describe('legs (dist/index.js)', () => {
  it('gives one verdict, one comment and one check run over three legs, downloading a shared artifact once', async () => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip: zipFolder(AWS) })
    server.artifacts.push({ id: 12, name: 'onprem-run', runId: RUN_ID, zip: zipFolder(ONPREM, 'state/runs/20261127T052905Z/') })
    // The job-score case: its left is the base pair's aws side, its right has re-scored jobs.
    server.artifacts.push({ id: 13, name: 'drifted-run', runId: RUN_ID, zip: zipFolder(join(CASES, 'job-score/right')) })
    const run = await runAction(server, { inputs: { legs: MANIFEST }, ...PR_EVENT })

    expect(run.code).toBe(1)
    expect(run.outputs['verdict']).toBe('error')
    expect(JSON.parse(run.outputs['legs']!)).toEqual({ 'aws-onprem': 'pass', 'aws-drifted': 'fail', 'aws-standby': 'error' })
    expect(commands(run, 'error')).toContain(`dualrun: artifact standby-run not found in this run (${RUN_ID}) of octo/repo; artifacts there: aws-run, drifted-run, onprem-run`)
    expect(commands(run, 'error').at(-1)).toBe('dualrun: verdict error over 3 legs: 1 pass, 1 fail, 1 error (fail-on: error)')

    // The aggregate and each leg's report are on the runner.
    const aggregate = JSON.parse(readFileSync(run.outputs['report']!, 'utf8'))
    expect([aggregate.schema, aggregate.verdict, aggregate.legs.map((l: { name: string }) => l.name)]).toEqual(['dualrun-legs/v1', 'error', ['aws-onprem', 'aws-drifted', 'aws-standby']])

    // One comment, keyed apart from a single pair's, leading with the legs table.
    const comments = server.comments.get(PR) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith('<!-- dualrun:comment key=legs -->\n### ⛔ dualrun: ERROR — 3 legs: 1 pass, 1 fail, 1 error')).toBe(true)
    expect(comments[0]!.body).toContain("| <code>aws-drifted</code> | ❌ fail |")

    // One check run, completed as a failure, every annotation labelled by its leg.
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title]).toEqual(['completed', 'failure', 'error: 3 legs: 1 pass, 1 fail, 1 error'])
    const labels = new Set(check.annotations.map((a) => /^\[([^\]]+)\] /.exec(a.title ?? '')?.[1]))
    expect([...labels].sort()).toEqual(['aws-drifted', 'aws-standby'])
    expect(check.annotations.length).toBeGreaterThan(2)

    // aws-run is named by all three legs and downloaded once.
    expect(server.requestsTo('GET', /^\/blob\/artifacts\/11\.zip$/)).toHaveLength(1)
    expect(server.requestsTo('GET', /^\/blob\/artifacts\/12\.zip$/)).toHaveLength(1)
    // One job summary.
    expect(run.summary.match(/### ⛔ dualrun: ERROR — 3 legs/g)).toHaveLength(1)
  })

  it('refuses legs together with a side input, in one line', async () => {
    const run = await runAction(server, { inputs: { legs: MANIFEST, 'left-path': AWS }, eventName: 'workflow_dispatch', payload: {} })
    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual(['dualrun: input legs names every side in its manifest; drop left-path'])
    expect(run.outputs['verdict']).toBe('error')
  })
})
