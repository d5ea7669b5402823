import { fingerprint, sortFindings } from './findingKinds.js'
import type { Finding, PresenceRow, Report, ReportCounts, Verdict } from './model/types.js'
import { VERSION } from './model/version.js'

/**
 * The verdict, from typed load results: `error` when a required artifact (a presence row: the
 * policy's `required` kinds) is not present on some side, when the run dir itself has an
 * error-severity problem (a `run_dir` finding: a side that could not be acquired or listed, the
 * file limit cut), or when the comparison is `incomplete` (an artifact could not be compared);
 * everything else is still compared and reported. Else `fail` when any error-severity finding
 * remains, else `pass`.
 */
export function verdictOf(findings: readonly Finding[], presence: readonly PresenceRow[], incomplete = false): Verdict {
  if (incomplete || presence.some((row) => row.left !== 'present' || row.right !== 'present')) return 'error'
  const errors = findings.filter((f) => f.severity === 'error')
  if (errors.some((f) => f.artifact === 'run_dir')) return 'error'
  return errors.length > 0 ? 'fail' : 'pass'
}

/** Counts by severity and kind, and the number of changes (findings sharing a `change` id count once; one without is its own). */
export function countFindings(findings: readonly Finding[]): ReportCounts {
  const byKind: ReportCounts['byKind'] = {}
  const changes = new Set<string>()
  let unassigned = 0
  for (const f of findings) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1
    if (f.change !== undefined) changes.add(f.change)
    else unassigned++
  }
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors, total: findings.length, changes: changes.size + unassigned, byKind }
}

/** Assembles the report: findings in their total order, each with its fingerprint, counts and verdict derived from them, and the explain stage's causes and ranking. */
export function buildReport(
  parts: Omit<Report, 'schema' | 'tool' | 'verdict' | 'counts'> & {
    /** True when some artifact could not be compared at all (an internal failure, ranked outputs not looked for): the verdict is `error`. */
    incomplete?: boolean
  }
): Report {
  const findings = sortFindings(parts.findings)
  // Every finding carries its fingerprint; set in place (reports hold 100k findings, each already this report's own).
  for (const f of findings) f.fingerprint = fingerprint(f)
  return {
    schema: 'dualrun-report/v1',
    tool: { name: 'dualrun', version: VERSION },
    verdict: verdictOf(findings, parts.presence, parts.incomplete),
    left: parts.left,
    right: parts.right,
    options: parts.options,
    presence: parts.presence,
    findings,
    counts: countFindings(findings),
    policy: parts.policy,
    stats: parts.stats,
    files: parts.files,
    ...(parts.causes !== undefined ? { causes: parts.causes } : {}),
    ...(parts.ranking !== undefined ? { ranking: parts.ranking } : {})
  }
}
