/**
 * Every fixture case (fixtures/cases/<name>/{left,right}, made by scripts/make-fixtures.mjs) against
 * its golden findings, plus the table's properties: swapping the runs mirrors the findings, and a
 * run compared with itself finds nothing. Golden files: __tests__/cases/golden/<name>.json (the
 * kitchen-sink case on every rendered surface: __tests__/render/surfaces.test.ts).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compareRuns } from '../../src/core/compareRuns.js'
import { FINDING_KINDS, fingerprint } from '../../src/core/findingKinds.js'
import type { Finding, Report } from '../../src/core/model/types.js'
import { expectGolden } from '../support/golden.js'
import { REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

const CASES = join(REPO_ROOT, 'fixtures/cases')
const names = readdirSync(CASES).filter((name) => statSync(join(CASES, name)).isDirectory())

async function compare(left: string, right: string): Promise<Report> {
  return compareRuns({ left: { path: left, label: 'aws' }, right: { path: right, label: 'onprem' }, allowRunIdDrift: true })
}

/** The fields that identify a finding (the message is checked through the text golden of kitchen-sink; the fingerprint hashes these fields). */
function located(f: Finding): Omit<Finding, 'message' | 'fingerprint'> {
  const { message: _message, fingerprint: _fingerprint, ...rest } = f
  return rest
}

/**
 * Findings that do not mirror when the runs swap sides, by kind or rule, each with its reason
 * (like oasdiff's rule_symmetry_test): the symmetry test leaves them out.
 */
const NOT_MIRRORED: Record<string, string> = {
  'job-moved': 'which job moved is relative to the reference order: swapping the runs may name the other job of a swap',
  'family/moved': 'as job-moved, for families'
}

/**
 * Kinds that are about one run alone, not a difference between the two, each with its reason: a
 * run compared with itself may still show them.
 */
const NOT_DIFFERENCES: Record<string, string> = {
  missing: 'a required file absent from the run itself',
  unreadable: 'a file of the run that cannot be used',
  schema: "a document of the run that violates its schema",
  integrity: 'a file of the run that differs from its own recorded sha256',
  'job-duplicate': 'a ranked list of the run that repeats an identity',
  'job-identity': 'a ranked row of the run without identity',
  'run-status': 'the run itself did not succeed',
  inconsistent: 'the run disagrees with itself',
  unrecorded: "a ranked file the run's own run_summary does not list"
}

const waived = (table: Record<string, string>, f: Finding): boolean => f.kind in table || (f.rule !== undefined && f.rule in table)

/** The kind a finding becomes when the runs swap sides (added and removed trade places). */
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

  it('waives only kinds and rules the registry has, each with a reason', () => {
    const known = new Set([...Object.keys(FINDING_KINDS), ...Object.values(FINDING_KINDS).flatMap((info) => info.rules)])
    for (const [id, reason] of Object.entries({ ...NOT_MIRRORED, ...NOT_DIFFERENCES })) {
      expect(known.has(id)).toBe(true)
      expect(reason.length).toBeGreaterThan(10)
    }
  })

  it('gives each finding a rule its kind lists, and a fingerprint stable across machines', async () => {
    for (const name of names) {
      const report = await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))
      for (const f of report.findings) {
        if (f.rule !== undefined) expect(FINDING_KINDS[f.kind].rules).toContain(f.rule)
        if (f.kind === 'family' || f.kind === 'unreadable' || f.kind === 'content' || f.kind === 'integrity') expect(f.rule).toBeDefined()
        expect(f.fingerprint).toBe(fingerprint(f))
      }
    }
  })

  it.each(names)('%s: exactly the golden findings, a valid report', async (name) => {
    const report = await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))
    expect(reportSchemaErrors(report)).toEqual([])
    expectGolden(import.meta.url, `${name}.json`, `${JSON.stringify({ verdict: report.verdict, findings: report.findings.map(located) }, null, 2)}\n`)
  })

  it.each(names)('%s: swapping the runs mirrors the content findings', async (name) => {
    const forward = await compare(join(CASES, name, 'left'), join(CASES, name, 'right'))
    const backward = await compare(join(CASES, name, 'right'), join(CASES, name, 'left'))
    const content = (f: Finding) => !waived(NOT_MIRRORED, f)
    expect(backward.findings.filter(content).map((f) => mirrored(f)).sort()).toEqual(
      forward.findings.filter(content).map((f) => JSON.stringify([f.kind, f.artifact, f.side, f.job, f.field, f.left, f.right])).sort()
    )
    expect(backward.verdict).toBe(forward.verdict)
  })

  it.each(names)('%s: each run compared with itself finds no differences', async (name) => {
    for (const side of ['left', 'right']) {
      const report = await compare(join(CASES, name, side), join(CASES, name, side))
      const differences = report.findings.filter((f) => !waived(NOT_DIFFERENCES, f))
      expect(differences).toEqual([])
    }
  })

})
