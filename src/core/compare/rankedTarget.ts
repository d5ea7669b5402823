import { sha256Hex } from '../acquire/sha256.js'
import { conventionPath, rankedArtifactId, RANKED_KINDS, type RankedTarget, type RecordedRanked } from '../acquire/layout.js'
import type { RunDir } from '../acquire/runDir.js'
import { inexactNumberFindings, type ReadArtifact } from '../load/artifact.js'
import type { FileHashes } from '../load/hashes.js'
import type { ArtifactId, ArtifactStats, Finding, RankedKind, Side } from '../model/types.js'
import { consistencyFindings, familyJobRefs, unknownFamilyJobs, type FamilyJobRefs, type Problem } from './consistency.js'
import type { KeyedRow, PrimaryScore, RankedComparison, RankedInspection, RankedMatching, RowObject } from './keyedList.js'
import type { ByteSpan } from './sameSources.js'
import { compactPrimary, type CompactRows } from './compactRows.js'
import { presentStrings, stringAt } from './stringColumn.js'
import { FAMILIES } from './rankedFamilies.js'
import { locate, mirrorTo, onFileOf, rankedPresence, takeCompared, takeInspectedOnce, type RankedArtifactResult } from './rankedFile.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { JOBS } from './rankedJobs.js'
import { comparePreparedSides, inspectPreparedSide, rankedJsonSpec, type PreparedSide, type RankedJsonFlavour } from './rankedJson.js'
import type { CompactJsonSide, InspectedJsonSide, JobsPart, RankedTaskResult, TaskFile } from './rankedTasks.js'
import type { RankedTaskRunner } from './rankedWorkers.js'

type Pair<T> = Record<Side, T>

/** One provider/profile's three ranked artifacts as compared, and the two runs' self-consistency findings. */
export interface TargetOutcome {
  results: RankedArtifactResult[]
  consistency: Finding[]
}

/** What the fast path needs from the orchestrator, including the plain path it falls back to. */
export interface FastTargetEnv {
  target: RankedTarget
  runs: Pair<RunDir>
  recorded: Pair<Map<string, RecordedRanked>>
  compiled: CompiledPolicy
  hashes: FileHashes
  runner: RankedTaskRunner
  /** The plain path for the whole provider/profile, reusing the files already read. */
  plainTarget: (located: Partial<Record<RankedKind, Pair<ReadArtifact>>>) => Promise<TargetOutcome>
  /** The plain path for one artifact, reusing its files already read. */
  plainArtifact: (kind: RankedKind, located: Pair<ReadArtifact>) => Promise<RankedArtifactResult>
  /**
   * Given each ranked list's matching of the fast path (its result's `matching`, the same object)
   * while the jobs task finishes on its own: the caller's work on it (the ranking statistics) is
   * done then, on a core the tasks leave free, instead of after the last answer.
   */
  onMatching?: (artifact: ArtifactId, matching: RankedMatching) => void
}

/**
 * A ranked JSON row rebuilt from row `k` of a side's columns (`CompactRows`): its source is its
 * bytes in the file (the row is its own span: no object more per row), and its content is parsed
 * from them only when asked for (rows with the same bytes on both sides never are).
 */
class JsonRow implements KeyedRow, ByteSpan {
  readonly index: number
  readonly identity: string | undefined
  readonly key: string
  private parsed: RowObject | undefined
  constructor(
    private readonly compact: CompactRows,
    private readonly k: number,
    private readonly scoreFields: readonly string[],
    readonly listPointer: string,
    readonly bytes: Buffer,
    readonly start: number,
    readonly end: number
  ) {
    this.index = compact.index[k] as number
    this.identity = stringAt(compact.identity, k)
    this.key = stringAt(compact.key, k) ?? (this.identity as string)
  }

  get title(): string | undefined {
    return stringAt(this.compact.title, this.k)
  }

  get primary(): PrimaryScore | null | undefined {
    return compactPrimary(this.compact, this.k, this.scoreFields)
  }

  get source(): ByteSpan {
    return this
  }

  get raw(): RowObject {
    return (this.parsed ??= JSON.parse(this.bytes.toString('utf8', this.start, this.end)) as RowObject)
  }
}

