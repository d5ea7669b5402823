/**
 * A bug in dualrun (simulated: the text renderer throws) is told apart from bad input: the CLI
 * exits 3 with one "internal error" line, never a stack, and still gives the report that was made,
 * as JSON on stdout.
 */
import { jest } from '@jest/globals'

jest.unstable_mockModule('../../src/render/text.js', () => ({
  PASS_LINE: 'PASS',
  FAIL_LINE: 'FAIL',
  findingLine: () => '',
  renderText: () => {
    throw new RangeError('Invalid array length\n    at renderText (/src/render/text.ts:1:2)')
  }
}))

const { runCli, EXIT } = await import('../../src/cli/main.js')
const { captureIO, REPO_ROOT } = await import('../support/paths.js')
const { join } = await import('node:path')

describe('an internal error in the CLI', () => {
  it('exits 3 with one line and the report that was made', async () => {
    const io = captureIO()
    const code = await runCli(['compare', join(REPO_ROOT, 'fixtures/runs/aws'), join(REPO_ROOT, 'fixtures/runs/onprem'), '--allow-run-id-drift'], io)
    expect(code).toBe(EXIT.internal)
    expect(code).toBe(3)
    expect(io.err()).toBe('dualrun: internal error: Invalid array length\n')
    const report = JSON.parse(io.out())
    expect([report.schema, report.verdict]).toEqual(['dualrun-report/v1', 'pass'])
  })

  it('keeps exit 2 for usage errors, on one line', async () => {
    const io = captureIO()
    expect(await runCli(['compare', 'only-one'], io)).toBe(EXIT.usage)
    expect(io.err()).toBe('dualrun: expected two run directories (LEFT RIGHT), got 1; dualrun --help shows the usage\n')
  })
})
