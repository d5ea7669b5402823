import { finding } from '../core/model/findingKinds.js'
import { loadPolicy } from '../core/policy/loadPolicy.js'
import { buildReport } from '../core/model/report.js'
import type { Finding, Report, RunIdentity, Side } from '../core/model/types.js'
import type { ArtifactError } from './artifacts.js'

/** One side as acquired: the run dir on disk, or why its artifact cannot be used. */
export type AcquiredSide = { side: Side; label: string; path: string } | { side: Side; label: string; source: string; error: ArtifactError }

/** The findings for every side whose artifact cannot be used: one per problem, on the `run_dir` artifact. */
function unusableFindings(sides: AcquiredSide[]): Finding[] {
  return sides.flatMap((s) => ('error' in s ? s.error.problems.map((message) => finding(s.error.kind, { artifact: 'run_dir', side: s.side, message })) : []))
}

/**
 * The report when a run dir could not be acquired (artifact missing, expired, refused as unsafe or
 * over a limit): nothing was compared, every problem is a finding, and the verdict is `error`
 * (a required input is unusable), so outputs, summary, comment and check run say so like any report.
 */
export async function unusableRunReport(left: AcquiredSide, right: AcquiredSide, options: { allowRunIdDrift: boolean; policyFile?: string; schemasDir?: string }): Promise<Report> {
  const identity = (s: AcquiredSide): RunIdentity => ({ label: s.label, path: 'error' in s ? s.source : s.path, run_id: null })
  return buildReport({
    left: identity(left),
    right: identity(right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : 'builtin' },
    presence: [],
    findings: unusableFindings([left, right]),
    policy: await loadPolicy(options.policyFile),
    stats: [],
    files: []
  })
}
