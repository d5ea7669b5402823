import { createHash } from 'node:crypto'
import type { Finding, FindingKind, PipelineStage, Severity } from './types.js'

/** Metadata of one finding kind: its default severity, a category for grouping, the pipeline stage it belongs to, and what it means. */
export interface FindingKindInfo {
  severity: Severity
  category: 'presence' | 'validity' | 'contract' | 'content'
  /**
   * The pipeline stage a finding of this kind is about by default; the explain stage refines a few
   * by location (a `contract` run_id is metadata, a `document` provider availability is an input).
   */
  stage: PipelineStage
  description: string
}

/** The registry of every finding kind. A kind's id is its key; tests keep this complete. */
export const FINDING_KINDS: Record<FindingKind, FindingKindInfo> = {
  missing: { severity: 'error', category: 'presence', stage: 'run-status', description: 'A required artifact is absent on one side.' },
  unreadable: {
    severity: 'error',
    category: 'presence',
    stage: 'run-status',
    description: 'An artifact exists but cannot be read or parsed (bad JSON, bad encoding, too large, not a file).'
  },
  'unsafe-path': {
    severity: 'error',
    category: 'presence',
    stage: 'run-status',
    description: 'A path or symlink points outside the run directory; it was not followed.'
  },
  schema: { severity: 'error', category: 'validity', stage: 'run-status', description: 'A contract document does not match its JSON Schema.' },
  integrity: {
    severity: 'warning',
    category: 'validity',
    stage: 'metadata',
    description:
      'A file run_summary records with a sha256 (ranked outputs, primary artifacts, run_health, run_report, costs) differs from that record, or is absent from the run dir.'
  },
  contract: {
    severity: 'error',
    category: 'contract',
    stage: 'inputs',
    description: 'A contract value (candidate, run_id, snapshot set, scoring config, provider registry) differs.'
  },
  document: { severity: 'error', category: 'content', stage: 'metadata', description: 'A normalized contract document differs at a JSON pointer.' },
  'job-added': { severity: 'error', category: 'content', stage: 'ranking', description: 'A ranked job exists only on the right side.' },
  'job-removed': { severity: 'error', category: 'content', stage: 'ranking', description: 'A ranked job exists only on the left side.' },
  'job-moved': { severity: 'error', category: 'content', stage: 'ranking', description: 'A ranked job is at a different rank.' },
  'job-score': { severity: 'error', category: 'content', stage: 'scoring', description: 'A score field of a ranked job differs.' },
  'job-field': { severity: 'error', category: 'content', stage: 'scoring', description: 'A non-score field of a ranked job differs.' },
  'job-duplicate': {
    severity: 'error',
    category: 'validity',
    stage: 'ranking',
    description: 'Two ranked jobs on one side share an identity; neither is silently picked.'
  },
  'job-identity': {
    severity: 'warning',
    category: 'validity',
    stage: 'ranking',
    description: 'A ranked job has none of the identity fields; it is matched by its whole content instead.'
  },
  'csv-header': { severity: 'error', category: 'content', stage: 'derived', description: 'The ranked CSV header (columns or their order) differs.' },
  family: { severity: 'error', category: 'content', stage: 'derived', description: 'A ranked family differs (added, removed, moved or changed).' },
  content: {
    stage: 'derived',
    severity: 'error',
    category: 'content',
    description: 'A file compared by content differs: a normalized JSON value at a pointer, a text line, or (other files) the bytes.'
  },
  'file-added': { severity: 'error', category: 'presence', stage: 'derived', description: 'A file exists only in the right run dir.' },
  'file-removed': { severity: 'error', category: 'presence', stage: 'derived', description: 'A file exists only in the left run dir.' },
  'run-status': {
    stage: 'run-status',
    severity: 'error',
    category: 'validity',
    description: "A run's run_summary or run_health status is not one the policy accepts (acceptStatus): the run did not succeed."
  },
  inconsistent: {
    stage: 'derived',
    severity: 'error',
    category: 'validity',
    description: 'One run disagrees with itself: its ranked CSV is not the projection of its ranked JSON, or its families name a job the ranked JSON lacks.'
  },
  unrecorded: {
    stage: 'metadata',
    severity: 'warning',
    category: 'validity',
    description: 'A ranked file found in the run dir by the convention is not listed in that run_summary.ranked_outputs; it is compared anyway.'
  }
}

// Control characters (C0 but tab, DEL, C1) and the Unicode line/paragraph separators.
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

