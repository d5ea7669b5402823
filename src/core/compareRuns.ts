import { checkConsistency, type RankedSet } from './compare/consistency.js'
import { checkContract, type RunDocuments } from './compare/contract.js'
import { diffDocument } from './compare/documents.js'
import { takeInventory, type HandledFile } from './compare/inventory.js'
import { compareRankedArtifact, unrecordedFinding, type RankedArtifactResult } from './compare/rankedFile.js'
import { compareTargetFast, failedTarget, type TargetOutcome } from './compare/rankedTarget.js'
import { runnerFor, WORKER_MIN_TASK_BYTES, type RankedTaskRunner } from './compare/rankedWorkers.js'
import { checkReceipts } from './compare/receipts.js'
import { checkRunStatus } from './compare/runStatus.js'
import { sha256Hex } from './acquire/sha256.js'
import { FileHashes } from './load/hashes.js'
import { compileFileRules } from './policy/fileRules.js'
import { firstLine } from './model/errors.js'
import { FINDING_KINDS, finding, sortFindings } from './findingKinds.js'
import { printable } from './model/finding.js'
import { explain } from './explain/explain.js'
import { rankingStats } from './explain/ranking.js'
import { isJsonObject } from './json/values.js'
import type { RankedMatching } from './compare/keyedList.js'
import { DEFAULT_LIMITS, type ReadLimits } from './model/limits.js'
import { inexactNumberFindings, parseArtifactJson, readFindings, type ReadArtifact, type SideInexactNumbers } from './load/artifact.js'
import { setting, type CompareOptions, type RankedEngine } from './model/options.js'
import { loadPolicy } from './policy/loadPolicy.js'
import { compilePolicy } from './policy/normalize.js'
import { conventionPath, discoverRankedTargets, DOCUMENT_PATHS, mergeTargets, rankedArtifactId, recordedRankedOutputs, RANKED_KINDS, type RankedTarget, type RejectedEntry } from './acquire/layout.js'
import { buildReport } from './report.js'
import { RunDir } from './acquire/runDir.js'
import type { ArtifactId, ArtifactStats, DocumentId, EffectivePolicy, Finding, JsonValue, PresenceRow, RankedKind, RankingStats, Report, RunIdentity, Side } from './model/types.js'
import { builtinValidator, loadUserValidator, type DocumentValidator } from './validate/schemas.js'

export { DOCUMENT_PATHS }

/** One contract document of one run as loaded. */
interface LoadedDocument {
  state: PresenceRow['left']
  value?: JsonValue
  findings: Finding[]
  inexact?: SideInexactNumbers
}

/**
 * Reads, parses (with the text scan) and validates one contract document of one run; its sha256
 * goes into `hashes` for the receipts check. A document the policy does not require may be
 * absent without a finding (the inventory reports it when only one side has it).
 */
async function loadDocument(runDir: RunDir, id: DocumentId, validate: DocumentValidator, required: boolean, hashes: FileHashes): Promise<LoadedDocument> {
  const read = readFindings(id, runDir, await runDir.read(DOCUMENT_PATHS[id]))
  if (read.state === 'missing' && !required) return { state: 'missing', findings: [] }
  if (read.bytes !== undefined) hashes.set(runDir.side, read.relPath, sha256Hex(read.bytes))
  const parsed = parseArtifactJson(id, runDir, read, { expectObject: true })
  const findings = [...read.findings, ...parsed.findings]
  if (parsed.value === undefined) return { state: read.state === 'present' ? 'unreadable' : read.state, findings }
  for (const violation of validate(id, parsed.value)) {
    findings.push(
      finding('schema', {
        artifact: id,
        side: runDir.side,
        path: read.relPath,
        pointer: violation.pointer === '/' ? '' : violation.pointer,
        message: violation.message
      })
    )
  }
  return { state: 'present', value: parsed.value, findings, ...(parsed.inexact !== undefined ? { inexact: parsed.inexact } : {}) }
}

/**
 * The error-severity finding for an unexpected exception while handling one artifact: one line
 * naming the problem, no stack. The comparison is then incomplete, so the verdict is `error`.
 */
function internalFailure(artifact: ArtifactId, error: unknown, side?: Side): Finding {
  return finding('unreadable', {
    artifact,
    ...(side !== undefined ? { side } : {}),
    rule: 'unreadable/internal-error',
    message: `could not be compared (internal error: ${firstLine(error)})`
  })
}

/** Runs each artifact's work so that an unexpected exception becomes `internalFailure` and the comparison goes on; remembers that one happened. */
class Guard {
  /** True once some artifact could not be compared. */
  incomplete = false

