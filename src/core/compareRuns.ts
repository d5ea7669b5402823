import { checkContract, type RunDocuments } from './compare/contract.js'
import type { CompareContext } from './compare/context.js'
import { diffDocument } from './compare/documents.js'
import { compareRankedArtifact } from './compare/rankedArtifact.js'
import { finding } from './findingKinds.js'
import { DEFAULT_LIMITS } from './limits.js'
import { parseArtifactJson, readFindings } from './loadDocument.js'
import type { CompareOptions } from './options.js'
import { loadPolicy } from './policy/loadPolicy.js'
import { discoverRankedTargets, mergeTargets, recordedRankedOutputs, RANKED_KINDS } from './rankedOutputs.js'
import { buildReport } from './report.js'
import { RunDir } from './runDir.js'
import type { DocumentId, Finding, JsonValue, PresenceRow, Report, RunIdentity, ArtifactStats } from './types.js'
import { builtinValidator, loadUserValidator, type DocumentValidator } from './validate.js'

/** The three contract documents and their fixed paths in a run dir. */
export const DOCUMENT_PATHS: Record<DocumentId, string> = {
  run_summary: 'run_summary.v1.json',
  run_health: 'run_health.v1.json',
  provider_availability: 'artifacts/provider_availability_v1.json'
}

/** Reads, parses and validates one contract document of one run. */
async function loadDocument(
  runDir: RunDir,
  id: DocumentId,
  validate: DocumentValidator
): Promise<{ state: PresenceRow['left']; value?: JsonValue; findings: Finding[] }> {
  const read = readFindings(id, runDir, await runDir.read(DOCUMENT_PATHS[id]))
  const parsed = parseArtifactJson(id, runDir, read, true)
  const findings = [...read.findings, ...parsed.findings]
  if (parsed.value === undefined) return { state: read.state === 'present' ? 'unreadable' : read.state, findings }
  for (const violation of validate(id, parsed.value)) {
    findings.push(
      finding('schema', {
        artifact: id,
        side: runDir.side,
        pointer: violation.pointer === '/' ? '' : violation.pointer,
        message: `${runDir.side} ${DOCUMENT_PATHS[id]} ${violation.pointer}: ${violation.message}`
      })
    )
  }
  return { state: 'present', value: parsed.value, findings }
}

function runIdOf(docs: RunDocuments): string | null {
  for (const doc of [docs.run_summary, docs.run_health, docs.provider_availability]) {
    const id = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc.run_id : undefined
    if (typeof id === 'string') return id
  }
  return null
}

/**
 * Compares two run directories and returns the report. Never throws for anything inside the run
 * dirs (that becomes findings); throws a UserError only for unusable arguments (a run dir that
 * does not exist, an invalid policy file or schema folder).
 */
export async function compareRuns(options: CompareOptions): Promise<Report> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const [policy, validate, left, right] = await Promise.all([
    loadPolicy(options.policyFile),
    options.schemasDir !== undefined && options.schemasDir !== '' ? loadUserValidator(options.schemasDir) : builtinValidator,
    RunDir.open(options.left.path, 'left', options.left.label, limits),
    RunDir.open(options.right.path, 'right', options.right.label, limits)
  ])
  const ctx: CompareContext = { policy, allowRunIdDrift: options.allowRunIdDrift }
  const findings: Finding[] = []
  const presence: PresenceRow[] = []
  const stats: ArtifactStats[] = []
  const docs: { left: RunDocuments; right: RunDocuments } = { left: {}, right: {} }

  for (const id of Object.keys(DOCUMENT_PATHS) as DocumentId[]) {
    const [l, r] = await Promise.all([loadDocument(left, id, validate), loadDocument(right, id, validate)])
    presence.push({ artifact: id, path: DOCUMENT_PATHS[id], left: l.state, right: r.state })
    findings.push(...l.findings, ...r.findings)
    if (l.value !== undefined) docs.left[id] = l.value
    if (r.value !== undefined) docs.right[id] = r.value
  }

  const contract = checkContract(docs.left, docs.right, ctx)
  findings.push(...contract.findings)
  for (const id of Object.keys(DOCUMENT_PATHS) as DocumentId[]) {
    const l = docs.left[id]
    const r = docs.right[id]
    if (l !== undefined && r !== undefined) findings.push(...(await diffDocument(id, l, r, contract.claimed[id], ctx)))
  }

  // Ranked outputs: the pairs either run_summary lists; a side without a readable summary is
  // searched by the run-dir convention instead.
  const recordedLeft = recordedRankedOutputs(docs.left.run_summary)
  const recordedRight = recordedRankedOutputs(docs.right.run_summary)
  const targets = mergeTargets(
    recordedLeft.targets,
    recordedRight.targets,
    docs.left.run_summary === undefined ? await discoverRankedTargets(left) : [],
    docs.right.run_summary === undefined ? await discoverRankedTargets(right) : []
  )
  for (const target of targets) {
    for (const kind of RANKED_KINDS) {
      const result = await compareRankedArtifact(kind, target, { left, right }, { left: recordedLeft.recorded, right: recordedRight.recorded }, ctx)
      presence.push(result.presence)
      findings.push(...result.findings)
      stats.push(result.stats)
    }
  }

  const identity = (runDir: RunDir, runDocs: RunDocuments): RunIdentity => ({
    label: runDir.label,
    path: runDir.root,
    run_id: runIdOf(runDocs)
  })
  return buildReport({
    left: identity(left, docs.left),
    right: identity(right, docs.right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : 'builtin' },
    presence,
    findings,
    policy,
    stats
  })
}