/** `text` on one line with no raw control character: each is written as a `\uXXXX` escape. */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0
  if (!UNPRINTABLE.test(text)) return text
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Builds a finding with the registry's default severity; its message is made one printable line here, once. */
export function finding(kind: FindingKind, fields: Omit<Finding, 'kind' | 'severity'> & { severity?: Severity }): Finding {
  return { kind, severity: fields.severity ?? FINDING_KINDS[kind].severity, ...fields, message: printable(fields.message) }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 }

/** Pipeline stages in the order the pipeline runs them. */
export const PIPELINE_STAGES: readonly PipelineStage[] = ['run-status', 'inputs', 'scoring', 'ranking', 'derived', 'metadata']

const STAGE_RANK = new Map<PipelineStage, number>(PIPELINE_STAGES.map((stage, i) => [stage, i]))

/** Position of a stage in the pipeline (0 = run status). */
export function stageRank(stage: PipelineStage): number {
  return STAGE_RANK.get(stage) ?? PIPELINE_STAGES.length
}

/** The order artifacts are produced in: the run dir, the documents, then per provider/profile the ranked JSON, its CSV, its families. */
const ARTIFACT_RANK: Record<string, number> = { run_dir: 0, policy: 1, run_summary: 2, run_health: 3, provider_availability: 4 }
const RANKED_KIND_RANK: Record<string, number> = { ranked_json: 0, ranked_csv: 1, ranked_families_json: 2 }

/** Compares two artifact ids in pipeline order (documents first, then ranked outputs by provider/profile). */
export function compareArtifacts(a: string, b: string): number {
  if (a === b) return 0
  const x = ARTIFACT_RANK[a] ?? 5
  const y = ARTIFACT_RANK[b] ?? 5
  if (x !== y) return x - y
  const [kindA = '', ...targetA] = a.split(':')
  const [kindB = '', ...targetB] = b.split(':')
  return compareStrings(targetA.join(':'), targetB.join(':')) || (RANKED_KIND_RANK[kindA] ?? 3) - (RANKED_KIND_RANK[kindB] ?? 3) || compareStrings(a, b)
}

/** The 1-based rank a ranked finding is located at (its pointer's first index), or 0 when it has none. */
export function rankOf(f: Finding): number {
  if (f.pointer === undefined || !f.artifact.startsWith('ranked_')) return 0
  const match = /^(?:\/[^/0-9][^/]*)?\/(\d+)(?:\/|$)/.exec(f.pointer)
  return match === null ? 0 : Number(match[1]) + 1
}

function compareStrings(a: string | undefined, b: string | undefined): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * A total order for findings, following the pipeline: artifact (documents, then each ranked
 * output in production order), the kind's stage, the rank, then severity, side, kind, job,
 * pointer, field and values. It keeps rendered output and golden files stable whatever order
 * the checks ran in.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareArtifacts(a.artifact, b.artifact) ||
    stageRank(FINDING_KINDS[a.kind].stage) - stageRank(FINDING_KINDS[b.kind].stage) ||
    rankOf(a) - rankOf(b) ||
    compareFindingDetails(a, b)
  )
}

/** The tie-breakers of the total order: severity, side, kind, job, pointer, field, values. */
function compareFindingDetails(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.side, b.side) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.job, b.job) ||
    compareStrings(a.pointer, b.pointer) ||
    compareStrings(a.field, b.field) ||
    compareStrings(JSON.stringify(a.left), JSON.stringify(b.left)) ||
    compareStrings(JSON.stringify(a.right), JSON.stringify(b.right))
  )
}

/** Findings in the order of {@link compareFindings}, with each finding's stage and rank worked out once (reports hold 100k findings). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, stage: stageRank(FINDING_KINDS[f.kind].stage), rank: rankOf(f) }))
  keyed.sort(
    (a, b) =>
      compareArtifacts(a.f.artifact, b.f.artifact) ||
      a.stage - b.stage ||
      a.rank - b.rank ||
      compareFindingDetails(a.f, b.f)
  )
  return keyed.map((k) => k.f)
}

/**
 * A stable fingerprint of a finding: a hash of its kind, location and values, never of the
 * rendered message, so wording changes do not change identity.
 */
export function fingerprint(f: Finding): string {
  const key = JSON.stringify([f.kind, f.artifact, f.side ?? null, f.job ?? null, f.pointer ?? null, f.field ?? null, f.left ?? null, f.right ?? null])
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}
