import { findingOf, type KindTable } from '../model/finding.js'
import { decodeUtf8 } from '../json/text.js'
import { describeValue, diffValues } from '../json/values.js'
import { MAX_LISTED_PER_FILE } from '../json/scan.js'
import { inexactNumberFindings, isCleanJson, parseArtifactJson, type ReadArtifact } from '../load/artifact.js'
import { makePointerNormalizer } from '../policy/normalize.js'
import type { FileClass } from '../policy/fileRules.js'
import type { RunDir } from '../acquire/runDir.js'
import type { ArtifactId, Finding, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'

type Pair<T> = Record<Side, T>

/** Most differing lines listed per text file; the last one says how many more differ. */
export const MAX_LISTED_LINES = 5

/** What comparing one content file of both runs gave: its findings and whether it differs. */
export interface ContentComparison {
  findings: Finding[]
  differs: boolean
  /** Sides whose file could not be used (bad JSON, too deep). */
  unusable: Side[]
}

/** The message suffix of the last listed item when more were found than listed. */
function more(i: number, listed: number, total: number, what: string): string {
  return i === listed - 1 && total > listed ? ` (and ${total - listed} more ${what} in this file)` : ''
}

/** The kinds the content comparison produces. */
export const CONTENT_KINDS = {
  content: {
    severity: 'error',
    category: 'content',
    stage: 'derived',
    description: 'a `content` file differs: a normalized JSON value (pointer), a text line (pointer `/<line>`, field `line`), or the bytes (field `sha256`)',
    fields: 'pointer, field?, left, right',
    rules: ['content/json', 'content/text', 'content/bytes']
  }
} as const satisfies KindTable

const finding = findingOf(CONTENT_KINDS)

/** JSON: normalized by the volatile keys (and drift keys) plus the rule's pointers, then one finding per changed value. */
function compareJson(artifact: ArtifactId, relPath: string, runs: Pair<RunDir>, reads: Pair<ReadArtifact>, cls: FileClass, compiled: CompiledPolicy): ContentComparison {
  const left = parseArtifactJson(artifact, runs.left, reads.left, { expectObject: false })
  const right = parseArtifactJson(artifact, runs.right, reads.right, { expectObject: false })
  const findings = [...left.findings, ...right.findings, ...inexactNumberFindings(artifact, left.inexact, right.inexact)]
  const unusable = (['left', 'right'] as const).filter((side) => (side === 'left' ? left : right).value === undefined)
  if (left.value === undefined || right.value === undefined) return { findings, differs: false, unusable }
  // Drift keys always go: run_id is the contract check's (one finding), as in the document diff.
  const normalize = makePointerNormalizer(compiled.documentDroppedKeys, cls.ignore)
  const differences = diffValues(normalize(left.value), normalize(right.value), { tolerance: compiled.policy.numericTolerance })
  const listed = differences.slice(0, MAX_LISTED_PER_FILE)
  listed.forEach((d, i) => {
    findings.push(
      finding('content', {
        artifact,
        rule: 'content/json',
        pointer: d.pointer,
        ...(d.left !== undefined ? { left: d.left } : {}),
        ...(d.right !== undefined ? { right: d.right } : {}),
        message: `${d.pointer === '' ? 'whole document: ' : ''}${describeValue(d.left)} != ${describeValue(d.right)}${more(i, listed.length, differences.length, 'differing values')}`
      })
    )
  })
  return { findings, differs: differences.length > 0, unusable: [] }
}

/** A side's text with its own run id masked (diff.md names the run; the contract check owns run_id). */
function masked(text: string, runId: string | null | undefined): string {
  return runId ? text.split(runId).join('<run_id>') : text
}

/** Most line edits the line diff looks for (its time grows with lines x edits); past that, lines are paired by position. */
export const MAX_LINE_EDITS = 500

/** A line of one side: its number (from 1) and text. */
interface Line {
  line: number
  text: string
}

/** One line difference of a text file: a line of each side (changed), or of one side only (removed: left, added: right); never neither. */
interface LineDifference {
  left?: Line
  right?: Line
}

/** Where a difference is: its left line, or the right one for an added line. */
const placeOf = (d: LineDifference): Line => (d.left ?? d.right) as Line

/** `count` lines of a side from index `from`, numbered. */
function numbered(lines: readonly string[], from: number, count: number): Line[] {
  return lines.slice(from, from + count).map((text, k) => ({ line: from + k + 1, text }))
}

/** A block of removed and added lines as differences: paired in order (changed lines), the rest one-sided. */
function blockDifferences(removed: readonly Line[], added: readonly Line[]): LineDifference[] {
  return Array.from({ length: Math.max(removed.length, added.length) }, (_, k) => {
    const left = removed[k]
    const right = added[k]
    return { ...(left !== undefined ? { left } : {}), ...(right !== undefined ? { right } : {}) }
  })
}

/**
 * The differing lines of two texts, in order: the lines between the common first and last lines
 * are diffed (Myers' algorithm, the `diff` package), so a line added or removed is one difference,
 * not a shift of every later line; each block of changes pairs its removed and added lines in
 * order. Over MAX_LINE_EDITS edits the lines in between are paired by position instead.
 */
async function differingLines(l: readonly string[], r: readonly string[]): Promise<LineDifference[]> {
  let head = 0
  while (head < l.length && head < r.length && l[head] === r[head]) head++
  let tail = 0
  while (tail < l.length - head && tail < r.length - head && l[l.length - 1 - tail] === r[r.length - 1 - tail]) tail++
  const left = l.slice(head, l.length - tail)
  const right = r.slice(head, r.length - tail)
  if (left.length === 0 || right.length === 0) return blockDifferences(numbered(l, head, left.length), numbered(r, head, right.length))
  const { diffArrays } = await import('diff/lib/diff/array.js')
  const parts = diffArrays(left, right, { maxEditLength: MAX_LINE_EDITS })
  if (parts === undefined) return blockDifferences(numbered(l, head, left.length), numbered(r, head, right.length)).filter((d) => d.left?.text !== d.right?.text)
  const differences: LineDifference[] = []
  let li = head
  let ri = head
  let removed: Line[] = []
  let added: Line[] = []
  for (const part of parts) {
    if (part.removed) {
      removed.push(...numbered(l, li, part.count))
      li += part.count
    } else if (part.added) {
      added.push(...numbered(r, ri, part.count))
      ri += part.count
    } else {
      differences.push(...blockDifferences(removed, added))
      removed = []
      added = []
      li += part.count
      ri += part.count
    }
  }
  differences.push(...blockDifferences(removed, added))
  return differences
}

/** The message of one line difference: a changed line (with both line numbers when they differ), or a line removed or added. */
function lineMessage(d: LineDifference): string {
  if (d.left !== undefined && d.right !== undefined) {
    const where = d.left.line === d.right.line ? `line ${d.left.line}` : `line ${d.left.line} (now line ${d.right.line})`
    return `${where}: ${describeValue(d.left.text)} != ${describeValue(d.right.text)}`
  }
  return `line ${placeOf(d).line} ${d.left !== undefined ? 'removed' : 'added'}: ${describeValue(placeOf(d).text)}`
}

/**
 * Text: one finding per differing line (see `differingLines`), the first MAX_LISTED_LINES listed
 * with their line number (pointer `/<line>`: the left one, or the right one for an added line) and
 * both lines, the last with how many more.
 */
async function compareText(artifact: ArtifactId, texts: Pair<string>): Promise<ContentComparison> {
  const differing = await differingLines(texts.left.split(/\r?\n/), texts.right.split(/\r?\n/))
  const listed = differing.slice(0, MAX_LISTED_LINES)
  const findings = listed.map((d, i) =>
    finding('content', {
      artifact,
      rule: 'content/text',
      pointer: `/${placeOf(d).line}`,
      field: 'line',
      ...(d.left !== undefined ? { left: d.left.text } : {}),
      ...(d.right !== undefined ? { right: d.right.text } : {}),
      message: `${lineMessage(d)}${more(i, listed.length, differing.length, 'differing lines')}`
    })
  )
  return { findings, differs: differing.length > 0, unusable: [] }
}

/**
 * Compares one `content` file present on both sides: `.json` files as normalized JSON (every file
 * gets the exactness scan), other UTF-8 files line by line (each side's own run id masked; see `differingLines`),
 * anything else by sha256. Byte-identical JSON is scanned once and not parsed when that scan
 * finds it clean; otherwise both sides are parsed, so duplicate keys and inexact numbers are
 * reported on each side.
 */
export async function compareContentFile(
  artifact: ArtifactId,
  relPath: string,
  runs: Pair<RunDir>,
  reads: Pair<ReadArtifact>,
  hashes: Pair<Promise<string>>,
  cls: FileClass,
  compiled: CompiledPolicy,
  runIds: Pair<string | null>
): Promise<ContentComparison> {
  const lb = reads.left.bytes as Buffer
  const rb = reads.right.bytes as Buffer
  if (relPath.endsWith('.json')) {
    if (lb.equals(rb) && isCleanJson(lb)) return { findings: [], differs: false, unusable: [] }
    return compareJson(artifact, relPath, runs, reads, cls, compiled)
  }
  if (lb.equals(rb)) return { findings: [], differs: false, unusable: [] }
  const ld = decodeUtf8(lb)
  const rd = decodeUtf8(rb)
  if (ld.ok && rd.ok) {
    return compareText(artifact, { left: masked(ld.value.text, runIds.left), right: masked(rd.value.text, runIds.right) })
  }
  const [left, right] = await Promise.all([hashes.left, hashes.right])
  return {
    findings: [finding('content', { artifact, rule: 'content/bytes', field: 'sha256', left, right, message: `bytes differ (sha256 ${left} != ${right})` })],
    differs: true,
    unusable: []
  }
}
