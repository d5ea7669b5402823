import { createHash } from 'node:crypto'
import { pickedList, scanPlainJson, type RowKeys } from '../json/listScan.js'
import { decodeUtf8 } from '../json/text.js'
import { firstLine } from '../model/errors.js'
import { compilePolicy, type CompiledPolicy } from '../policy/normalize.js'
import type { SideInexactNumbers } from '../load/artifact.js'
import type { ArtifactId, EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { csvProblems, familyJobRefs, jsonJobs, type FamilyJobRefs, type Problem } from './consistency.js'
import { identityOf, type RankedInspection } from './keyedList.js'
import { csvSpec, inspectCsvSide, keyedCsvRows, readCsv, type CsvSide } from './rankedCsv.js'
import { compactRows, type CompactRows } from './compactRows.js'
import { stringColumn, type StringColumn } from './stringColumn.js'
import { FAMILIES } from './rankedFamilies.js'
import { JOBS } from './rankedJobs.js'
import { inspectPreparedSide, prepareSide, type RankedJsonFlavour } from './rankedJson.js'

/**
 * The per-side half of comparing one provider/profile's ranked files, run on a worker thread (one
 * per side, so both sides are checked at once) or inline. A task checks one side's ranked JSON
 * without parsing it (a list scan of its bytes, then the plain path's functions on what it copied
 * out: same findings) and its CSV with the plain path's parser, and returns only a compact
 * projection: findings, per-row identity, rank, title, primary score and byte range. No tree
 * leaves the task; the caller compares rows by their bytes and parses only rows that differ.
 */

/** What every task needs besides its files (plain data: it is posted to a worker). */
export interface SideTaskContext {
  side: Side
  policy: EffectivePolicy
  allowRunIdDrift: boolean
}

/** One file of a task: its artifact, run-dir relative path and bytes (shared memory for large files). */
export interface TaskFile {
  artifact: ArtifactId
  relPath: string
  bytes: Uint8Array
}

/**
 * A task: one side's ranked JSON with its CSV (checked against each other), or one side's families
 * file. `jsonOnce` / `csvOnce`: the other side's file has the same bytes, so this side's is inspected alone here.
 */
export type SideTask =
  | { op: 'jobs'; ctx: SideTaskContext; jobs: TaskFile; csv: TaskFile; jsonOnce?: boolean; csvOnce?: boolean }
  | { op: 'families'; ctx: SideTaskContext; families: TaskFile; jsonOnce?: boolean }

/** One ranked JSON side, reduced: its keyed rows as columns, each row's byte range, and what checking and preparing found. */
export interface CompactJsonSide {
  sha256: string
  /** Parse findings (byte-order mark, inexact numbers come separately). */
  parseFindings: Finding[]
  inexact?: SideInexactNumbers
  /** Findings about the side's rows alone (non-object entries, rows without identity, rows too deep). */
  rowFindings: Finding[]
  items: number
  listPointer: string
  rows: CompactRows
  start: Float64Array
  end: Float64Array
}

/**
 * One CSV side, reduced: header, findings, where each row lies in the file's bytes (`bounds`,
 * header first, as `CsvSide.bounds` in bytes) and the line break it was read with, and its rows
 * keyed over its own header (`keyedCsvRows`) with their findings, which the comparison uses when
 * the other side's header is the same.
 */
export interface CompactCsvSide {
  sha256: string
  header: string[]
  columns: [string, number][]
  findings: Finding[]
  items: number
  bounds: Float64Array
  linebreak: string
  rows: CompactRows
  rowFindings: Finding[]
}

/** A ranked JSON whose bytes are the same on both sides, inspected alone on the task's thread (as `inspectPreparedSide` does), with its parse findings. */
export type InspectedJsonSide = Pick<CompactJsonSide, 'sha256' | 'parseFindings' | 'inexact'> & { inspected: RankedInspection }

/** A CSV whose bytes are the same on both sides, inspected alone on the task's thread (as `inspectCsvSide` does). */
export interface InspectedCsvSide {
  sha256: string
  inspected: RankedInspection
}

/** The answer to a task; `bail` says the plain path must handle this provider/profile (a case the fast path does not reduce). */
export type SideTaskResult =
  | { op: 'jobs'; bail?: undefined; jobs: CompactJsonSide | InspectedJsonSide; csv: CompactCsvSide | InspectedCsvSide; csvProblems: Problem[]; jobIds: StringColumn }
  | { op: 'families'; bail?: undefined; families: CompactJsonSide | InspectedJsonSide; refs: FamilyJobRefs | undefined }
  | { bail: string }

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)

/**
 * Checks and reduces one ranked JSON side without parsing it: the list scan checks the bytes as
 * JSON.parse and the exactness scan would, and copies out of every row only the keys the checks
 * read (`keys`). Rows without identity and entries that are not objects are parsed alone (their
 * whole content is their key). The reduced document goes through the plain path's functions
 * (`prepareSide`, the self-consistency checks), so the findings are theirs. A string says why
 * this side needs the plain path instead (not UTF-8, a byte-order mark, anything the scan declines, no list).
 */
