import { createHash } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import { scanJsonList, type RowKeys, type ScannedList } from '../json/listScan.js'
import { decodeUtf8 } from '../json/text.js'
import { firstLine } from '../model/errors.js'
import { compilePolicy, type CompiledPolicy } from '../policy/normalize.js'
import type { SideInexactNumbers } from '../load/artifact.js'
import type { ArtifactId, EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { csvProblems, familyJobRefs, jsonJobs, type FamilyJobRefs, type Problem } from './consistency.js'
import { identityOf, primaryScore, type PrimaryScore, type RankedInspection } from './keyedList.js'
import { inspectCsvSide, readCsv } from './rankedCsv.js'
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

/** One ranked JSON side, reduced: columnar rows (positions into the list) and what parsing and preparing found. */
export interface CompactJsonSide {
  sha256: string
  /** Parse findings (byte-order mark, inexact numbers come separately). */
  parseFindings: Finding[]
  inexact?: SideInexactNumbers
  /** Findings about the side's rows alone (non-object entries, rows without identity, rows too deep). */
  rowFindings: Finding[]
  items: number
  listPointer: string
  index: number[]
  identity: (string | undefined)[]
  key: string[]
  title: (string | undefined)[]
  primary: (PrimaryScore | null)[]
  start: number[]
  end: number[]
}

/** One CSV side, reduced: header, findings and each data row's text (JSON of its cells; null for a ragged row). */
export interface CompactCsvSide {
  sha256: string
  header: string[]
  columns: [string, number][]
  findings: Finding[]
  records: (string | null)[]
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
  | { op: 'jobs'; bail?: undefined; jobs: CompactJsonSide | InspectedJsonSide; csv: CompactCsvSide | InspectedCsvSide; csvProblems: Problem[]; jobIds: (string | undefined)[] }
  | { op: 'families'; bail?: undefined; families: CompactJsonSide | InspectedJsonSide; refs: FamilyJobRefs | undefined }
  | { bail: string }

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)

/** Wrapper keys in `extractList`'s order of preference. */
const LIST_KEYS = ['jobs', 'ranked_jobs', 'items', 'results']

/** The list `extractList` would pick among the scanned ones: the top-level array, else the first wrapper key's. */
function pickedList(lists: ReadonlyMap<string, ScannedList>): { pointer: string; list: ScannedList } | undefined {
  for (const pointer of ['', ...LIST_KEYS.map((key) => `/${key}`)]) {
    const list = lists.get(pointer)
    if (list !== undefined) return { pointer, list }
  }
  return undefined
}

const startsWithBom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

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
  if (startsWithBom(bytes) || !isUtf8(bytes)) return 'not plain UTF-8'
  const scan = scanJsonList(bytes, keys)
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
    index: [],
    identity: [],
    key: [],
    title: [],
    primary: [],
    start: [],
    end: []
  }
  for (const row of prepared.rows) {
    side.index.push(row.index)
    side.identity.push(row.identity)
    side.key.push(row.key)
    side.title.push(row.title)
    side.primary.push(primaryScore(spec, row) ?? null)
    side.start.push(list.starts[row.index] as number)
    side.end.push(list.ends[row.index] as number)
  }
  return { side, value }
}

/** The row keys the checks read: identity, title and score fields, plus `more` (the CSV's columns, for its projection check). */
function checkedKeys(policy: EffectivePolicy, more: readonly string[] = []): string[] {
  return [...policy.identityFields, 'title', ...policy.scoreFields, ...more]
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
      : {
          sha256,
          header: csv.header,
          columns: [...csv.columnIndex],
          findings: csv.findings,
          records: csv.records.map((record) => (record === undefined ? null : JSON.stringify(record)))
        },
    csvProblems: csvProblems(reduced.value, csv, fields),
    jobIds: jsonJobs(reduced.value, fields)?.ids ?? []
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
