import { createHash } from 'node:crypto'
import { cleanTextScan, scanJsonBytes, type ByteScan } from '../json/byteScan.js'
import { decodeUtf8 } from '../json/text.js'
import { firstLine } from '../model/errors.js'
import { compilePolicy, type CompiledPolicy } from '../policy/normalize.js'
import { scanJsonText } from '../json/scan.js'
import { parseArtifactJson, type SideInexactNumbers } from '../load/artifact.js'
import type { ArtifactId, EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { csvProblems, familyJobRefs, jsonJobs, type FamilyJobRefs, type Problem } from './consistency.js'
import { primaryScore, type PrimaryScore, type RankedInspection } from './keyedList.js'
import { inspectCsvSide, readCsv } from './rankedCsv.js'
import { FAMILIES } from './rankedFamilies.js'
import { JOBS } from './rankedJobs.js'
import { extractList, inspectPreparedSide, prepareSide, type RankedJsonFlavour } from './rankedJson.js'

/**
 * The per-side half of comparing one provider/profile's ranked files, run on a worker thread (one
 * per side, so both sides parse at once) or inline. Each task parses and checks one side's files
 * exactly as the plain path does (same functions, same findings) and returns only a compact
 * projection: findings, per-row identity, rank, title, primary score and byte range. Parsed trees
 * never leave the task; the caller compares rows by their bytes and re-parses only rows that differ.
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

/** Parses and reduces one ranked JSON side (`once`: inspects it alone instead); a string says why the fast path cannot (the plain path then runs). */
function reduceJson(
  flavour: RankedJsonFlavour,
  ctx: SideTaskContext,
  compiled: CompiledPolicy,
  file: TaskFile,
  once: boolean
): { side: CompactJsonSide | InspectedJsonSide; value: JsonValue } | string {
  const bytes = asBuffer(file.bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  let byteScan: ByteScan | undefined
  const parsed = parseArtifactJson(file.artifact, { side: ctx.side }, { state: 'present', relPath: file.relPath, findings: [], bytes }, {
    expectObject: false,
    scan: (text) => {
      byteScan = scanJsonBytes(bytes)
      return byteScan.clean ? cleanTextScan(byteScan.depth) : scanJsonText(text)
    }
  })
  if (parsed.value === undefined || byteScan === undefined) return 'not parsed'
  if (parsed.findings.some((f) => f.kind === 'unreadable' && f.pointer !== undefined)) return 'duplicate keys'
  const prepared = prepareSide(flavour, file.artifact, ctx.side, parsed.value, compiled)
  const spec = prepared.spec
  const extracted = extractList(parsed.value)
  const listPointer = extracted.ok ? extracted.pointer : ''
  const ranges = byteScan.lists.get(listPointer)
  if (spec === undefined || ranges === undefined || ranges.starts.length !== prepared.items || ranges.ends.length !== prepared.items) return 'no list'
  const inexact = parsed.inexact !== undefined ? { inexact: parsed.inexact } : {}
  if (once) return { side: { sha256, parseFindings: parsed.findings, ...inexact, inspected: inspectPreparedSide(ctx.side, prepared) }, value: parsed.value }
  const side: CompactJsonSide = {
    sha256,
    parseFindings: parsed.findings,
    ...inexact,
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
    side.start.push(ranges.starts[row.index] as number)
    side.end.push(ranges.ends[row.index] as number)
  }
  return { side, value: parsed.value }
}

/** Runs one task. Pure: the same on a worker thread and inline. */
function runSideTask(task: SideTask): SideTaskResult {
  const { ctx } = task
  const compiled = compilePolicy(ctx.policy, { allowRunIdDrift: ctx.allowRunIdDrift })
  if (task.op === 'families') {
    const reduced = reduceJson(FAMILIES, ctx, compiled, task.families, task.jsonOnce === true)
    if (typeof reduced === 'string') return { bail: reduced }
    return { op: 'families', families: reduced.side, refs: familyJobRefs(reduced.value, ctx.policy.identityFields) }
  }
  const reduced = reduceJson(JOBS, ctx, compiled, task.jobs, task.jsonOnce === true)
  if (typeof reduced === 'string') return { bail: reduced }
  const csvBytes = asBuffer(task.csv.bytes)
  const sha256 = createHash('sha256').update(csvBytes).digest('hex')
  const decoded = decodeUtf8(csvBytes)
  if (!decoded.ok) return { bail: 'CSV not decoded' }
  const csv = readCsv(task.csv.artifact, ctx.side, decoded.value.text)
  if (csv.header === undefined) return { bail: 'CSV not parsed' }
  const fields = ctx.policy.identityFields
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
