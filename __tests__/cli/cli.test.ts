/** The whole CLI, in-process, on the bundled fixture pair: arguments, formats, exit codes, errors. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { USAGE } from '../../src/cli/main.js'
import { FAIL_LINE, PASS_LINE } from '../../src/render/text.js'
import { REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'
import { makeStateDir } from '../support/stateDir.js'
import { zipFolder } from '../support/zip.js'
import { cli } from '../support/cli.js'

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
const CASES = join(REPO_ROOT, 'fixtures/cases')

describe('dualrun CLI', () => {
  it('passes the fixture pair with drift allowed (exit 0, upstream PASS line)', async () => {
    const { code, out, err } = await cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--left-label', 'aws', '--right-label', 'onprem')
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out.split('\n')[0]).toBe(PASS_LINE)
    expect(out).toContain('verdict: pass — 0 changes (0 findings)')
    expect(out).toContain('presence: all 9 required artifacts present on both sides')
  })

  it('fails without drift (exit 1) and names the run_id values', async () => {
    const { code, out } = await cli(AWS, ONPREM)
    expect(code).toBe(1)
    expect(out.split('\n')[0]).toBe(FAIL_LINE)
    expect(out).toContain('run_id differs ("2026-11-27T05:29:01Z" != "2026-11-27T05:29:05Z")')
  })

  it('prints only the report on stdout with --format json, valid against the report schema', async () => {
    const { code, out, err } = await cli('compare', AWS, ONPREM, '--format', 'json', '--no-allow-run-id-drift')
    expect(code).toBe(1)
    expect(err).toBe('')
    const report = JSON.parse(out)
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report).toMatchObject({ schema: 'dualrun-report/v1', verdict: 'fail', counts: { errors: 1, total: 1 } })
  })

  it('writes markdown to --output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dualrun-cli-')), 'report.md')
    const { code, out } = await cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--format', 'markdown', '--output', file)
    expect(code).toBe(0)
    expect(out).toBe('')
    expect(readFileSync(file, 'utf8')).toContain('PASS')
  })

  it('writes the HTML report to --output: one page that leads with the verdict', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dualrun-cli-')), 'report.html')
    const { code, out } = await cli('compare', join(CASES, 'job-score/left'), join(CASES, 'job-score/right'), '--allow-run-id-drift', '--format', 'html', '--output', file)
    const html = readFileSync(file, 'utf8')
    expect([code, out]).toEqual([1, ''])
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<h1>dualrun: FAIL — aws vs on-prem</h1>')
    expect(html).toContain('data-kind="job-score"')
  })

  it.each([
    [['compare', AWS], 'dualrun: expected two run directories (LEFT RIGHT), got 1; dualrun --help shows the usage'],
    [['compare', AWS, ONPREM, '--format', 'yaml'], "dualrun: --format must be one of text, json, markdown, html, got 'yaml'"],
    [['compare', AWS, ONPREM, '--strict'], "dualrun: unknown option '--strict' (dualrun --help lists the options)"],
    [['compare', AWS, ONPREM, '--max-files', 'many'], "dualrun: --max-files must be a positive whole number; got 'many'"],
    [['compare', AWS, ONPREM, '--max-files', '010'], "dualrun: --max-files must be a positive whole number; got '010'"],
    [['compare', AWS, ONPREM, '--max-total-size', '1x'], "dualrun: --max-total-size must be a whole number of bytes"],
    [['compare', AWS, ONPREM, '--max-total-size', '1GB', '--max-artifact-size', '2GB'], 'dualrun: --max-artifact-size and --max-total-size are one setting'],
    [['compare', AWS, ONPREM, '--max-file-size', 'huge'], "dualrun: --max-file-size must be a whole number of bytes (1048576) or a number with a unit"],
    [['compare', AWS, ONPREM, '--policy', join(CASES, 'missing-policy.yml')], `dualrun: policy ${join(CASES, 'missing-policy.yml')}: `]
  ])('exits 2 with one clear line for %j', async (argv, first) => {
    const { code, out, err } = await cli(...argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err.split('\n')[0]).toContain(first)
    expect(err.split('\n')).toHaveLength(2)
  })

  it('refuses files over --max-file-size as unreadable (verdict error, exit 2), naming the limit', async () => {
    const { code, out } = await cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--max-file-size', '2KB', '--format', 'json')
    expect(code).toBe(2)
    const report = JSON.parse(out)
    expect(report.verdict).toBe('error')
    const over = report.findings.find((f: { artifact: string; side: string }) => f.artifact === 'ranked_json:openai:cs' && f.side === 'left')
    expect(over.path).toBe('openai/cs/openai_ranked_jobs.cs.json')
    expect(over.message).toMatch(/^is \d+ bytes, over the per-file limit of 2000/)
  })

  it('prints usage and version', async () => {
    expect(await cli('--help')).toEqual({ code: 0, out: USAGE, err: '' })
    expect((await cli('--version')).out).toMatch(/^dualrun \d+\.\d+\.\d+\n$/)
  })

  it('compares two zips directly (a run dir at the top of one, nested in the other)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualrun-cli-zips-'))
    writeFileSync(join(dir, 'aws-run.zip'), zipFolder(AWS))
    writeFileSync(join(dir, 'onprem-run.zip'), zipFolder(ONPREM, 'state/runs/20261127T052905Z/'))
    const { code, out, err } = await cli('compare', join(dir, 'aws-run.zip'), join(dir, 'onprem-run.zip'), '--allow-run-id-drift')
    expect([code, err]).toEqual([0, ''])
    expect(out.split('\n')[0]).toBe(PASS_LINE)
    // The extracted copies are removed once compared.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('dualrun-run-') && existsSync(join(tmpdir(), name, 'state')))).toEqual([])
  })

  it('picks a run dir per side from folders of run dirs: by name, and latest', async () => {
    const left = makeStateDir([
      { folder: '20261127T052901Z', createdAt: '2026-11-27T05:29:02Z' },
      { folder: '20261126T052901Z', createdAt: '2026-11-26T05:29:02Z' }
    ])
    const right = makeStateDir([
      { folder: 'runs/20261127T052905Z', from: 'onprem', createdAt: '2026-11-27T05:29:06Z' },
      { folder: 'runs/20261120T052905Z', from: 'onprem', createdAt: '2026-11-20T05:29:06Z' }
    ])
    const chosen = await cli('compare', left, right, '--allow-run-id-drift', '--left-run-dir', '20261127T052901Z', '--right-run-dir', 'latest', '--format', 'json')
    expect(chosen.code).toBe(0)
    const report = JSON.parse(chosen.out)
    expect([report.left.path, report.right.path]).toEqual([join(left, '20261127T052901Z'), join(right, 'runs/20261127T052905Z')])
    // --run-dir applies to both sides; a side's own flag takes precedence.
    const both = await cli('compare', left, right, '--allow-run-id-drift', '--run-dir', 'latest', '--format', 'json')
    expect(JSON.parse(both.out).left.path).toBe(join(left, '20261127T052901Z'))
    // Without a choice: an error report naming the flag of that side and what was found.
    const unchosen = await cli('compare', left, right, '--allow-run-id-drift', '--right-run-dir', 'latest')
    expect(unchosen.code).toBe(2)
    expect(unchosen.err).toBe(
      `dualrun: ${left} holds 2 run dirs (20261126T052901Z, 20261127T052901Z); set --left-run-dir / left-run-dir to one of them, or to latest for the newest created_at_utc\n`
    )
  })
})