  async run<T>(artifact: ArtifactId, work: () => Promise<T> | T, fallback: (failure: Finding) => T, side?: Side): Promise<T> {
    try {
      return await work()
    } catch (error) {
      this.incomplete = true
      return fallback(internalFailure(artifact, error, side))
    }
  }
}

/** The `unsafe-path` finding for a ranked_outputs entry whose provider or profile is not a plain folder name. */
function rejectedEntryFinding(side: Side, entry: RejectedEntry): Finding {
  return finding('unsafe-path', {
    artifact: 'run_summary',
    rule: 'unsafe-path/not-plain-name',
    side,
    path: DOCUMENT_PATHS.run_summary,
    pointer: entry.pointer,
    message: `provider ${entry.provider} / profile ${entry.profile} is not a plain folder name; its ranked outputs were not looked for`
  })
}

/** The run's own run_id as written (the first document that has one), or null. */
function rawRunIdOf(docs: RunDocuments): string | null {
  for (const doc of [docs.run_summary, docs.run_health, docs.provider_availability]) {
    const id = isJsonObject(doc) ? doc.run_id : undefined
    if (typeof id === 'string') return id
  }
  return null
}

function runIdOf(docs: RunDocuments): string | null {
  const id = rawRunIdOf(docs)
  return id === null ? null : printable(id)
}

/** Whether a finding says two files differ: an error of a contract or content kind (the inventory's `differs`). */
function isDifference(f: Finding): boolean {
  const category = FINDING_KINDS[f.kind].category
  return f.severity === 'error' && (category === 'content' || category === 'contract')
}

const RANKED_ENGINES: readonly RankedEngine[] = ['plain', 'inline', 'workers', 'auto']

/** The ranked engine named by DUALRUN_RANKED_ENGINE (tests and benchmarks pick a path with it), else `auto`. */
function rankedEngineFromEnv(): RankedEngine {
  const named = process.env.DUALRUN_RANKED_ENGINE
  return RANKED_ENGINES.find((engine) => engine === named) ?? 'auto'
}

/**
 * Whether a provider/profile the run-dir convention finds has ranked files large enough for
 * workers (a jobs task's JSON and CSV, or a families file): then the workers are started before
 * the documents are read and checked, and load meanwhile.
 */
function hasLargeRankedFiles(runs: readonly RunDir[], discovered: readonly RankedTarget[][]): boolean {
  return runs.some((runDir, i) =>
    (discovered[i] ?? []).some((target) => {
      const size = (kind: RankedKind): number => runDir.sizeOf(conventionPath(kind, target)) ?? 0
      return Math.max(size('ranked_json') + size('ranked_csv'), size('ranked_families_json')) >= WORKER_MIN_TASK_BYTES
    })
  )
}

function isRequired(policy: EffectivePolicy, kind: DocumentId | (typeof RANKED_KINDS)[number]): boolean {
  return policy.required.includes(kind)
}

/**
 * Compares two run directories and returns the report. Never throws for anything inside the run
 * dirs (that becomes findings); throws a UserError only for unusable arguments (a run dir that
 * does not exist, an invalid policy file or schema folder). An unexpected exception while handling
 * one artifact becomes one error-severity finding naming it, and the other artifacts are still
 * compared (the verdict is then `error`).
 */
export async function compareRuns(options: CompareOptions): Promise<Report> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const [policy, validate, left, right] = await Promise.all([
    options.policy ?? loadPolicy(options.policyFile),
    options.schemasDir !== undefined && options.schemasDir !== '' ? loadUserValidator(options.schemasDir) : builtinValidator,
    RunDir.open(options.left.path, 'left', options.left.label, limits),
    RunDir.open(options.right.path, 'right', options.right.label, limits)
  ])
  // The ranked outputs the run-dir convention finds, and the workers to compare them when they are large, before anything is read.
  const discovered = await Promise.all([discoverRankedTargets(left), discoverRankedTargets(right)])
  const engine = options.rankedEngine ?? rankedEngineFromEnv()
  const runner = runnerFor(engine)
  try {
    // The workers engine runs every task on workers: they are started at once whatever the sizes.
    if (engine === 'workers' || hasLargeRankedFiles([left, right], discovered)) runner?.warm()
    return await compareWith({ options, limits, policy, validate, left, right, discovered, runner })
  } finally {
    await runner?.close()
  }
}

/** What compareRuns opened and started before comparing. */
interface Opened {
  options: CompareOptions
  limits: ReadLimits
  policy: EffectivePolicy
  validate: DocumentValidator
  left: RunDir
  right: RunDir
  /** Each side's ranked outputs by the run-dir convention. */
  discovered: RankedTarget[][]
  runner: RankedTaskRunner | undefined
}

