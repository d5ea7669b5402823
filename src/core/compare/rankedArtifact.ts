import { finding } from '../findingKinds.js'
import { decodeUtf8 } from '../jsonText.js'
import { parseArtifactJson, readFindings, type ReadArtifact } from '../loadDocument.js'
import { conventionPath, rankedArtifactId, type RankedTarget, type RecordedRanked } from '../rankedOutputs.js'
import type { RunDir } from '../runDir.js'
import type { ArtifactId, ArtifactStats, Finding, JsonValue, PresenceRow, RankedKind, Side } from '../types.js'
import type { CompareContext } from './context.js'
import { compareRankedCsv, inspectRankedCsv } from './rankedCsv.js'
import { compareRankedFamilies, inspectRankedFamilies } from './rankedFamilies.js'
import { compareRankedJobs, inspectRankedJobs } from './rankedJobs.js'

type Pair<T> = Record<Side, T>

/** A parsed ranked file: JSON for jobs and families, text for CSV. */
type Parsed = { json: JsonValue } | { text: string }

/** The comparer and single-side inspector of each ranked kind. */
const COMPARERS: Record<
  RankedKind,
  {
    compare: (artifact: ArtifactId, l: Parsed, r: Parsed, ctx: CompareContext) => { findings: Finding[]; leftItems: number; rightItems: number }
    inspect: (artifact: ArtifactId, side: Side, value: Parsed, ctx: CompareContext) => { findings: Finding[]; items: number }
  }
> = {
  ranked_json: {
    compare: (a, l, r, ctx) => compareRankedJobs(a, json(l), json(r), ctx),
    inspect: (a, side, v, ctx) => inspectRankedJobs(a, side, json(v), ctx)
  },
  ranked_families_json: {
    compare: (a, l, r, ctx) => compareRankedFamilies(a, json(l), json(r), ctx),
    inspect: (a, side, v, ctx) => inspectRankedFamilies(a, side, json(v), ctx)
  },
  ranked_csv: {
    compare: (a, l, r, ctx) => compareRankedCsv(a, text(l), text(r), ctx),
    inspect: (a, side, v, ctx) => inspectRankedCsv(a, side, text(v), ctx)
  }
}

function json(p: Parsed): JsonValue {
  return 'json' in p ? p.json : null
}
function text(p: Parsed): string {
  return 'text' in p ? p.text : ''
}

/** Reads a ranked file by the run-dir convention, falling back to the recorded path when that lies inside the run dir. */
async function locate(runDir: RunDir, kind: RankedKind, target: RankedTarget, recorded: RecordedRanked | undefined): Promise<ReadArtifact> {
  const artifact = rankedArtifactId(kind, target)
  const byConvention = await runDir.read(conventionPath(kind, target))
  if (byConvention.state === 'missing' && recorded?.path !== undefined) {
    const rel = runDir.recordedToRelative(recorded.path)
    if (rel !== undefined) {
      const byRecord = await runDir.read(rel)
      if (byRecord.state !== 'missing') return readFindings(artifact, runDir, byRecord)
    }
  }
  return readFindings(artifact, runDir, byConvention)
}

/** Parses a ranked file's bytes; problems become `unreadable` findings of that side. */
function parse(kind: RankedKind, artifact: ArtifactId, runDir: RunDir, read: ReadArtifact): { parsed?: Parsed; findings: Finding[] } {
  if (read.bytes === undefined) return { findings: [] }
  if (kind !== 'ranked_csv') {
    const result = parseArtifactJson(artifact, runDir, read, false)
    return result.value === undefined ? { findings: result.findings } : { parsed: { json: result.value }, findings: result.findings }
  }
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) {
    return { findings: [finding('unreadable', { artifact, side: runDir.side, message: `${runDir.side} ${read.relPath}: ${decoded.problem}` })] }
  }
  return { parsed: { text: decoded.value.text }, findings: [] }
}

