/**
 * The data model every stage speaks: a Finding is one observed difference or problem, a Report is
 * the whole verdict. Checks produce findings; renderers only consume reports. The JSON Schema in
 * `schemas/dualrun-report.v1.schema.json` describes the same shape for users' automation.
 */
import type { FindingKind } from './findingKind.generated.js'

/** Which run a finding is about. */
export type Side = 'left' | 'right'

/** Severity of a finding: errors fail the comparison, warnings are shown but never fail it. */
export type Severity = 'error' | 'warning'

/** Verdict of a comparison. `error` means a required artifact could not be read on some side. */
export type Verdict = 'pass' | 'fail' | 'error'

/**
 * Every finding kind dualrun emits: the keys of the registry (`src/core/findingKinds.ts`), each declared next
 * to its producer. Generated from the registry, so the model names the kinds without importing the
 * producers that import the model; the registry does not compile when the two differ.
 */
export type { FindingKind }

/** The three contract documents, at fixed paths in a run dir. */
export type DocumentId = 'run_summary' | 'run_health' | 'provider_availability'

/** Per provider/profile ranked artifacts. */
export type RankedKind = 'ranked_json' | 'ranked_csv' | 'ranked_families_json'

/**
 * Artifact ids: a document id, or `<ranked kind>:<provider>:<profile>`, or `file:<path>` for any
 * other file of the run dir (its run-dir relative, `/`-separated path), or `run_dir` for findings
 * about the run directory itself.
 */
export type ArtifactId = DocumentId | `${RankedKind}:${string}:${string}` | `file:${string}` | 'run_dir' | 'policy'

/** The artifact kinds a policy can require: each must be present and readable on both sides, or the verdict is `error`. */
export type RequiredKind = DocumentId | RankedKind

/** A JSON value as parsed from an artifact. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** One difference or problem, located as precisely as the artifact allows. */
export interface Finding {
  kind: FindingKind
  severity: Severity
  artifact: ArtifactId
  /** A finer id than the kind (`unreadable/duplicate-key`, `family/moved`), one of the rules its registry entry lists. */
  rule?: string
  /** Set when the finding concerns one run only (missing file, schema error, ...). */
  side?: Side
  /** The run-dir relative, `/`-separated path of the file it applies to (on `side` when set), when it is about a file. */
  path?: string
  /** RFC 6901 JSON pointer inside the artifact (for CSV: `/<row index>/<column>`). */
  pointer?: string
  /** Identity of the ranked job concerned (its job_id, id or url). */
  job?: string
  /** The field concerned (a score field, a CSV column, a contract check name). */
  field?: string
  /** The value on the left side (absent when the left side has none). */
  left?: JsonValue
  /** The value on the right side (absent when the right side has none). */
  right?: JsonValue
  /**
   * The body: one printable line saying what is wrong, without the side, a run label or the path
   * (renderers compose those from the fields and the run labels). Never needed to tell findings
   * apart (that is what the fields are for).
   */
  message: string
  /** Id of the underlying change this finding is one location of (see `Report.causes`); set by the explain stage. */
  change?: string
  /** A stable identity: a hash of the kind, rule and location and values, never the message (set when the report is built). */
  fingerprint?: string
}

/** One row of the presence matrix: a required artifact and whether each side emitted it. */
export interface PresenceRow {
  artifact: ArtifactId
  /** Path relative to the run dir where the artifact was looked for (or found). */
  path: string
  left: PresenceState
  right: PresenceState
}

/** `present` (found and readable), `missing`, `unreadable` (found but could not be read or parsed). */
export type PresenceState = 'present' | 'missing' | 'unreadable'

/** Identity of one run in the report. */
export interface RunIdentity {
  label: string
  path: string
  run_id: string | null
}

/** Counts derived from the findings, stored for consumers that only read numbers. */
export interface ReportCounts {
  errors: number
  warnings: number
  total: number
  /** How many underlying changes the findings express (findings sharing a `change` id count once). */
  changes: number
  byKind: Partial<Record<FindingKind, number>>
}

/** The versioned report: the public interface of dualrun. */
export interface Report {
  schema: 'dualrun-report/v1'
  tool: { name: 'dualrun'; version: string }
  verdict: Verdict
  left: RunIdentity
  right: RunIdentity
  options: { allowRunIdDrift: boolean; schemas: 'builtin' | string }
  presence: PresenceRow[]
  findings: Finding[]
  counts: ReportCounts
  policy: EffectivePolicy
  /** How many ranked jobs were compared per ranked artifact, and whether bytes were identical. */
  stats: ArtifactStats[]
  /** Every file of either run dir, once, with how it was compared (the inventory). */
  files: FileEntry[]
  /** The underlying differences grouped by pipeline stage, most important first (the explain stage). */
  causes?: Cause[]
  /** Ranking statistics, one entry per ranked list compared. */
  ranking?: RankingStats[]
}

/** How a file of the run dir is compared: by the contract, as a ranked output, by content, or not at all. */
export type FileMode = 'contract' | 'ranked' | 'content' | 'ignored'