function reduceJson(flavour: RankedJsonFlavour, ctx: SideTaskContext, compiled: CompiledPolicy, file: TaskFile, once: boolean, keys: RowKeys): { side: CompactJsonSide | InspectedJsonSide; value: JsonValue } | string {
  const bytes = asBuffer(file.bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const scan = scanPlainJson(bytes, keys)
  if (!scan.ok) return scan.problem
  const picked = pickedList(scan.lists)
  if (picked === undefined) return 'no list'
  const { pointer: listPointer, list } = picked
  const fields = ctx.policy.identityFields
  const entries = list.skeletons.map((skeleton, k): JsonValue =>
    skeleton !== undefined && identityOf(skeleton, fields) !== undefined ? skeleton : (JSON.parse(bytes.toString('utf8', list.starts[k], list.ends[k])) as JsonValue)
  )
  const value: JsonValue = listPointer === '' ? entries : { [listPointer.slice(1)]: entries }
  const prepared = prepareSide(flavour, file.artifact, ctx.side, value, compiled)
  const spec = prepared.spec
  if (spec === undefined) return 'no list'
  const parsed = { sha256, parseFindings: [], inexact: { side: ctx.side, relPath: file.relPath, numbers: [], count: 0 } }
  if (once) return { side: { ...parsed, inspected: inspectPreparedSide(ctx.side, prepared) }, value }
  const side: CompactJsonSide = {
    ...parsed,
    rowFindings: prepared.findings,
    items: prepared.items,
    listPointer,
    rows: compactRows(prepared.rows, spec),
    start: Float64Array.from(prepared.rows, (row) => list.starts[row.index] as number),
    end: Float64Array.from(prepared.rows, (row) => list.ends[row.index] as number)
  }
  return { side, value }
}

/** The row keys the checks read: identity, title and score fields, plus `more` (the CSV's columns, for its projection check). */
function checkedKeys(policy: EffectivePolicy, more: readonly string[] = []): string[] {
  return [...policy.identityFields, 'title', ...policy.scoreFields, ...more]
}

/** One CSV side reduced for the comparison: its rows' byte bounds (`bomBytes`: what precedes the decoded text) and its rows keyed over its own header. */
function compactCsv(artifact: ArtifactId, side: Side, csv: CsvSide, header: string[], sha256: string, compiled: CompiledPolicy, text: string, bomBytes: number): CompactCsvSide {
  const keyed = keyedCsvRows(artifact, side, csv, compiled)
  const bounds = new Float64Array(csv.bounds.length)
  let bytes = bomBytes
  let chars = 0
  csv.bounds.forEach((end, k) => {
    bytes += Buffer.byteLength(text.slice(chars, end), 'utf8')
    chars = end
    bounds[k] = bytes
  })
  return {
    sha256,
    header,
    columns: [...csv.columnIndex],
    findings: csv.findings,
    items: csv.records.length,
    bounds,
    linebreak: csv.linebreak,
    rows: compactRows(keyed.rows, csvSpec(artifact, compiled)),
    rowFindings: keyed.findings
  }
}

/** Runs one task. Pure: the same on a worker thread and inline. */
function runSideTask(task: SideTask): SideTaskResult {
  const { ctx } = task
  const compiled = compilePolicy(ctx.policy, { allowRunIdDrift: ctx.allowRunIdDrift })
  const fields = ctx.policy.identityFields
  if (task.op === 'families') {
    const keys = { keys: checkedKeys(ctx.policy), nested: { key: 'family_variants', keys: fields } }
    const reduced = reduceJson(FAMILIES, ctx, compiled, task.families, task.jsonOnce === true, keys)
    if (typeof reduced === 'string') return { bail: reduced }
    return { op: 'families', families: reduced.side, refs: familyJobRefs(reduced.value, fields) }
  }
  const csvBytes = asBuffer(task.csv.bytes)
  const sha256 = createHash('sha256').update(csvBytes).digest('hex')
  const decoded = decodeUtf8(csvBytes)
  if (!decoded.ok) return { bail: 'CSV not decoded' }
  const csv = readCsv(task.csv.artifact, ctx.side, decoded.value.text)
  if (csv.header === undefined) return { bail: 'CSV not parsed' }
  const reduced = reduceJson(JOBS, ctx, compiled, task.jobs, task.jsonOnce === true, { keys: checkedKeys(ctx.policy, csv.header) })
  if (typeof reduced === 'string') return { bail: reduced }
  return {
    op: 'jobs',
    jobs: reduced.side,
    csv: task.csvOnce
      ? { sha256, inspected: inspectCsvSide(task.csv.artifact, ctx.side, csv, compiled) }
      : compactCsv(task.csv.artifact, ctx.side, csv, csv.header, sha256, compiled, decoded.value.text, decoded.value.bom ? 3 : 0),
    csvProblems: csvProblems(reduced.value, csv, fields),
    jobIds: stringColumn(jsonJobs(reduced.value, fields)?.ids ?? [])
  }
}

/** `runSideTask`, with an exception turned into a bail (the plain path then handles these files and reports the problem as it always does). */
export function runSideTaskSafely(task: SideTask): SideTaskResult {
  try {
    return runSideTask(task)
  } catch (error) {
    return { bail: `exception: ${firstLine(error)}` }
  }
}