/** One side's prepared rows rebuilt from its compact projection, over the file's bytes. */
function preparedFrom(flavour: RankedJsonFlavour, artifact: ArtifactId, compact: CompactJsonSide, bytes: Buffer, compiled: CompiledPolicy): PreparedSide {
  const { scoreFields } = compiled.policy
  const rows = Array.from(compact.rows.index, (_, k) => new JsonRow(compact.rows, k, scoreFields, compact.listPointer, bytes, compact.start[k] as number, compact.end[k] as number))
  return { spec: rankedJsonSpec(flavour, artifact, compiled), rows, findings: compact.rowFindings, items: compact.items }
}

function usable(pair: Pair<ReadArtifact>): boolean {
  return pair.left.bytes !== undefined && pair.right.bytes !== undefined
}

function release(pair: Pair<ReadArtifact>): void {
  delete pair.left.bytes
  delete pair.right.bytes
}

function bailed(result: RankedTaskResult): result is { bail: string } {
  return result.bail !== undefined
}

/**
 * Compares one provider/profile's ranked JSON, CSV and families with the ranked tasks: the jobs
 * task (both sides' ranked JSON and CSV) and the families task (both sides' families) run at once
 * on two lanes of workers, each checking both sides (the JSON scanned, not parsed; the right side
 * taking what equals the left's); the JSON rows are joined by identity here, each file as it
 * comes, and only rows whose bytes differ are parsed; the CSV comes compared. Byte-identical
 * files are checked once. The findings are those of the plain path (`compareRankedArtifact` and
 * `checkConsistency`), which handles any case a task does not reduce (a file missing or
 * unparsable, duplicate keys, no list). A worker that dies rejects, and the caller reports it.
 */
