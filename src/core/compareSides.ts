import { compareRuns } from './compareRuns.js'
import { oneLine, type UnusableKind } from './model/errors.js'
import { finding } from './findingKinds.js'
import type { CompareOptions } from './model/options.js'
import { buildReport } from './report.js'
import type { Report, RunIdentity, Side } from './model/types.js'
import { loadPolicy } from './policy/loadPolicy.js'

/** The rule of each way a side can be unusable. */
const UNUSABLE_RULES: Record<UnusableKind, string> = { missing: 'missing/not-found', unreadable: 'unreadable/run-dir', 'unsafe-path': 'unsafe-path/not-followed' }

/** One side as acquired: the run dir on disk, or why it cannot be used. */
export type AcquiredSide =
  | { side: Side; label: string; path: string }
  | { side: Side; label: string; source: string; unusable: { kind: UnusableKind; problems: string[] } }

/** The side for an acquisition failure: `kind` and `problems` when the error carries them, else one `unreadable` problem. */
export function unusableSide(side: Side, label: string, source: string, error: unknown): AcquiredSide {
  const { kind, problems } = (error ?? {}) as { kind?: unknown; problems?: unknown }
  const known = kind === 'missing' || kind === 'unreadable' || kind === 'unsafe-path'
  const lines = Array.isArray(problems) && problems.every((p) => typeof p === 'string') && problems.length > 0 ? (problems as string[]) : [oneLine(error)]
  return { side, label, source, unusable: { kind: known ? kind : 'unreadable', problems: lines } }
}

/**
 * Compares two acquired sides: {@link compareRuns} when both run dirs are on disk, else the report
 * that says why not. Nothing was compared then; each problem is a finding on the `run_dir` artifact,
 * so the verdict is `error` and every surface shows the reason like any other report.
 */
export async function compareSides(left: AcquiredSide, right: AcquiredSide, options: Omit<CompareOptions, 'left' | 'right'>): Promise<Report> {
  if ('path' in left && 'path' in right) return compareRuns({ ...options, left: { path: left.path, label: left.label }, right: { path: right.path, label: right.label } })
  const identity = (s: AcquiredSide): RunIdentity => ({ label: s.label, path: 'path' in s ? s.path : s.source, run_id: null })
  return buildReport({
    left: identity(left),
    right: identity(right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : 'builtin' },
    presence: [],
    files: [],
    findings: [left, right].flatMap((s) => ('unusable' in s ? s.unusable.problems.map((message) => finding(s.unusable.kind, { artifact: 'run_dir', rule: UNUSABLE_RULES[s.unusable.kind], side: s.side, message })) : [])),
    policy: options.policy ?? (await loadPolicy(options.policyFile)),
    stats: []
  })
}
