import type { Finding, Report } from '../core/model/types.js'
import { coverageSentence, groupByArtifact, PRESENCE_WORDS } from './format.js'
import { singleLine } from './markdownSafe.js'

/** Upstream compare_run_artifacts.py's first lines, kept exactly for scripts that grep them. */
export const PASS_LINE = 'PASS: dual-run deterministic comparison matched'
export const FAIL_LINE = 'FAIL: dual-run deterministic comparison failed'

/** One finding on one line: its kind, its pointer unless the message already names it, and the message (which carries both values). */
function findingLine(f: Finding): string {
  const kind = f.severity === 'error' ? f.kind : `${f.kind}, warning`
  const where = f.pointer !== undefined && f.pointer !== '' && !f.message.includes(f.pointer) ? `${f.pointer}: ` : ''
  // singleLine: untrusted values inside messages must not inject line breaks or terminal escapes.
  return singleLine(`  - [${kind}] ${where}${f.message}`)
}

/** How much ranked output was compared: files, items on each side, and how many files were byte-identical. */
function rankedLine(report: Report): string {
  const count = (side: 'leftItems' | 'rightItems'): number => report.stats.reduce((sum, s) => sum + (s[side] ?? 0), 0)
  const identical = report.stats.filter((s) => s.identicalBytes).length
  return `ranked: ${report.stats.length} file pair${report.stats.length === 1 ? '' : 's'} (${identical} byte-identical), ${count('leftItems')} / ${count('rightItems')} items`
}

/**
 * The text report: upstream's exact first line (and its PASS lines), then the verdict with
 * counts, the presence matrix and every finding grouped by artifact, one per line.
 */
export function renderText(report: Report): string {
  const lines: string[] = [report.verdict === 'pass' ? PASS_LINE : FAIL_LINE]
  if (report.verdict === 'pass') {
    lines.push(`left_run_dir=${report.left.path}`, `right_run_dir=${report.right.path}`, `allow_run_id_drift=${report.options.allowRunIdDrift ? 'True' : 'False'}`)
  }
  const { errors, warnings } = report.counts
  lines.push(
    '',
    `verdict: ${report.verdict} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
    `left:  ${report.left.label} run_id=${report.left.run_id ?? 'unknown'} ${report.left.path}`,
    `right: ${report.right.label} run_id=${report.right.run_id ?? 'unknown'} ${report.right.path}`,
    `policy: ${report.policy.name}; run-id drift ${report.options.allowRunIdDrift ? 'allowed' : 'not allowed'}; schemas ${report.options.schemas}`,
    rankedLine(report),
    `files: ${singleLine(coverageSentence(report.files))}`,
    ''
  )
  const width = Math.max(8, ...report.presence.map((row) => row.artifact.length))
  const col = Math.max(10, report.left.label.length + 2)
  lines.push(`${'presence'.padEnd(width)}  ${report.left.label.padEnd(col)}${report.right.label}`)
  for (const row of report.presence) lines.push(`${row.artifact.padEnd(width)}  ${PRESENCE_WORDS[row.left].padEnd(col)}${PRESENCE_WORDS[row.right]}`)
  for (const [artifact, group] of groupByArtifact(report.findings)) {
    lines.push('', `${artifact} (${group.length})`, ...group.map(findingLine))
  }
  return `${lines.join('\n')}\n`
}
