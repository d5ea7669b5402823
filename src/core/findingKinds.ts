import { createHash } from 'node:crypto'
import { CONSISTENCY_KINDS } from './compare/consistency.js'
import { CONTENT_KINDS } from './compare/content.js'
import { CONTRACT_KINDS } from './compare/contract.js'
import { DOCUMENT_KINDS } from './compare/documents.js'
import { INVENTORY_KINDS } from './compare/inventory.js'
import { KEYED_LIST_KINDS } from './compare/keyedList.js'
import { CSV_KINDS } from './compare/rankedCsv.js'
import { RANKED_FILE_KINDS } from './compare/rankedFile.js'
import { RECEIPT_KINDS } from './compare/receipts.js'
import { RUN_STATUS_KINDS } from './compare/runStatus.js'
import { LOAD_KINDS } from './load/artifact.js'
import { SCHEMA_KINDS } from './validate/schemas.js'
import { findingOf, type KindTable } from './model/finding.js'
import type { Finding, FindingKind, PipelineStage, Severity } from './model/types.js'

/**
 * The registry of every finding kind: each producer declares its kinds next to its code and they
 * are spread here. A kind's id is its key; `FindingKind` is derived from it, and the report
 * schema's kind and rule enums and the kind table of docs/report.md are generated from it
 * (scripts/build-registry.mjs).
 */
export const FINDING_KINDS = {
  ...LOAD_KINDS,
  ...SCHEMA_KINDS,
  ...RECEIPT_KINDS,
  ...CONTRACT_KINDS,
  ...DOCUMENT_KINDS,
  ...KEYED_LIST_KINDS,
  ...CSV_KINDS,
  ...CONTENT_KINDS,
  ...INVENTORY_KINDS,
  ...RUN_STATUS_KINDS,
  ...CONSISTENCY_KINDS,
  ...RANKED_FILE_KINDS
} as const satisfies KindTable

/** `true` when A and B name the same kinds, else `false`. */
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type MustHold<T extends true> = T
/**
 * Compiles only while the generated `FindingKind` (findingKind.generated.ts) names exactly the
 * registry's keys: after adding or removing a kind, `npm run build` regenerates it.
 */
export type RegistryMatchesFindingKind = MustHold<SameKinds<keyof typeof FINDING_KINDS, FindingKind>>

/**
 * Builds a finding of any kind with the registry's default severity (for the edges and tests;
 * producers use `findingOf` with their own table, which imports no producer).
 */
export const finding = findingOf(FINDING_KINDS)

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
function compareArtifacts(a: string, b: string): number {
  if (a === b) return 0
  const x = ARTIFACT_RANK[a] ?? 5
  const y = ARTIFACT_RANK[b] ?? 5
  if (x !== y) return x - y
  const [kindA = '', ...targetA] = a.split(':')
  const [kindB = '', ...targetB] = b.split(':')
  return compareStrings(targetA.join(':'), targetB.join(':')) || (RANKED_KIND_RANK[kindA] ?? 3) - (RANKED_KIND_RANK[kindB] ?? 3) || compareStrings(a, b)
}

/**
 * The 1-based rank a ranked finding is located at (its pointer's first index), the line of a text
 * line finding (pointer `/<line>`, so line 9 sorts before line 10), or 0 when it has none.
 */
export function rankOf(f: Finding): number {
  if (f.pointer === undefined) return 0
  if (f.rule === 'content/text') return Number(f.pointer.slice(1)) || 0
  if (!f.artifact.startsWith('ranked_')) return 0
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
 * A stable fingerprint of a finding: a hash of its kind, rule, artifact, side, path, job, field,
 * pointer and both values, never of the message, so wording changes do not change identity. Every
 * part is run-dir relative or a value, so it is the same across runs and machines.
 */
export function fingerprint(f: Finding): string {
  const key = JSON.stringify([f.kind, f.rule ?? null, f.artifact, f.side ?? null, f.path ?? null, f.job ?? null, f.field ?? null, f.pointer ?? null, f.left ?? null, f.right ?? null])
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}
