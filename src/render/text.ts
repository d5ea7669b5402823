import type { Cause, Finding, Report } from '../core/model/types.js'
import { causeCounts, changeCounts, coverageSentence, findingSentence, groupByArtifact, percent, PRESENCE_WORDS, presentEverywhere, STAGE_WORDS, tau, type RunLabels } from './format.js'
import { singleLine } from './markdownSafe.js'

/** Upstream compare_run_artifacts.py's first lines, kept exactly for scripts that grep them. */
export const PASS_LINE = 'PASS: dual-run deterministic comparison matched'
export const FAIL_LINE = 'FAIL: dual-run deterministic comparison failed'

/** One finding on one line (indented as a list item): its kind, then where (run label, file, pointer) and the message body (which carries both values). */
export function findingLine(runs: RunLabels, f: Finding): string {
  const kind = f.severity === 'error' ? f.kind : `${f.kind}, warning`
  // singleLine: untrusted values (labels, paths, pointers) must not inject line breaks or terminal escapes.
  return singleLine(`  - [${kind}] ${findingSentence(runs, f)}`)
}

/** How much ranked output was compared: files, items on each side, and how many files were byte-identical. */
function rankedLine(report: Report): string {
  const count = (side: 'leftItems' | 'rightItems'): number => report.stats.reduce((sum, s) => sum + (s[side] ?? 0), 0)
  const identical = report.stats.filter((s) => s.identicalBytes).length
  return `ranked: ${report.stats.length} file pair${report.stats.length === 1 ? '' : 's'} (${identical} byte-identical), ${count('leftItems')} / ${count('rightItems')} items`
}

/** A cause and its example (with both values), then its consequences indented below it. */
function causeLines(cause: Cause, prefix: string, indent: string): string[] {
  const lines = [singleLine(`${indent}${prefix}[${STAGE_WORDS[cause.stage]}] ${cause.title} — ${causeCounts(cause)}`)]
  const example = cause.examples[0]
  if (example !== undefined) lines.push(singleLine(`${indent}     e.g. ${example.explanation}`))
  for (const consequence of cause.consequences ?? []) lines.push(...causeLines(consequence, '→ ', `${indent}     `))
  return lines
}

/** One line per ranked list: jobs shared/added/removed, τ-b, top-N overlap, the largest move. */
function rankingLines(report: Report): string[] {
  const ranking = report.ranking ?? []
  if (ranking.length === 0) return []
  const width = Math.max(...ranking.map((s) => s.artifact.length))
  return [
    'ranking (Kendall tau-b over shared jobs; top-N overlap):',
    ...ranking.map((s) => {
      const move = s.maxShift[0]
      const moved = move !== undefined ? `; largest move ${move.job} ${move.left} -> ${move.right}` : ''
      return singleLine(
        `  ${s.artifact.padEnd(width)}  ${s.shared} shared, ${s.added} added, ${s.removed} removed; tau ${tau(s.kendallTau)}; top-10 ${percent(s.topOverlap['10'])}, top-50 ${percent(s.topOverlap['50'])}${moved}`
      )
    }),
    ''
  ]
}

/** The presence matrix: one line when every artifact is present on both sides, else only the rows that are not. */
function presenceLines(report: Report): string[] {
  if (presentEverywhere(report)) return [`presence: all ${report.presence.length} required artifacts present on both sides`]
  const rows = report.presence.filter((row) => row.left !== 'present' || row.right !== 'present')
  const width = Math.max(8, ...rows.map((row) => row.artifact.length))
  const col = Math.max(10, report.left.label.length + 2)
  return [
    `${'presence'.padEnd(width)}  ${report.left.label.padEnd(col)}${report.right.label}   (${report.presence.length - rows.length} more present on both sides)`,
    ...rows.map((row) => `${row.artifact.padEnd(width)}  ${PRESENCE_WORDS[row.left].padEnd(col)}${PRESENCE_WORDS[row.right]}`)
  ]
}

/**
 * The text report: upstream's exact first line (and its PASS lines), then the answer — the
 * verdict with its counts of changes and findings and the causes, most important first, each
 * with one example — then the details: runs, ranking statistics, presence and every finding
 * grouped by artifact in pipeline order, one per line.
 */
export function renderText(report: Report): string {
  const lines: string[] = [report.verdict === 'pass' ? PASS_LINE : FAIL_LINE]
  if (report.verdict === 'pass') {
    lines.push(`left_run_dir=${report.left.path}`, `right_run_dir=${report.right.path}`, `allow_run_id_drift=${report.options.allowRunIdDrift ? 'True' : 'False'}`)
  }
  lines.push('', `verdict: ${report.verdict} — ${changeCounts(report)}`)
  const causes = report.causes ?? []
  if (causes.length > 0) {
    lines.push('causes, most important first:')
    causes.forEach((cause, i) => lines.push(...causeLines(cause, `${i + 1}. `, '  ')))
  }
  lines.push(
    '',
    `left:  ${report.left.label} run_id=${report.left.run_id ?? 'unknown'} ${report.left.path}`,
    `right: ${report.right.label} run_id=${report.right.run_id ?? 'unknown'} ${report.right.path}`,
    `policy: ${report.policy.name}; run-id drift ${report.options.allowRunIdDrift ? 'allowed' : 'not allowed'}; schemas ${report.options.schemas}`,
    rankedLine(report),
    `files: ${singleLine(coverageSentence(report.files))}`,
    '',
    ...rankingLines(report),
    ...presenceLines(report)
  )
  for (const [artifact, group] of groupByArtifact(report.findings)) {
    lines.push('', `${artifact} (${group.length})`, ...group.map((f) => findingLine(report, f)))
  }
  return `${lines.join('\n')}\n`
}
