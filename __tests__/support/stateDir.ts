import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './paths.js'

/** One run dir of a state dir: its folder (relative, may be nested) and the fixture run it copies, with its run_summary's created_at_utc. */
export interface StateRun {
  folder: string
  from?: 'aws' | 'onprem'
  createdAt: string
}

/**
 * A folder holding several run dirs, as a persistent on-prem host's state dir does: each a copy
 * of a fixture run with its own `created_at_utc`. Returns the folder.
 */
export function makeStateDir(runs: StateRun[], base = mkdtempSync(join(tmpdir(), 'dualrun-state-'))): string {
  for (const run of runs) {
    const target = join(base, run.folder)
    mkdirSync(join(target, '..'), { recursive: true })
    cpSync(join(REPO_ROOT, 'fixtures/runs', run.from ?? 'aws'), target, { recursive: true })
    const file = join(target, 'run_summary.v1.json')
    const summary = readFileSync(file, 'utf8')
    writeFileSync(file, summary.replace(/"created_at_utc":"[^"]*"/, `"created_at_utc":${JSON.stringify(run.createdAt)}`))
  }
  return base
}