/** The comparison itself (see compareRuns). */
async function compareWith({ options, limits, policy, validate, left, right, discovered, runner }: Opened): Promise<Report> {
  // The policy is compiled once; every comparer gets the compiled form.
  const compiled = compilePolicy(policy, { allowRunIdDrift: options.allowRunIdDrift })
  const guard = new Guard()
  const guarded = guard.run.bind(guard)
  const hashes = new FileHashes()
  const findings: Finding[] = []
  const presence: PresenceRow[] = []
  const stats: ArtifactStats[] = []
  const matchings: { artifact: ArtifactId; matching: RankedMatching; ranking?: RankingStats }[] = []
  /** Ranking statistics made while the jobs task still ran, by the very matching they were made from. */
  const rankedEarly = new Map<RankedMatching, RankingStats>()
  const handled = new Map<string, HandledFile>()
  const docs: { left: RunDocuments; right: RunDocuments } = { left: {}, right: {} }

  for (const id of Object.keys(DOCUMENT_PATHS) as DocumentId[]) {
    const required = isRequired(policy, id)
    const load = (runDir: RunDir): Promise<LoadedDocument> =>
      guarded(id, () => loadDocument(runDir, id, validate, required, hashes), (failure) => ({ state: 'unreadable', findings: [failure] }), runDir.side)
    const [l, r] = await Promise.all([load(left), load(right)])
    if (required) presence.push({ artifact: id, path: DOCUMENT_PATHS[id], left: l.state, right: r.state })
    handled.set(DOCUMENT_PATHS[id], { mode: 'contract', artifact: id, left: l.state, right: r.state, required })
    findings.push(...l.findings, ...r.findings, ...inexactNumberFindings(id, l.inexact, r.inexact))
    if (l.value !== undefined) docs.left[id] = l.value
    if (r.value !== undefined) docs.right[id] = r.value
  }
  findings.push(...checkRunStatus('left', docs.left, policy), ...checkRunStatus('right', docs.right, policy))

  const contract = await guarded('run_summary', () => checkContract(docs.left, docs.right, compiled), (failure) => ({
    findings: [failure],
    claimed: { run_summary: [], run_health: [], provider_availability: [] }
  }))
  findings.push(...contract.findings)
  for (const id of Object.keys(DOCUMENT_PATHS) as DocumentId[]) {
    const l = docs.left[id]
    const r = docs.right[id]
    if (l !== undefined && r !== undefined) findings.push(...(await guarded(id, () => diffDocument(id, l, r, contract.claimed[id], compiled), (failure) => [failure])))
  }

  // Ranked outputs: the union of the pairs either run_summary lists and the pairs the run-dir
  // convention finds on disk, so a ranked file is compared whatever the summaries say.
  const recordedLeft = recordedRankedOutputs(docs.left.run_summary)
  const recordedRight = recordedRankedOutputs(docs.right.run_summary)
  findings.push(...recordedLeft.rejected.map((e) => rejectedEntryFinding('left', e)), ...recordedRight.rejected.map((e) => rejectedEntryFinding('right', e)))
  // A rejected entry's ranked outputs were not looked for: the comparison is incomplete.
  const unlooked = recordedLeft.rejected.length + recordedRight.rejected.length > 0
  const allTargets = mergeTargets(recordedLeft.targets, recordedRight.targets, ...discovered)
  // Each pair reads one file per ranked kind from each run dir: never more pairs than max-files allows.
  const room = Math.floor(limits.maxFiles / RANKED_KINDS.length)
  const targets = allTargets.slice(0, room)
  if (allTargets.length > room) {
    findings.push(
      finding('unreadable', {
        artifact: 'run_dir',
        rule: 'unreadable/run-dir',
        message: `${allTargets.length} provider/profile pairs have ranked outputs, but the max-files limit of ${limits.maxFiles} leaves room for ${room}; the other ${allTargets.length - room} were not compared (raise ${setting('max-files')})`
      })
    )
  }
  const recorded = { left: recordedLeft.recorded, right: recordedRight.recorded }
  /** Per side, where each ranked artifact was read (for the receipts check). */
  const rankedRead: Record<Side, Map<string, string>> = { left: new Map(), right: new Map() }
  /** The plain path of one artifact (files already read are reused), an exception becoming its finding. */
  const plainArtifact = (kind: RankedKind, target: RankedTarget, located?: Record<Side, ReadArtifact>): Promise<RankedArtifactResult> => {
    const artifact = rankedArtifactId(kind, target)
    return guarded(
      artifact,
      () => compareRankedArtifact(kind, target, { left, right }, recorded, compiled, hashes, located),
      (failure) => ({
        presence: { artifact, path: conventionPath(kind, target), left: 'unreadable' as const, right: 'unreadable' as const },
        findings: [failure],
        stats: { artifact, identicalBytes: false },
        parsed: { left: undefined, right: undefined }
      })
    )
  }
  /** The plain path of one provider/profile: each artifact, then each run's self-consistency. */
  const plainTarget = async (target: RankedTarget, located: Partial<Record<RankedKind, Record<Side, ReadArtifact>>> = {}): Promise<TargetOutcome> => {
    const sets: Record<Side, RankedSet> = { left: {}, right: {} }
    const results: RankedArtifactResult[] = []
    for (const kind of RANKED_KINDS) {
      const result = await plainArtifact(kind, target, located[kind])
      results.push(result)
      for (const side of ['left', 'right'] as const) if (result.parsed[side] !== undefined) sets[side][kind] = result.parsed[side]
    }
    const consistency = await guarded(rankedArtifactId('ranked_csv', target), () => checkConsistency(target, sets, policy), (failure) => [failure])
    return { results, consistency }
  }
  try {
    for (const target of targets) {
      const outcome =
        runner === undefined
          ? await plainTarget(target)
          : await compareTargetFast({
              target,
              runs: { left, right },
              recorded,
              compiled,
              hashes,
              runner,
              plainTarget: (located) => plainTarget(target, located),
              plainArtifact: (kind, located) => plainArtifact(kind, target, located),
              onMatching: (artifact, matching) => rankedEarly.set(matching, rankingStats(artifact, matching))
            }).catch((error: unknown) => {
              // A worker that died: each artifact of this provider/profile is one finding, and the comparison goes on.
              guard.incomplete = true
              return failedTarget(target, (artifact) => internalFailure(artifact, error))
            })
      for (const result of outcome.results) {
        const artifact = result.stats.artifact
        const kind = RANKED_KINDS.find((k) => rankedArtifactId(k, target) === artifact) as RankedKind
        const required = isRequired(policy, kind)
        if (required) presence.push(result.presence)
        handled.set(result.presence.path, { mode: 'ranked', artifact, left: result.presence.left, right: result.presence.right, required })
        findings.push(...result.findings.filter((f) => required || f.kind !== 'missing'))
        stats.push(result.stats)
        if ('matching' in result && result.matching !== undefined) {
          const ranking = rankedEarly.get(result.matching)
          matchings.push({ artifact, matching: result.matching, ...(ranking !== undefined ? { ranking } : {}) })
        }
        for (const side of ['left', 'right'] as const) {
          rankedRead[side].set(artifact, result.presence.path)
          if (result.presence[side] !== 'missing' && docs[side].run_summary !== undefined && !recorded[side].has(artifact)) {
            findings.push(unrecordedFinding(side, artifact, result.presence.path))
          }
        }
      }
      findings.push(...outcome.consistency)
    }
  } finally {
    await runner?.close()
  }

  const runIds = { left: rawRunIdOf(docs.left), right: rawRunIdOf(docs.right) }
  const inventory = await guarded(
    'run_dir',
    () => takeInventory({ left, right }, compileFileRules(policy), handled, { findings, isDifference }, compiled, hashes, runIds),
    (failure) => ({ files: [], findings: [failure] })
  )
  findings.push(...inventory.findings)
  for (const runDir of [left, right]) {
    findings.push(...(await guarded('run_summary', () => checkReceipts(runDir, docs[runDir.side].run_summary, hashes, policy, (kind, provider, profile) =>
          RANKED_KINDS.includes(kind as RankedKind) ? rankedRead[runDir.side].get(rankedArtifactId(kind as RankedKind, { provider, profile })) : undefined,
        new Set(handled.keys())
        ), (failure) => [failure], runDir.side)))
  }
  for (const runDir of [left, right]) {
    for (const problem of runDir.problems) findings.push(finding('unreadable', { artifact: 'run_dir', rule: 'unreadable/run-dir', side: runDir.side, message: problem }))
  }

  const identity = (runDir: RunDir, runDocs: RunDocuments): RunIdentity => ({
    label: runDir.label,
    path: runDir.root,
    run_id: runIdOf(runDocs)
  })
  const ordered = sortFindings(findings)
  const explained = explain({ findings: ordered, policy, documents: docs, labels: { left: left.label, right: right.label }, matchings })
  return buildReport({
    left: identity(left, docs.left),
    right: identity(right, docs.right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : 'builtin' },
    presence,
    findings: explained.findings,
    policy,
    stats,
    causes: explained.causes,
    ranking: explained.ranking,
    files: inventory.files,
    incomplete: guard.incomplete || unlooked
  })
}