export async function compareTargetFast(env: FastTargetEnv): Promise<TargetOutcome> {
  const { target, runs, recorded, compiled, hashes, runner } = env
  const locatePair = async (kind: RankedKind): Promise<Pair<ReadArtifact>> => {
    const artifact = rankedArtifactId(kind, target)
    const [left, right] = await Promise.all([locate(runs.left, kind, target, recorded.left.get(artifact)), locate(runs.right, kind, target, recorded.right.get(artifact))])
    return { left, right }
  }
  const ctx = { policy: compiled.policy, allowRunIdDrift: compiled.allowRunIdDrift }
  const files = (kind: RankedKind, reads: Pair<ReadArtifact>): Pair<TaskFile> => {
    const artifact = rankedArtifactId(kind, target)
    const file = (read: ReadArtifact): TaskFile => ({ artifact, relPath: read.relPath, bytes: read.bytes as Buffer })
    return { left: file(reads.left), right: file(reads.right) }
  }

  const [jobs, csv] = await Promise.all([locatePair('ranked_json'), locatePair('ranked_csv')])
  if (!usable(jobs) || !usable(csv)) return env.plainTarget({ ranked_json: jobs, ranked_csv: csv })
  // Each file is joined or taken here as soon as its task posts it (the ranked JSON while the jobs task
  // reads the CSVs, the CSV's comparison while it checks them, the families while the jobs task runs on). When the jobs task fails
  // or bails, the families' join is not used: its rejection is then expected, not unhandled.
  let jsonJoined: { joined: RankedArtifactResult; knownJobs: Pair<ReadonlySet<string | undefined>> } | undefined
  let csvJoined: RankedArtifactResult | undefined
  let jsonPosted: () => void = () => undefined
  const jsonArrived = new Promise<void>((resolve) => (jsonPosted = resolve))
  const joinPart = (part: JobsPart): void => {
    if (part.op === 'jobs-csv') {
      csvJoined = assemble('ranked_csv', csv, [], part.outcome)
      return
    }
    // Each side's job identities, for the families check.
    const leftJobs = new Set(presentStrings(part.left.jobIds))
    jsonJoined = {
      joined: jsonResult(JOBS, 'ranked_json', jobs, part.left.jobs, part.right.jobs, part.same),
      knownJobs: { left: leftJobs, right: part.right.jobIds === part.left.jobIds ? leftJobs : new Set(presentStrings(part.right.jobIds)) }
    }
    jsonPosted()
  }
  // Also the hashes task's (taken before the join releases the reads' bytes).
  const jobsFiles = { jobs: files('ranked_json', jobs), csv: files('ranked_csv', csv) }
  const jobsJoined = runner.run({ op: 'jobs', ctx, ...jobsFiles }, 0, joinPart).then((answer) => {
    if (bailed(answer) || answer.op !== 'jobs' || jsonJoined === undefined || csvJoined === undefined) return undefined
    return { answer, json: jsonJoined, csv: csvJoined }
  })
  // Read while the jobs task runs, and checked on the other lane; the files' hashes are taken there next
  // (awaited before this returns, so no task outlives its provider/profile).
  let hashed: Promise<void> = Promise.resolve()
  const familiesJoined = locatePair('ranked_families_json').then(async (families) => {
    if (!usable(families)) {
      hashed = hashOnLane([jobsFiles.jobs, jobsFiles.csv])
      return { families, fast: undefined }
    }
    const familiesFiles = files('ranked_families_json', families)
    const checked = runner.run({ op: 'families', ctx, families: familiesFiles }, 1)
    hashed = hashOnLane([jobsFiles.jobs, jobsFiles.csv, familiesFiles])
    const answer = await checked
    if (bailed(answer) || answer.op !== 'families') return { families, fast: undefined }
    return { families, fast: { answer, joined: jsonResult(FAMILIES, 'ranked_families_json', families, answer.left.families, answer.right.families, answer.same) } }
  })
  familiesJoined.catch(() => undefined)
  // Once the ranked JSON is joined and the other lane is done (families and hashes answered), only the jobs task still
  // runs, checking the CSVs: the families' job references are checked then and each list's matching handed on, on a
  // core that is free, instead of after the jobs answer. Awaited below when the fast path's results are used.
  const whileCsvChecked = Promise.all([jsonArrived, familiesJoined.then(() => hashed)]).then(async () => {
    const { fast } = await familiesJoined
    const json = jsonJoined as NonNullable<typeof jsonJoined>
    if (json.joined.matching !== undefined) env.onMatching?.(json.joined.stats.artifact, json.joined.matching)
    if (fast === undefined) return undefined
    if (fast.joined.matching !== undefined) env.onMatching?.(fast.joined.stats.artifact, fast.joined.matching)
    const { knownJobs } = json
    const left = familyCheck(knownJobs.left, fast.answer.left.refs)
    const same = knownJobs.right === knownJobs.left && fast.answer.right.refs === fast.answer.left.refs
    return { left, right: same ? left : familyCheck(knownJobs.right, fast.answer.right.refs) }
  })
  whileCsvChecked.catch(() => undefined)
  const jobsDone = await jobsJoined
  if (jobsDone === undefined) {
    const families = await familiesJoined.then(({ families }) => families, () => undefined)
    await hashed
    return env.plainTarget({ ranked_json: jobs, ranked_csv: csv, ...(families !== undefined ? { ranked_families_json: families } : {}) })
  }
  const { answer: j, json: { knownJobs } } = jobsDone
  const results: RankedArtifactResult[] = [jobsDone.json.joined, jobsDone.csv]
  release(jobs)
  release(csv)

  // Families: the fast result, or the plain path for this artifact; either way each side's job references for the consistency check.
  const refs: Pair<FamilyJobRefs | undefined> = { left: undefined, right: undefined }
  const { families, fast } = await familiesJoined
  if (fast !== undefined) {
    results.push(fast.joined)
    refs.left = fast.answer.left.refs
    refs.right = fast.answer.right.refs
    release(families)
  } else {
    const plain = await env.plainArtifact('ranked_families_json', families)
    results.push(plain)
    for (const side of ['left', 'right'] as const) {
      const parsed = plain.parsed[side]
      if (parsed !== undefined && 'json' in parsed) refs[side] = familyJobRefs(parsed.json, compiled.policy.identityFields)
    }
  }
  // The fast families' check was made while the CSVs were checked; the plain path's is made here.
  const checkedEarly = await whileCsvChecked
  const familyProblems = (side: Side): Problem[] => checkedEarly?.[side] ?? familyCheck(knownJobs[side], refs[side])
  const left = [...j.left, ...familyProblems('left')]
  await hashed
  return { results, consistency: consistencyFindings(target, { left, right: j.right === j.left && refs.left === refs.right ? left : [...j.right, ...familyProblems('right')] }) }

  /**
   * Records each side's hash of these files as the hashes task's answer (lane 1, behind the
   * families task: the lane that is free first); a task that fails or bails leaves them to be
   * hashed here. Resolves when the task has answered or failed.
   */
  function hashOnLane(pairs: Pair<TaskFile>[]): Promise<void> {
    const answer = runner.run({ op: 'hashes', files: pairs.map((pair) => ({ left: pair.left.bytes, right: pair.right.bytes })) }, 1)
    pairs.forEach((pair, k) => {
      for (const side of ['left', 'right'] as const) {
        const here = (): Promise<string> => sha256Hex(pair[side].bytes as Buffer)
        hashes.set(side, pair[side].relPath, answer.then((done) => (!bailed(done) && done.op === 'hashes' ? (done.sha256[k] as Pair<string>)[side] : here()), here))
      }
    })
    return answer.then(
      () => undefined,
      () => undefined
    )
  }

  /**
   * One artifact's result as the plain path builds it: the reads' and parse findings, then the
   * comparer's findings located in their files; for identical bytes, the left side inspected once
   * and mirrored onto the right.
   */
  function assemble(
    kind: RankedKind,
    reads: Pair<ReadArtifact>,
    parseFindings: Finding[],
    outcome: { once: true; inspected: RankedInspection } | { once: false; compared: RankedComparison }
  ): RankedArtifactResult {
    const artifact = rankedArtifactId(kind, target)
    const findings: Finding[] = [...reads.left.findings, ...reads.right.findings, ...parseFindings]
    const stats: ArtifactStats = { artifact, identicalBytes: outcome.once }
    const unusable = new Set<Side>()
    const parts = { findings, stats, unusable, onFile: onFileOf(reads.left, reads.right) }
    const matching = outcome.once ? takeInspectedOnce(outcome.inspected, { ...parts, rightPath: reads.right.relPath }) : takeCompared(outcome.compared, parts)
    return { presence: rankedPresence(artifact, reads.left, reads.right, unusable), findings, stats, ...(matching !== undefined ? { matching } : {}), parsed: { left: undefined, right: undefined } }
  }

  /** One ranked JSON artifact's result from the two sides' projections, or (same bytes: checked once, mirrored) from the left side inspected on its task. */
  function jsonResult(
    flavour: RankedJsonFlavour,
    kind: RankedKind,
    reads: Pair<ReadArtifact>,
    l: CompactJsonSide | InspectedJsonSide,
    r: CompactJsonSide | InspectedJsonSide,
    once: boolean
  ): RankedArtifactResult {
    const artifact = rankedArtifactId(kind, target)
    const prepared = (side: Side, compact: CompactJsonSide): PreparedSide => preparedFrom(flavour, artifact, compact, reads[side].bytes as Buffer, compiled)
    if (once) {
      const parseFindings = l.parseFindings.flatMap(mirrorTo(reads.right.relPath))
      if (l.inexact !== undefined) parseFindings.push(...inexactNumberFindings(artifact, l.inexact, { ...l.inexact, side: 'right', relPath: reads.right.relPath }))
      return assemble(kind, reads, parseFindings, { once, inspected: 'inspected' in l ? l.inspected : inspectPreparedSide('left', prepared('left', l)) })
    }
    if ('inspected' in l || 'inspected' in r) throw new Error('a ranked JSON inspected alone was given two different sides')
    const parseFindings = [...l.parseFindings, ...r.parseFindings, ...inexactNumberFindings(artifact, l.inexact, r.inexact)]
    return assemble(kind, reads, parseFindings, { once, compared: comparePreparedSides(prepared('left', l), prepared('right', r)) })
  }
}

/** One side's families check: its job references against the ranked JSON's jobs (none without references). */
function familyCheck(known: ReadonlySet<string | undefined>, refs: FamilyJobRefs | undefined): Problem[] {
  return refs !== undefined ? unknownFamilyJobs(known, refs) : []
}

/** The three artifacts of a provider/profile, each marked unreadable with `failure` (a worker that died), for the report. */
export function failedTarget(target: RankedTarget, failure: (artifact: ArtifactId) => Finding): TargetOutcome {
  return {
    results: RANKED_KINDS.map((kind) => {
      const artifact = rankedArtifactId(kind, target)
      return {
        presence: { artifact, path: conventionPath(kind, target), left: 'unreadable' as const, right: 'unreadable' as const },
        findings: [failure(artifact)],
        stats: { artifact, identicalBytes: false },
        parsed: { left: undefined, right: undefined }
      }
    }),
    consistency: []
  }
}
