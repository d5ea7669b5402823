/**
 * The committed CLI bundle on its own: `dist/` copied to a folder with no node_modules anywhere
 * above it, run with `node`, through every lazily loaded chunk (YAML policy, user schemas with
 * Ajv, jsondiffpatch document diffs, the markdown and HTML renderers).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../support/paths.js'

const alone = mkdtempSync(join(tmpdir(), 'dualrun-dist-'))
cpSync(join(REPO_ROOT, 'dist'), join(alone, 'dist'), { recursive: true })
const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
const CASES = join(REPO_ROOT, 'fixtures/cases')

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(alone, 'dist/cli.js'), ...args], { encoding: 'utf8', cwd: alone })
}

describe('dist/cli.js without node_modules', () => {
  it('passes the fixture pair (exit 0)', () => {
    const run = cli('compare', AWS, ONPREM, '--allow-run-id-drift')
    expect([run.status, run.stdout.split('\n')[0], run.stderr]).toEqual([0, 'PASS: dual-run deterministic comparison matched', ''])
  })

  it('loads a YAML policy (the yaml chunk)', () => {
    const policy = join(alone, 'policy.yml')
    writeFileSync(policy, 'name: relaxed\nordering: ties-may-swap\n')
    const run = cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--policy', policy, '--format', 'json')
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(run.stdout).policy).toMatchObject({ name: 'relaxed', ordering: 'ties-may-swap' })
  })

  it('diffs documents (the jsondiffpatch chunk) and renders markdown (the markdown chunk)', () => {
    const run = cli('compare', join(CASES, 'document/left'), join(CASES, 'document/right'), '--allow-run-id-drift', '--format', 'markdown')
    expect([run.status, run.stderr]).toEqual([1, ''])
    expect(run.stdout).toContain('/phases/publish/status')
  })

  it('renders the HTML page (the html chunk)', () => {
    const run = cli('compare', join(CASES, 'job-moved/left'), join(CASES, 'job-moved/right'), '--allow-run-id-drift', '--format', 'html')
    expect([run.status, run.stderr]).toEqual([1, ''])
    expect(run.stdout).toContain('data-kind="job-moved"')
  })

  const withUpstream = upstreamAvailable('distCli --schemas') ? it : it.skip
  withUpstream("validates with the user's schemas (the Ajv chunk)", () => {
    const run = cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--schemas', join(UPSTREAM, 'schemas'), '--format', 'json')
    expect([run.status, run.stderr]).toEqual([1, ''])
    expect(JSON.parse(run.stdout).counts.byKind).toEqual({ schema: 4 })
  })

  it('npm run demo shows a PASS, then a FAIL, and exits 0', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/demo.mjs')], { encoding: 'utf8', cwd: REPO_ROOT })
    expect(run.status).toBe(0)
    const firstLines = run.stdout.split('\n').filter((line) => /^(PASS|FAIL): dual-run/.test(line))
    expect(firstLines).toEqual(['PASS: dual-run deterministic comparison matched', 'FAIL: dual-run deterministic comparison failed'])
    expect(run.stdout).toContain('(exit status 1: fail)')
  })
})