/** What one side holds at a file's path. */
export type FileState = 'present' | 'missing' | 'unreadable' | 'unsafe'

/** The result of comparing one file across the two sides. */
export type FileOutcome = 'same' | 'differs' | 'ignored' | 'one-side'

/** One file of the inventory. */
export interface FileEntry {
  /** Path relative to the run dir, `/`-separated. */
  path: string
  mode: FileMode
  /** Why the policy ignores it (required for `ignored`). */
  reason?: string
  left: FileState
  right: FileState
  outcome: FileOutcome
}

/** Pipeline stages in the order the pipeline runs them; causes are ordered by this. */
export type PipelineStage = 'run-status' | 'inputs' | 'scoring' | 'ranking' | 'derived' | 'metadata'

/** One example of a cause, with both values. */
export interface CauseExample {
  artifact: ArtifactId
  job?: string
  field?: string
  pointer?: string
  left?: JsonValue
  right?: JsonValue
  /** One line saying what the example shows. */
  explanation: string
}

/** One explained difference: a group of changes with a common cause. */
export interface Cause {
  stage: PipelineStage
  /** One line: what differs (`scoring config differs`, `+1 on score for 1,500 jobs`). */
  title: string
  /** Ids of the changes this cause explains. */
  changes: string[]
  /** How many findings those changes hold. */
  findings: number
  /** Up to 3 examples. */
  examples: CauseExample[]
  /** Causes that follow from this one (an input that differs explains downstream changes). */
  consequences?: Cause[]
}

/** Ranking statistics of one ranked list. */
export interface RankingStats {
  artifact: ArtifactId
  shared: number
  added: number
  removed: number
  /**
   * Kendall rank correlation τ-b over the shared jobs (null when fewer than 2 are shared or every
   * pair is tied); with ordering `ties-may-swap`, jobs in one run of equal scores are tied.
   */
  kendallTau: number | null
  /**
   * Overlap of the first N jobs of both lists: |left top N ∩ right top N| divided by the larger of
   * the two top-N sets (1 when both lists are empty).
   */
  topOverlap: { '10': number; '50': number }
  /** The largest rank moves, largest first. */
  maxShift: { job: string; left: number; right: number; shift: number }[]
  /**
   * Shared jobs as (left rank, right rank) points for pictures, `moved` when reported as moved;
   * above 2,000 a sample: every moved job first, then evenly spaced others, in left-rank order.
   */
  points?: { job: string; left: number; right: number; moved: boolean }[]
  /** True when `points` is a sample. */
  pointsSampled?: boolean
  /** Right-side ranks of added jobs and left-side ranks of removed jobs (evenly sampled to 2,000 each). */
  addedRanks?: number[]
  removedRanks?: number[]
}

/** Per-artifact statistics (jobs compared, identical bytes). */
export interface ArtifactStats {
  artifact: ArtifactId
  leftItems?: number
  rightItems?: number
  identicalBytes: boolean
}

/** Ordering mode for ranked lists: `strict` reports every rank change, `ties-may-swap` ignores swaps among equal scores. */
export type OrderingMode = 'strict' | 'ties-may-swap'

/** The policy after the preset and the user's file were merged; recorded in the report. */
export interface EffectivePolicy {
  name: string
  /** Keys removed at any depth in documents and ranked rows. */
  volatileKeys: string[]
  /** Keys removed at any depth only when run-id drift is allowed. */
  driftKeys: string[]
  /** JSON pointers (with `*` wildcards for one segment) removed per artifact kind before comparing. */
  ignore: Record<'run_summary' | 'run_health' | 'provider_availability' | 'ranked_json' | 'ranked_csv' | 'ranked_families_json', string[]>
  /** Job identity fields, first non-empty string wins. */
  identityFields: string[]
  /** Fields reported as `job-score` rather than `job-field`. */
  scoreFields: string[]
  /** Absolute tolerance for numeric comparison (0 = exact); the default for fields without their own. */
  numericTolerance: number
  /** Absolute tolerance per field name (a key at any depth, or a CSV column), overriding `numericTolerance`. */
  tolerance?: Record<string, number>
  ordering: OrderingMode
  /** Gates on ranking: the first `topK` ranks must match exactly; a move entirely below them is a warning. */
  ranking?: { topK: number }
  /** How each file of the run dir is compared: ordered glob rules, first match wins; unmatched files are `content`. */
  files: FileRule[]
  /** The run_summary/run_health `status` values a run may have and still be compared as good. */
  acceptStatus: string[]
  /** The artifact kinds that must be present and readable on both sides (else the verdict is `error`). */
  required: RequiredKind[]
  /** Severity of `integrity` findings (a file differs from the sha256 its run_summary records). */
  integrity: Severity
}

/** One rule of the policy's `files` list. */
export interface FileRule {
  /** A glob over run-dir relative paths (`*` within one folder, `**` across folders). */
  glob: string
  mode: FileMode
  /** Why: required for `ignored`, welcome for any rule with `ignore` pointers. */
  reason?: string
  /** For `content` JSON files: pointers (with `*` for one segment) removed before comparing. */
  ignore?: string[]
}
