/** `dualrun compare --legs`: a manifest of folders and zips, three legs (pass, drift, missing zip), one aggregate verdict. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'
import { zipFolder } from '../support/zip.js'
import { cli } from '../support/cli.js'

const legsSchema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/dualrun-legs.v1.schema.json'), 'utf8')) as object
const validateLegs = new Ajv({ allErrors: true, strict: true }).compile(legsSchema)

/** A manifest in a fresh folder: aws as a zip (used by two legs), onprem as a folder, a drifted case pair, and a zip that does not exist. */
function threeLegs(): { dir: string; manifest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dualrun-legs-cli-'))
  writeFileSync(join(dir, 'aws.zip'), zipFolder(join(REPO_ROOT, 'fixtures/runs/aws'), 'aws/'))
  const manifest = join(dir, 'legs.yml')
  writeFileSync(
    manifest,
    [
      'legs:',
      '  - name: aws-onprem',
      `    left: { zip: ${join(dir, 'aws.zip')}, label: aws }`,
      `    right: { path: ${join(REPO_ROOT, 'fixtures/runs/onprem')}, label: onprem }`,
      '  - name: aws-dr',
      `    left: { path: ${join(REPO_ROOT, 'fixtures/cases/job-score/left')}, label: aws }`,
      `    right: { path: ${join(REPO_ROOT, 'fixtures/cases/job-score/right')}, label: dr }`,
      '  - name: aws-standby',
      `    left: { zip: ${join(dir, 'aws.zip')}, label: aws }`,
      `    right: { zip: ${join(dir, 'standby.zip')}, label: standby }`
    ].join('\n')
  )
  return { dir, manifest }
}

describe('dualrun compare --legs', () => {
  it('writes every leg report and the aggregate, prints the table, and exits 2 for the error leg', async () => {
    const { dir, manifest } = threeLegs()
    const out = join(dir, 'out')
    const result = await cli('compare', '--legs', manifest, '--allow-run-id-drift', '--output', out)
    expect(result.err).toBe('')
    expect(result.code).toBe(2)

    const aggregate = JSON.parse(await readFile(join(out, 'dualrun-legs.json'), 'utf8'))
    expect(validateLegs(aggregate) ? [] : validateLegs.errors).toEqual([])
    expect(aggregate.verdict).toBe('error')
    expect(aggregate.counts).toMatchObject({ legs: 3, pass: 1, fail: 1, error: 1 })
    expect(aggregate.legs.map((l: { name: string; verdict: string; report: string }) => [l.name, l.verdict, l.report])).toEqual([
      ['aws-onprem', 'pass', join(out, 'aws-onprem.report.json')],
      ['aws-dr', 'fail', join(out, 'aws-dr.report.json')],
      ['aws-standby', 'error', join(out, 'aws-standby.report.json')]
    ])
    for (const leg of aggregate.legs) {
      const report = JSON.parse(await readFile(leg.report, 'utf8'))
      expect(reportSchemaErrors(report)).toEqual([])
      expect(report.verdict).toBe(leg.verdict)
      expect(report.counts.total).toBe(leg.counts.total)
    }
    const standby = JSON.parse(await readFile(join(out, 'aws-standby.report.json'), 'utf8'))
    expect(standby.findings.map((f: { kind: string; side: string; message: string }) => [f.kind, f.side, f.message])).toEqual([
      ['missing', 'right', `${join(dir, 'standby.zip')}: not found (expected a run dir, a folder holding run dirs, or a zip of one)`]
    ])

    const lines = result.out.split('\n')
    expect(lines[0]).toBe('dualrun legs: ERROR (3 legs: 1 pass, 1 fail, 1 error)')
    expect(lines[2]).toMatch(/^leg\s+verdict\s+top cause\s+changes$/)
    expect(lines[3]).toMatch(/^aws-onprem\s+pass\s+—\s+0 changes$/)
    expect(lines[4]).toMatch(/^aws-dr\s+fail\s+\+2 on final_score, score for 1 job in openai\/cs\s+1 change$/)
    // The top cause names the side by its label; the temp path's length decides where the cell is shortened.
    expect(lines[5]).toMatch(/^aws-standby\s+error\s+standby: \/.*standby\.zip: not found.*1 change$/)
    expect(result.out).toContain(`== aws-dr: fail (aws vs dr); report ${join(out, 'aws-dr.report.json')}`)
    expect(result.out).toContain('  - [job-score] /2/score: job daa66d13')
    expect(result.out).not.toContain('== aws-onprem')
  })

  it('prints the aggregate as JSON, without writing files, and follows --fail-on', async () => {
    const { manifest } = threeLegs()
    const json = await cli('compare', '--legs', manifest, '--allow-run-id-drift', '--format', 'json')
    expect(json.code).toBe(2)
    const aggregate = JSON.parse(json.out)
    expect(aggregate.legs.map((l: { report: null }) => l.report)).toEqual([null, null, null])
    expect((await cli('compare', '--legs', manifest, '--allow-run-id-drift', '--fail-on', 'never')).code).toBe(0)
  })

  it('exits 0 when every leg passes, and 1 when the worst leg fails', async () => {
    const { dir } = threeLegs()
    const manifest = join(dir, 'two.yml')
    const pair = (name: string, left: string, right: string) => [`  - name: ${name}`, `    left: { path: ${join(REPO_ROOT, left)} }`, `    right: { path: ${join(REPO_ROOT, right)} }`]
    writeFileSync(manifest, ['legs:', ...pair('a', 'fixtures/runs/aws', 'fixtures/runs/onprem'), ...pair('b', 'fixtures/runs/onprem', 'fixtures/runs/aws')].join('\n'))
    expect((await cli('compare', '--legs', manifest, '--allow-run-id-drift')).code).toBe(0)
    const failing = await cli('compare', '--legs', manifest, '--no-allow-run-id-drift')
    expect(failing.code).toBe(1)
    expect(failing.out.split('\n')[0]).toBe('dualrun legs: FAIL (2 legs: 2 fail)')
  })

  it.each([
    [['compare', '--legs', '/no/such/legs.yml'], 'dualrun: legs manifest /no/such/legs.yml: not found\n'],
    [['compare', 'a', '--legs', 'legs.yml'], 'dualrun: --legs takes the run dirs from the manifest; drop the 1 run directory given\n'],
    [['compare', '--legs', 'legs.yml', '--fail-on', 'sometimes'], "dualrun: --fail-on must be one of error, warning, never, got 'sometimes'\n"],
    [['compare', '--legs', 'legs.yml', '--max-parallel-legs', '0'], "dualrun: --max-parallel-legs must be a positive whole number; got '0'\n"]
  ])('refuses %j with one line (exit 2)', async (argv, expected) => {
    const { code, out, err } = await cli(...argv)
    expect([code, out, err]).toEqual([2, '', expected])
  })
})
