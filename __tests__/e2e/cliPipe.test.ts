/**
 * `dualrun compare … | head`: the reader closes the pipe before the report is written. The CLI
 * bundle ends quietly (no EPIPE stack trace) with the exit code of the verdict.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/paths.js'

const CASES = join(REPO_ROOT, 'fixtures/cases')

/** Runs dist/cli.js with a stdout whose reader goes away after `keepBytes` (0: before anything is read). */
function runClosingEarly(args: string[], keepBytes: number): Promise<{ code: number | null; stderr: string; read: number }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...args])
  let stderr = ''
  let read = 0
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  if (keepBytes === 0) child.stdout.destroy()
  else
    child.stdout.on('data', (d: Buffer) => {
      read += d.length
      if (read >= keepBytes) child.stdout.destroy()
    })
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, read })))
}

describe('dist/cli.js with a reader that closes early', () => {
  it.each([
    ['before anything is read', 0],
    ['after the first bytes', 16]
  ])('ends quietly %s, keeping the exit code of the verdict', async (_when, keepBytes) => {
    const drift = [join(CASES, 'job-score/left'), join(CASES, 'job-score/right')]
    const run = await runClosingEarly(['compare', ...drift, '--allow-run-id-drift', '--format', 'json'], keepBytes)
    expect([run.code, run.stderr]).toEqual([1, ''])
  })
})
