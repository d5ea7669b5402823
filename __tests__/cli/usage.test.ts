/**
 * The CLI as a new user meets it (issue 13.4): help in every spelling, a one-line version, an
 * unknown option answered in one line with the closest ones, --fail-on, the verdict line on
 * stderr when the report goes to a file, the shared defaults (and upstream's in the drop-in
 * form), and messages that name both the flag and the action input.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { USAGE } from '../../src/cli/main.js'
import { VERSION } from '../../src/core/model/version.js'
import { REPO_ROOT } from '../support/paths.js'
import { cli } from '../support/cli.js'

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
const SINK = join(REPO_ROOT, 'fixtures/cases/kitchen-sink')

describe('dualrun CLI usage', () => {
  it.each([['help'], ['-h'], ['--help'], ['compare', '--help']])('prints the usage for %j', async (...argv) => {
    expect(await cli(...argv)).toEqual({ code: 0, out: USAGE, err: '' })
  })

  it.each([['-V'], ['--version']])('prints the version on one line for %s', async (flag) => {
    expect(await cli(flag)).toEqual({ code: 0, out: `dualrun ${VERSION}\n`, err: '' })
  })

  it('answers an unknown option with one line naming the closest ones', async () => {
    expect(await cli('compare', AWS, ONPREM, '--fail-of', 'warning')).toEqual({ code: 2, out: '', err: "dualrun: unknown option '--fail-of'; did you mean --fail-on? (dualrun --help lists the options)\n" })
    expect((await cli('compare', AWS, ONPREM, '--left-rundir', 'x')).err).toBe(
      "dualrun: unknown option '--left-rundir'; did you mean --left-run-dir, --right-run-dir? (dualrun --help lists the options)\n"
    )
  })

  it('gates the exit status with --fail-on', async () => {
    expect((await cli('compare', join(SINK, 'left'), join(SINK, 'right'))).code).toBe(1)
    expect((await cli('compare', join(SINK, 'left'), join(SINK, 'right'), '--fail-on', 'never')).code).toBe(0)
    expect((await cli('compare', AWS, ONPREM, '--fail-on', 'warning')).code).toBe(0)
    expect(await cli('compare', AWS, ONPREM, '--fail-on', 'always')).toEqual({ code: 2, out: '', err: "dualrun: --fail-on must be one of error, warning, never, got 'always'\n" })
  })

  it('prints the verdict line on stderr when the report goes to --output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dualrun-usage-')), 'report.json')
    const { code, out, err } = await cli('compare', join(SINK, 'left'), join(SINK, 'right'), '--format', 'json', '--output', file)
    const report = JSON.parse(readFileSync(file, 'utf8'))
    expect([code, out]).toEqual([1, ''])
    expect(err).toBe(`dualrun: fail (${report.counts.errors} errors, ${report.counts.warnings} warnings); report written to ${file}\n`)
  })

  it('takes the shared defaults in compare (drift allowed, aws / on-prem) and upstream’s in the drop-in form', async () => {
    const compared = await cli('compare', AWS, ONPREM, '--format', 'json')
    const report = JSON.parse(compared.out)
    expect([compared.code, report.options.allowRunIdDrift, report.left.label, report.right.label]).toEqual([0, true, 'aws', 'on-prem'])
    const dropIn = await cli(AWS, ONPREM, '--format', 'json')
    const upstream = JSON.parse(dropIn.out)
    expect([dropIn.code, upstream.options.allowRunIdDrift, upstream.left.label, upstream.right.label]).toEqual([1, false, 'left', 'right'])
    expect((await cli(AWS, ONPREM, '--allow-run-id-drift')).code).toBe(0)
    expect(await cli('compare', AWS, ONPREM, '--allow-run-id-drift', '--no-allow-run-id-drift')).toEqual({ code: 2, out: '', err: 'dualrun: give --allow-run-id-drift or --no-allow-run-id-drift, not both\n' })
  })

  it('names the flag and the action input in the run_id finding', async () => {
    const { out } = await cli('compare', AWS, ONPREM, '--no-allow-run-id-drift')
    expect(out).toContain(
      'run_id differs ("2026-11-27T05:29:01Z" != "2026-11-27T05:29:05Z"); set --allow-run-id-drift / allow-run-id-drift for deterministic equivalent runs'
    )
  })
})
