import { isAbsolute } from 'node:path'
import { findingOf, type KindTable } from '../model/finding.js'
import { decodeUtf8 } from '../json/text.js'
import { inexactNumberFindings, LOAD_KINDS, parseArtifactJson, readFindings, type ReadArtifact, type SideInexactNumbers } from '../load/artifact.js'
import type { FileHashes } from '../load/hashes.js'
import { sha256Hex } from '../acquire/sha256.js'
import { conventionPath, rankedArtifactId, type RankedTarget, type RecordedRanked } from '../acquire/layout.js'
import type { RunDir } from '../acquire/runDir.js'
import type { ArtifactId, ArtifactStats, Finding, JsonValue, PresenceRow, RankedKind, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { compareRankedCsv, inspectRankedCsv } from './rankedCsv.js'
import { compareRankedFamilies, inspectRankedFamilies } from './rankedFamilies.js'
import { compareRankedJobs, inspectRankedJobs } from './rankedJobs.js'
import type { RankedComparison, RankedInspection, RankedMatching } from './keyedList.js'

/** The kinds a ranked file of one run produces besides the load ones. */
export const RANKED_FILE_KINDS = {
  unrecorded: {
    severity: 'warning',
    category: 'validity',
    stage: 'metadata',
    description: "a ranked file found by the run-dir convention is not listed in that side's `run_summary.ranked_outputs`. Ranked outputs are always found by the union of both run_summaries and the convention, so it is compared anyway",
    fields: 'side, path',
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf({ ...RANKED_FILE_KINDS, ...LOAD_KINDS })

/** The `unrecorded` warning for a ranked file found by the convention that the side's run_summary does not list. */
export function unrecordedFinding(side: Side, artifact: ArtifactId, relPath: string): Finding {
  return finding('unrecorded', {
    artifact,
    side,
    path: relPath,
    message: 'found in the run dir but not listed in run_summary.ranked_outputs; compared anyway'
  })
}

type Pair<T> = Record<Side, T>

/** A parsed ranked file: JSON for jobs and families, text for CSV. */
export type Parsed = { json: JsonValue } | { text: string }

/** The comparer and single-side inspector of each ranked kind. */
const COMPARERS: Record<
  RankedKind,
  {
    compare: (artifact: ArtifactId, l: Parsed, r: Parsed, compiled: CompiledPolicy) => RankedComparison
    inspect: (artifact: ArtifactId, side: Side, value: Parsed, compiled: CompiledPolicy) => RankedInspection
  }
> = {
  ranked_json: {
    compare: (a, l, r, compiled) => compareRankedJobs(a, json(l), json(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedJobs(a, side, json(v), compiled)
  },
  ranked_families_json: {
    compare: (a, l, r, compiled) => compareRankedFamilies(a, json(l), json(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedFamilies(a, side, json(v), compiled)
  },
  ranked_csv: {
    compare: (a, l, r, compiled) => compareRankedCsv(a, text(l), text(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedCsv(a, side, text(v), compiled)
  }
}

function json(p: Parsed): JsonValue {
  return 'json' in p ? p.json : null
}
function text(p: Parsed): string {
  return 'text' in p ? p.text : ''
}

/** Whether a recorded path climbs with `..` (on any platform's separator). */
function climbs(path: string): boolean {
  return path.split(/[\\/]/).includes('..')
}

/**
 * Reads a ranked file by the run-dir convention. Only when that file is missing is the path
 * recorded in run_summary.ranked_outputs tried, and only when it lies inside the run dir: a
 * recorded path that climbs out with `..` (or holds a NUL byte) is an `unsafe-path` finding naming
 * it; an absolute path elsewhere (normal on-prem, where it points into the data dir) is never
 * read, and the `missing` finding says so. Nothing outside the run dir is ever opened.
 */
export async function locate(runDir: RunDir, kind: RankedKind, target: RankedTarget, recorded: RecordedRanked | undefined): Promise<ReadArtifact> {
  const artifact = rankedArtifactId(kind, target)
  const byConvention = await runDir.read(conventionPath(kind, target))
  const recordedPath = recorded?.path
  if (byConvention.state !== 'missing' || recordedPath === undefined) return readFindings(artifact, runDir, byConvention)
  const side = runDir.side
  const shown = JSON.stringify(recordedPath)
  const rel = recordedPath.includes('\0') ? undefined : runDir.recordedToRelative(recordedPath)
  if (rel !== undefined) {
    const byRecord = await runDir.read(rel)
    if (byRecord.state !== 'missing') return readFindings(artifact, runDir, byRecord)
    return missing(artifact, 'missing/not-found', side, byConvention.relPath, `not found (nor at ${shown}, the path recorded in run_summary.ranked_outputs)`)
  }
  if (isAbsolute(recordedPath) && !climbs(recordedPath) && !recordedPath.includes('\0')) {
    return missing(
      artifact,
      'missing/recorded-outside',
      side,
      byConvention.relPath,
      `not found; the path recorded in run_summary.ranked_outputs, ${shown}, lies outside the run dir and was not read`
    )
  }
  const problem = recordedPath.includes('\0') ? 'contains a NUL byte' : 'leaves the run directory'
  return {
    state: 'unreadable',
    relPath: byConvention.relPath,
    findings: [
      finding('unsafe-path', {
        artifact,
        rule: 'unsafe-path/recorded-path',
        side,
        path: byConvention.relPath,
        message: `not found, and the path recorded in run_summary.ranked_outputs, ${shown}, ${problem}; it was not read`
      })
    ]
  }
}

function missing(artifact: ArtifactId, rule: string, side: Side, relPath: string, message: string): ReadArtifact {
  return { state: 'missing', relPath, findings: [finding('missing', { artifact, rule, side, path: relPath, message })] }
}

/** A parsed side: the value (absent when unusable), findings, and (JSON, when scanned) its inexact numbers. */
interface ParsedSide {
  parsed?: Parsed
  findings: Finding[]
  inexact?: SideInexactNumbers
}

/**
 * Parses a ranked file's bytes; problems become `unreadable` findings of that side. JSON files of
 * any size also get the text scan (depth, duplicate keys, inexact numbers).
 */
function parse(kind: RankedKind, artifact: ArtifactId, runDir: RunDir, read: ReadArtifact): ParsedSide {
  if (read.bytes === undefined) return { findings: [] }
  if (kind !== 'ranked_csv') {
    const result = parseArtifactJson(artifact, runDir, read, { expectObject: false })
    return {
      ...(result.value !== undefined ? { parsed: { json: result.value } } : {}),
      findings: result.findings,
      ...(result.inexact !== undefined ? { inexact: result.inexact } : {})
    }
  }
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) {
    return { findings: [finding('unreadable', { artifact, rule: 'unreadable/not-utf8', side: runDir.side, path: read.relPath, message: decoded.problem })] }
  }
  return { parsed: { text: decoded.value.text }, findings: [] }
}

/** One ranked artifact of both runs as compared: presence, findings, statistics, and each side's parsed value (for the self-consistency checks). */
export interface RankedArtifactResult {
  presence: PresenceRow
  findings: Finding[]
  stats: ArtifactStats
  parsed: Pair<Parsed | undefined>
  /** The identity matching of the two sides' rows, for the ranking statistics (when both sides parsed). */
  matching?: RankedMatching
}

/**
 * Locates, reads and compares one ranked artifact of both runs. Byte-identical files are parsed
 * once (to check them) and never diffed; both sides then share one parsed value. Each side's
 * sha256 goes into `hashes`, where the receipts check finds it.
 */
export async function compareRankedArtifact(
  kind: RankedKind,
  target: RankedTarget,
  runs: Pair<RunDir>,
  recorded: Pair<Map<string, RecordedRanked>>,
  compiled: CompiledPolicy,
  hashes: FileHashes,
  located?: Pair<ReadArtifact>
): Promise<RankedArtifactResult> {
  const artifact = rankedArtifactId(kind, target)
  const [l, r] =
    located !== undefined
      ? [located.left, located.right]
      : await Promise.all([locate(runs.left, kind, target, recorded.left.get(artifact)), locate(runs.right, kind, target, recorded.right.get(artifact))])
  const findings: Finding[] = [...l.findings, ...r.findings]
  const identical = l.bytes !== undefined && r.bytes !== undefined && l.bytes.equals(r.bytes)
  // Hashes run (off-thread for large files) while the files are parsed; identical bytes are hashed once.
  const leftHash = l.bytes === undefined ? undefined : sha256Hex(l.bytes)
  const rightHash = identical ? leftHash : r.bytes === undefined ? undefined : sha256Hex(r.bytes)
  if (leftHash !== undefined) hashes.set('left', l.relPath, leftHash)
  if (rightHash !== undefined) hashes.set('right', r.relPath, rightHash)

  /**
   * Parses one side, then lets go of its bytes as soon as its hash is done, so a 150 MB file's
   * bytes are not still held while the other side is decoded and parsed (peak memory).
   */
  const parseThenRelease = async (runDir: RunDir, read: ReadArtifact, hash: Promise<string> | undefined): Promise<ParsedSide> => {
    const parsed = parse(kind, artifact, runDir, read)
    await hash?.catch(() => undefined)
    delete read.bytes
    return parsed
  }

  const stats: ArtifactStats = { artifact, identicalBytes: false }
  /** Sides whose file was read but could not be used: it did not parse, or its comparer found no usable list in it. */
  const unusable = new Set<Side>()
  let matching: RankedMatching | undefined
  const parsed: Pair<Parsed | undefined> = { left: undefined, right: undefined }
  const comparer = COMPARERS[kind]
  /** A comparer's one-side finding, located in that side's file. */
  const onFile = onFileOf(l, r)
  if (identical) {
    stats.identicalBytes = true
    delete r.bytes // the same bytes as the left side's, which are parsed (and hashed) once
    const once = await parseThenRelease(runs.left, l, leftHash)
    findings.push(...once.findings.flatMap(mirrorTo(r.relPath)))
    if (once.inexact !== undefined) findings.push(...inexactNumberFindings(artifact, once.inexact, { ...once.inexact, side: 'right', relPath: r.relPath }))
    parsed.left = parsed.right = once.parsed
    if (once.parsed === undefined) unusable.add('left').add('right')
    else matching = takeInspectedOnce(comparer.inspect(artifact, 'left', once.parsed, compiled), { findings, stats, unusable, onFile, rightPath: r.relPath })
  } else {
    const pl = await parseThenRelease(runs.left, l, leftHash)
    const pr = await parseThenRelease(runs.right, r, rightHash)
    findings.push(...pl.findings, ...pr.findings, ...inexactNumberFindings(artifact, pl.inexact, pr.inexact))
    parsed.left = pl.parsed
    parsed.right = pr.parsed
    if (pl.parsed === undefined) unusable.add('left')
    if (pr.parsed === undefined) unusable.add('right')
    if (pl.parsed !== undefined && pr.parsed !== undefined) {
      matching = takeCompared(comparer.compare(artifact, pl.parsed, pr.parsed, compiled), { findings, stats, unusable, onFile })
    } else {
      for (const [side, parsed] of [
        ['left', pl.parsed],
        ['right', pr.parsed]
      ] as const) {
        if (parsed === undefined) continue
        const inspected = comparer.inspect(artifact, side, parsed, compiled)
        if (inspected.unusable === true) unusable.add(side)
        findings.push(...inspected.findings.map(onFile))
        stats[side === 'left' ? 'leftItems' : 'rightItems'] = inspected.items
      }
    }
  }
  return { presence: rankedPresence(artifact, l, r, unusable), findings, stats, ...(matching !== undefined ? { matching } : {}), parsed }
}

/** What a ranked artifact's result is being built from: its findings so far, stats and unusable sides, and where one-side findings go. */
export interface ResultParts {
  findings: Finding[]
  stats: ArtifactStats
  unusable: Set<Side>
  onFile: (f: Finding) => Finding
}

/** Takes a comparer's two-side result into `into` (findings located in their files, items, unusable sides); returns its matching. */
export function takeCompared(compared: RankedComparison, into: ResultParts): RankedMatching | undefined {
  for (const side of compared.unusable ?? []) into.unusable.add(side)
  into.findings.push(...compared.findings.map(into.onFile))
  into.stats.leftItems = compared.leftItems
  into.stats.rightItems = compared.rightItems
  return compared.matching
}

/** Takes the inspection of byte-identical sides (the left inspected once) into `into`, its findings mirrored onto the right file; returns its matching. */
export function takeInspectedOnce(inspected: RankedInspection, into: ResultParts & { rightPath: string }): RankedMatching | undefined {
  if (inspected.unusable === true) into.unusable.add('left').add('right')
  into.findings.push(...inspected.findings.map(into.onFile).flatMap(mirrorTo(into.rightPath)))
  into.stats.leftItems = into.stats.rightItems = inspected.items
  return inspected.matching
}

/** A comparer's one-side finding, located in that side's file. */
export function onFileOf(l: ReadArtifact, r: ReadArtifact): (f: Finding) => Finding {
  return (f) => (f.side === undefined || f.path !== undefined ? f : { ...f, path: (f.side === 'left' ? l : r).relPath })
}

/** The right side's findings of byte-identical files are the left side's: the same data with the other side (and its path). */
export function mirrorTo(rightPath: string): (f: Finding) => Finding[] {
  return (f) => (f.side === 'left' ? [f, { ...f, side: 'right', ...(f.path !== undefined ? { path: rightPath } : {}) }] : [f])
}

/** The presence row of one ranked artifact: a side read but unusable (not parsed, no list) is unreadable. */
export function rankedPresence(artifact: ArtifactId, l: ReadArtifact, r: ReadArtifact, unusable: ReadonlySet<Side>): PresenceRow {
  const state = (read: ReadArtifact, side: Side): PresenceRow['left'] => (read.state === 'present' && unusable.has(side) ? 'unreadable' : read.state)
  return { artifact, path: l.state === 'present' ? l.relPath : r.relPath, left: state(l, 'left'), right: state(r, 'right') }
}
