/**
 * Every fixture case (fixtures/cases/<name>/{left,right}, made by scripts/make-fixtures.mjs) against
 * its golden findings, plus the table's properties: swapping the runs mirrors the findings, and a
 * run compared with itself finds nothing. Golden files: __tests__/cases/golden/<name>.json (the
 * kitchen-sink case on every rendered surface: __tests__/render/surfaces.test.ts).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { Finding, Report } from '../../src/core/model/types.js'
import { expectGolden } from '../support/golden.js'
import { REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

const CASES = join(REPO_ROOT, 'fixtures/cases')
const names = readdirSync(CASES).filter((name) => statSync(join(CASES, name)).isDirectory())

async function compare(left: string, right: string): Promise<Report> {
  return compareRuns({ left: { path: left, label: 'aws' }, right: { path: right, label: 'onprem' }, allowRunIdDrift: true })
}

/** The fields that identify a finding (the message is checked through the text golden of kitchen-sink). */
function located(f: Finding): Omit<Finding, 'message'> {
  const { message: _message, ...rest } = f
  return rest
}

const MIRROR: Partial<Record<Finding['kind'], Finding['kind']>> = {
  'job-added': 'job-removed',
  'job-removed': 'job-added',
  'file-added': 'file-removed',
  'file-removed': 'file-added'
}

/** What a finding becomes when the runs swap sides. */
function mirrored(f: Finding): string {
  const m: Record<string, unknown> = { ...located(f), kind: MIRROR[f.kind] ?? f.kind, left: f.right, right: f.left }
  if (f.side !== undefined) m.side = f.side === 'left' ? 'right' : 'left'
  return JSON.stringify([m.kind, m.artifact, m.side, m.job, m.field, m.left, m.right])
}

describe('fixture cases', () => {
  it('covers every finding kind the fixtures can show', async () => {
    const kinds = new Set<string>()
    for (const name of names) for (const f of (await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))).findings) kinds.add(f.kind)
    // One case per kind (fixtures.test.ts holds the list); content-json is a second content case, kitchen-sink all at once.
    expect([...kinds].sort()).toEqual(names.filter((name) => name !== 'kitchen-sink' && name !== 'content-json').sort())
  })

  it.each(names)('%s: exactly the golden findings, a valid report', async (name) => {
    const report = await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))
    expect(reportSchemaErrors(report)).toEqual([])
    expectGolden(import.meta.url, `${name}.json`, `${JSON.stringify({ verdict: report.verdict, findings: report.findings.map(located) }, null, 2)}\n`)
  })

  it.each(names)('%s: swapping the runs mirrors the content findings', async (name) => {
    const forward = await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))
    const backward = await compare(join(CASES, name, 'right'), join(CASES, name, 'left'))
    // Moves and pointers depend on which side's order is the reference; compare what moved and changed.
    const content = (f: Finding) => f.kind !== 'job-moved' && !(f.kind === 'family' && /\bmoved\b/.test(f.message))
    expect(backward.findings.filter(content).map((f) => mirrored(f)).sort()).toEqual(
      forward.findings.filter(content).map((f) => JSON.stringify([f.kind, f.artifact, f.side, f.job, f.field, f.left, f.right])).sort()
    )
    expect(backward.verdict).toBe(forward.verdict)
  })

  it.each(names)('%s: each run compared with itself finds no differences', async (name) => {
    for (const side of ['left', 'right']) {
      const report = await compare(join(CASES, name, side), join(CASES, name, side))
      // Findings about one run alone (validity, run status, self-consistency) are not differences.
      const differences = report.findings.filter(
        (f) => !['missing', 'unreadable', 'schema', 'integrity', 'job-duplicate', 'job-identity', 'run-status', 'inconsistent', 'unrecorded'].includes(f.kind)
      )
      expect(differences).toEqual([])
    }
  })

})