/** sha256 of bytes as hex, computed off the main thread (WebCrypto) while parsing goes on. */
async function sha256Hex(bytes: Buffer): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
  return Buffer.from(digest).toString('hex')
}

/**
 * Locates, reads and compares one ranked artifact of both runs. Byte-identical files are parsed
 * once (to check them) and never diffed. The recorded sha256 of each side is checked against the
 * located file (`integrity` warning on mismatch).
 */
export async function compareRankedArtifact(
  kind: RankedKind,
  target: RankedTarget,
  runs: Pair<RunDir>,
  recorded: Pair<Map<string, RecordedRanked>>,
  ctx: CompareContext
): Promise<{ presence: PresenceRow; findings: Finding[]; stats: ArtifactStats }> {
  const artifact = rankedArtifactId(kind, target)
  const [l, r] = await Promise.all([
    locate(runs.left, kind, target, recorded.left.get(artifact)),
    locate(runs.right, kind, target, recorded.right.get(artifact))
  ])
  const findings: Finding[] = [...l.findings, ...r.findings]
  const integrity = (['left', 'right'] as const).map(async (side) => {
    const read = side === 'left' ? l : r
    const expected = recorded[side].get(artifact)?.sha256
    if (read.bytes === undefined || expected === undefined) return undefined
    const actual = await sha256Hex(read.bytes)
    if (actual === expected.toLowerCase()) return undefined
    return finding('integrity', {
      artifact,
      side,
      field: 'sha256',
      message: `${side} ${read.relPath}: sha256 ${actual} differs from the ${expected} recorded in run_summary.ranked_outputs`
    })
  })

  const stats: ArtifactStats = { artifact, identicalBytes: false }
  const identical = l.bytes !== undefined && r.bytes !== undefined && l.bytes.equals(r.bytes)
  const comparer = COMPARERS[kind]
  if (identical) {
    stats.identicalBytes = true
    const once = parse(kind, artifact, runs.left, l)
    const mirror = (f: Finding): Finding[] => (f.side === 'left' ? [f, { ...f, side: 'right', message: f.message.replace(/^left /, 'right ') }] : [f])
    findings.push(...once.findings.flatMap(mirror))
    if (once.parsed !== undefined) {
      const inspected = comparer.inspect(artifact, 'left', once.parsed, ctx)
      findings.push(...inspected.findings.flatMap(mirror))
      stats.leftItems = stats.rightItems = inspected.items
    }
  } else {
    const pl = parse(kind, artifact, runs.left, l)
    const pr = parse(kind, artifact, runs.right, r)
    findings.push(...pl.findings, ...pr.findings)
    if (pl.parsed !== undefined && pr.parsed !== undefined) {
      const compared = comparer.compare(artifact, pl.parsed, pr.parsed, ctx)
      findings.push(...compared.findings)
      stats.leftItems = compared.leftItems
      stats.rightItems = compared.rightItems
    } else {
      for (const [side, parsed] of [
        ['left', pl.parsed],
        ['right', pr.parsed]
      ] as const) {
        if (parsed === undefined) continue
        const inspected = comparer.inspect(artifact, side, parsed, ctx)
        findings.push(...inspected.findings)
        stats[side === 'left' ? 'leftItems' : 'rightItems'] = inspected.items
      }
    }
  }
  for (const f of await Promise.all(integrity)) if (f !== undefined) findings.push(f)
  const state = (read: ReadArtifact, parseFailed: boolean): PresenceRow['left'] => (read.state === 'present' && parseFailed ? 'unreadable' : read.state)
  const unparsed = (side: Side): boolean =>
    findings.some((f) => f.artifact === artifact && f.side === side && f.kind === 'unreadable' && f.severity === 'error' && f.pointer === undefined)
  return {
    presence: {
      artifact,
      path: l.state === 'present' ? l.relPath : r.relPath,
      left: state(l, unparsed('left')),
      right: state(r, unparsed('right'))
    },
    findings,
    stats
  }
}
