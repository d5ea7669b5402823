/** The whole CLI, in-process, on the bundled fixture pair: arguments, formats, exit codes, errors. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, USAGE } from '../../src/cli/main.js'
import { FAIL_LINE, PASS_LINE } from '../../src/render/text.js'
import { captureIO, REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
const CASES = join(REPO_ROOT, 'fixtures/cases')

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO()
  const code = await runCli(argv, io)
  return { code, out: io.out(), err: io.err() }
}

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
    const { code, out, err } = await cli('compare', AWS, ONPREM, '--format', 'json')
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
    expect(html).toContain('<h1>dualrun: FAIL — left vs right</h1>')
    expect(html).toContain('data-kind="job-score"')
  })

  it.each([
    [['compare', AWS], 'dualrun: expected two run directories, got 1'],
    [['compare', AWS, ONPREM, '--format', 'yaml'], "dualrun: --format must be one of text, json, markdown, html, got 'yaml'"],
    [['compare', AWS, ONPREM, '--strict'], "dualrun: Unknown option '--strict'"],
    [['compare', AWS, ONPREM, '--max-files', 'many'], "dualrun: --max-files must be a positive whole number, got 'many'"],
    [['compare', AWS, ONPREM, '--max-file-size', 'huge'], "dualrun: --max-file-size must be a whole number of bytes (1048576) or a number with a unit"],
    [['compare', AWS, join(CASES, 'no-such-dir')], `dualrun: right run dir ${join(CASES, 'no-such-dir')}: not found or not readable`],
    [['compare', AWS, ONPREM, '--policy', join(CASES, 'missing-policy.yml')], `dualrun: policy ${join(CASES, 'missing-policy.yml')}: `]
  ])('exits 2 with one clear line for %j', async (argv, first) => {
    const { code, out, err } = await cli(...argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err.split('\n')[0]).toContain(first)
    expect(err).not.toMatch(/\n\s+at /)
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
})
