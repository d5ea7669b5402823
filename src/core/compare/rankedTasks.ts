import { createHash } from 'node:crypto'
import { pickedList, scanPlainJson, type ListReference, type RowKeys } from '../json/listScan.js'
import { decodeUtf8 } from '../json/text.js'
import { firstLine } from '../model/errors.js'
import { compilePolicy, type CompiledPolicy } from '../policy/normalize.js'
import type { SideInexactNumbers } from '../load/artifact.js'
import type { ArtifactId, EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { checkCsvProjection, familyJobRefs, jsonJobs, type FamilyJobRefs, type Problem } from './consistency.js'
import { identityOf, type RankedComparison, type RankedInspection } from './keyedList.js'
import { compareCsvSides, inspectCsvSide, readCsv, readCsvHeader, sameHeader, type CsvReference, type CsvSide } from './rankedCsv.js'
import { compactRows, type CompactRows } from './compactRows.js'
import { stringColumn, type StringColumn } from './stringColumn.js'
import { FAMILIES } from './rankedFamilies.js'
import { JOBS } from './rankedJobs.js'
import { inspectPreparedSide, prepareSide, type RankedJsonFlavour } from './rankedJson.js'

/**
 * The tasks that check one provider/profile's ranked files, run on a worker thread (one task per
 * artifact: the jobs JSON with its CSV on one lane, the families on the other, then the files'
 * hashes on the lane free first) or inline. A task checks both sides' ranked JSON without parsing
 * it (a list scan of the bytes, then the plain path's functions on what it copied out: same
 * findings) and returns only a compact projection per side: findings, per-row identity, rank,
 * title, primary score and byte range; the caller compares rows by their bytes and parses only
 * rows that differ. The CSVs, read with the plain path's parser, are compared on the task, as the
 * plain path compares them, and only the comparison leaves it. The right side's JSON scan and CSV
 * read take every row whose bytes equal the left's row at the same position from the left's, so
 * rows the two runs share are compared, not read twice; a file with the same bytes on both sides
 * is checked once. No tree leaves the task.
 */

/** What every task needs besides its files (plain data: it is posted to a worker). */
export interface RankedTaskContext {
  policy: EffectivePolicy
  allowRunIdDrift: boolean
}

/** One file of a task: its artifact, run-dir relative path and bytes (shared memory for large files). */
export interface TaskFile {
  artifact: ArtifactId
  relPath: string
  bytes: Uint8Array
}

type Pair<T> = Record<Side, T>

/**
 * A task: both sides' ranked JSON with their CSV (each side's checked against each other), both
 * sides' families file, or the sha256 of each side's file of some pairs (the receipts' hashes,
 * taken out of the other tasks so they run on the lane that is free first).
 */
export type RankedTask =
  | { op: 'jobs'; ctx: RankedTaskContext; jobs: Pair<TaskFile>; csv: Pair<TaskFile> }
  | { op: 'families'; ctx: RankedTaskContext; families: Pair<TaskFile> }
  | { op: 'hashes'; files: Pair<Uint8Array>[] }

/** One ranked JSON side, reduced: its keyed rows as columns, each row's byte range, and what checking and preparing found. */
export interface CompactJsonSide {
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

/** A ranked JSON whose bytes are the same on both sides, inspected alone on the task's thread (as `inspectPreparedSide` does), with its parse findings. */
export type InspectedJsonSide = Pick<CompactJsonSide, 'parseFindings' | 'inexact'> & { inspected: RankedInspection }

/**
 * A ranked CSV as its task compared it: both sides' rows by identity (`compareCsvSides`, the plain
 * path's comparison), or (the same bytes) the left side inspected alone (`inspectCsvSide`).
 */
export type CsvOutcome = { once: true; inspected: RankedInspection } | { once: false; compared: RankedComparison }

/** One side of a jobs task's ranked JSON: the file reduced and its job ids. */
export interface JobsJsonSide {
  jobs: CompactJsonSide | InspectedJsonSide
  jobIds: StringColumn
}

/** One side of a families task: the file reduced and its job references. */
export interface FamiliesSide {
  families: CompactJsonSide | InspectedJsonSide
  refs: FamilyJobRefs | undefined
}

/**
 * What a jobs task posts before its answer (`run`'s `onPart`), so the caller joins or takes each
 * file while the task goes on: both sides' ranked JSON (before the task reads the CSVs), with
 * whether their bytes are the same (`same`: the left one was inspected alone, and the right
 * side's reduction is the left's), then the CSV compared (before the task checks each side against
 * its JSON).
 */
export type JobsPart = { op: 'jobs-json'; same: boolean; left: JobsJsonSide; right: JobsJsonSide } | { op: 'jobs-csv'; outcome: CsvOutcome }

/**
 * The answer to a task, per side, and whether the files have the same bytes on both sides (as in
 * `JobsPart`). A jobs task's files came before, in its parts: its answer is each side's CSV's
 * disagreements with its ranked JSON (the very same list on both sides when all is the same).
 * `bail` says the plain path must handle this provider/profile (a case the fast path does not reduce).
 */
export type RankedTaskResult =
  | { op: 'jobs'; bail?: undefined; left: Problem[]; right: Problem[] }
  | { op: 'families'; bail?: undefined; same: boolean; left: FamiliesSide; right: FamiliesSide }
  | { op: 'hashes'; bail?: undefined; sha256: Pair<string>[] }
  | { bail: string }

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)

/** One ranked JSON side reduced, the document its checks ran on (the scanned skeletons), and its scan, for the other side's. */
interface ReducedJson {
  side: CompactJsonSide | InspectedJsonSide
  value: JsonValue
  scanned: ListReference
}

/**
 * Checks and reduces one ranked JSON side without parsing it: the list scan checks the bytes as
 * JSON.parse and the exactness scan would, and copies out of every row only the keys the checks
 * read (`keys`); with `reference` (the other side's scan, made with the same keys), rows with the
 * same bytes as the reference's at the same position are taken from it. Rows without identity and
 * entries that are not objects are parsed alone (their whole content is their key). The reduced
 * document goes through the plain path's functions (`prepareSide`, the self-consistency checks),
 * so the findings are theirs. `once`: the other side has the same bytes, so this side is inspected
 * alone. A string says why this side needs the plain path instead (not UTF-8, a byte-order mark,
 * anything the scan declines, no list).
 */
function reduceJson(
  flavour: RankedJsonFlavour,
  side: Side,
  ctx: RankedTaskContext,
  compiled: CompiledPolicy,
  file: TaskFile,
  once: boolean,
  keys: RowKeys,
  reference?: ListReference
): ReducedJson | string {
  const bytes = asBuffer(file.bytes)
  const scan = scanPlainJson(bytes, keys, reference)
  if (!scan.ok) return scan.problem
  const picked = pickedList(scan.lists)
  if (picked === undefined) return 'no list'
  const { pointer: listPointer, list } = picked
  const fields = ctx.policy.identityFields
  const entries = list.skeletons.map((skeleton, k): JsonValue =>
    skeleton !== undefined && identityOf(skeleton, fields) !== undefined ? skeleton : (JSON.parse(bytes.toString('utf8', list.starts[k], list.ends[k])) as JsonValue)
  )
  const value: JsonValue = listPointer === '' ? entries : { [listPointer.slice(1)]: entries }
  const prepared = prepareSide(flavour, file.artifact, side, value, compiled)
  const spec = prepared.spec
  if (spec === undefined) return 'no list'
  const parsed = { parseFindings: [], inexact: { side, relPath: file.relPath, numbers: [], count: 0 } }
  const scanned = { bytes, pointer: listPointer, list }
  if (once) return { side: { ...parsed, inspected: inspectPreparedSide(side, prepared) }, value, scanned }
  const reduced: CompactJsonSide = {
    ...parsed,
    rowFindings: prepared.findings,
    items: prepared.items,
    listPointer,
    rows: compactRows(prepared.rows, spec),
    start: Float64Array.from(prepared.rows, (row) => list.starts[row.index] as number),
    end: Float64Array.from(prepared.rows, (row) => list.ends[row.index] as number)
  }
  return { side: reduced, value, scanned }
}

/**
 * Both sides of a ranked JSON reduced: the left, then the right with the left's scan as its
 * reference, or (the same bytes) the left's reduction again, inspected alone on the left.
 */
function reduceJsonPair(flavour: RankedJsonFlavour, ctx: RankedTaskContext, compiled: CompiledPolicy, files: Pair<TaskFile>, keys: RowKeys): { same: boolean; left: ReducedJson; right: ReducedJson } | string {
  const same = asBuffer(files.left.bytes).equals(files.right.bytes)
  const left = reduceJson(flavour, 'left', ctx, compiled, files.left, same, keys)
  if (typeof left === 'string' || same) return typeof left === 'string' ? left : { same, left, right: left }
  const right = reduceJson(flavour, 'right', ctx, compiled, files.right, false, keys, left.scanned)
  return typeof right === 'string' ? right : { same, left, right }
}

/** The row keys the checks read: identity, title and score fields, plus `more` (the CSV's columns, for its projection check). */
function checkedKeys(policy: EffectivePolicy, more: readonly string[] = []): string[] {
  return [...policy.identityFields, 'title', ...policy.scoreFields, ...more]
}

/** One side's CSV file decoded; a string when it does not decode (the plain path then reports it). */
function decodeCsvFile(file: TaskFile): { text: string } | string {
  const decoded = decodeUtf8(asBuffer(file.bytes))
  return decoded.ok ? { text: decoded.value.text } : 'CSV not decoded'
}

/** Each pair's sha256 per side (hashed once when both sides have the same bytes). */
function hashPairs(files: readonly Pair<Uint8Array>[]): Pair<string>[] {
  const hash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
  return files.map(({ left, right }) => {
    const leftHash = hash(left)
    return { left: leftHash, right: asBuffer(left).equals(right) ? leftHash : hash(right) }
  })
}

type DecodedCsv = Exclude<ReturnType<typeof decodeCsvFile>, string>
type ReadCsv = DecodedCsv & { csv: CsvSide & { header: string[] } }

/**
 * Runs one task. Pure: the same on a worker thread and inline. A jobs task reduces both ranked
 * JSON sides first (copying out both CSV headers' columns, read ahead) and posts them (`post`),
 * then reads the CSVs (the right one taking rows from the left's), compares them and posts the
 * comparison, then checks each side's CSV against its JSON.
 */
function runRankedTask(task: RankedTask, post: (part: JobsPart) => void): RankedTaskResult {
  if (task.op === 'hashes') return { op: 'hashes', sha256: hashPairs(task.files) }
  const { ctx } = task
  const compiled = compilePolicy(ctx.policy, { allowRunIdDrift: ctx.allowRunIdDrift })
  const fields = ctx.policy.identityFields
  if (task.op === 'families') {
    const keys = { keys: checkedKeys(ctx.policy), nested: { key: 'family_variants', keys: fields } }
    const reduced = reduceJsonPair(FAMILIES, ctx, compiled, task.families, keys)
    if (typeof reduced === 'string') return { bail: reduced }
    const side = ({ side: families, value }: ReducedJson): FamiliesSide => ({ families, refs: familyJobRefs(value, fields) })
    const left = side(reduced.left)
    return { op: 'families', same: reduced.same, left, right: reduced.same ? left : side(reduced.right) }
  }
  const sameCsv = asBuffer(task.csv.left.bytes).equals(task.csv.right.bytes)
  const leftText = decodeCsvFile(task.csv.left)
  if (typeof leftText === 'string') return { bail: leftText }
  const rightText = sameCsv ? leftText : decodeCsvFile(task.csv.right)
  if (typeof rightText === 'string') return { bail: rightText }
  const leftHead = readCsvHeader(leftText.text)
  const heads = { left: leftHead, right: sameCsv ? leftHead : readCsvHeader(rightText.text) }
  // Both sides' rows copy out the same keys (both headers' columns), so the right side's scan can take rows from the left's.
  const reduced = reduceJsonPair(JOBS, ctx, compiled, task.jobs, { keys: checkedKeys(ctx.policy, [...(heads.left.header ?? []), ...(heads.right.header ?? [])]) })
  if (typeof reduced === 'string') return { bail: reduced }
  // Each side's jobs, for its job ids now and its projection check below.
  const leftJobs = jsonJobs(reduced.left.value, fields)
  const rightJobs = reduced.same ? leftJobs : jsonJobs(reduced.right.value, fields)
  const leftJson = { jobs: reduced.left.side, jobIds: stringColumn(leftJobs?.ids ?? []) }
  post({ op: 'jobs-json', same: reduced.same, left: leftJson, right: reduced.same ? leftJson : { jobs: reduced.right.side, jobIds: stringColumn(rightJobs?.ids ?? []) } })

  // The CSVs, read now (with the line break found with the header): each must have the header read ahead (the rows' copied keys came from it).
  const read = (side: Side, decoded: DecodedCsv, reference?: CsvReference): ReadCsv | string => {
    const csv = readCsv(task.csv[side].artifact, side, decoded.text, reference, heads[side].linebreak)
    if (csv.header === undefined) return 'CSV not parsed'
    if (!sameHeader(csv.header, heads[side].header ?? [])) return 'CSV header not read ahead'
    return { ...decoded, csv: csv as CsvSide & { header: string[] } }
  }
  const leftCsv = read('left', leftText)
  if (typeof leftCsv === 'string') return { bail: leftCsv }
  const rightCsv = sameCsv ? leftCsv : read('right', rightText, { text: leftCsv.text, csv: leftCsv.csv })
  if (typeof rightCsv === 'string') return { bail: rightCsv }
  const artifact = task.csv.left.artifact
  post({
    op: 'jobs-csv',
    outcome: sameCsv ? { once: true, inspected: inspectCsvSide(artifact, 'left', leftCsv.csv, compiled) } : { once: false, compared: compareCsvSides(artifact, leftCsv.csv, rightCsv.csv, compiled) }
  })
  // The right side's projection check skips the rows both of whose reads were taken from the left's.
  const leftCheck = checkCsvProjection(leftJobs, leftCsv.csv, fields)
  if (reduced.same && sameCsv) return { op: 'jobs', left: leftCheck.problems, right: leftCheck.problems }
  return { op: 'jobs', left: leftCheck.problems, right: checkCsvProjection(rightJobs, rightCsv.csv, fields, leftCheck.checked).problems }
}

/** `runRankedTask`, with an exception turned into a bail (the plain path then handles these files and reports the problem as it always does). */
export function runRankedTaskSafely(task: RankedTask, post: (part: JobsPart) => void): RankedTaskResult {
  try {
    return runRankedTask(task, post)
  } catch (error) {
    return { bail: `exception: ${firstLine(error)}` }
  }
}

/** A worker's messages for one task: its parts (`JobsPart`), then its answer. */
export type TaskMessage = { part: JobsPart; answer?: undefined } | { answer: RankedTaskResult }
