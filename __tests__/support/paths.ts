import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The shared upstream reference data (`../shared/upstream`), read-only. */
export const UPSTREAM = fileURLToPath(new URL('../../../shared/upstream/', import.meta.url))

/**
 * Prints one `[skip]` line for a suite, straight to stderr: jest swallows `console` output of a suite
 * whose tests are all skipped, and decorates the rest with a stack, so a bare clone would show nothing.
 */
export function skipNotice(suite: string, reason: string): void {
  process.stderr.write(`[skip] ${suite}: ${reason}\n`)
}

/**
 * True when the shared upstream data is present. When not, prints one notice naming the suite:
 * call it once per suite that reads {@link UPSTREAM}.
 */
export function upstreamAvailable(suite: string): boolean {
  if (existsSync(UPSTREAM)) return true
  skipNotice(suite, `${UPSTREAM} is absent, so the tests on real upstream runs are skipped`)
  return false
}

/** Collects what the CLI writes, for in-process CLI tests. */
export function captureIO(): { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean }; out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true) },
    out: () => out,
    err: () => err
  }
}
