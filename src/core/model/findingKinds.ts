import { createHash } from 'node:crypto'
import type { Finding, FindingKind, Severity } from './types.js'

/** Metadata of one finding kind: its default severity, a category for grouping, and what it means. */
export interface FindingKindInfo {
  severity: Severity
  category: 'presence' | 'validity' | 'contract' | 'content'
  description: string
}

/** The registry of every finding kind. A kind's id is its key; tests keep this complete. */
export const FINDING_KINDS: Record<FindingKind, FindingKindInfo> = {
  missing: { severity: 'error', category: 'presence', description: 'A required artifact is absent on one side.' },
  unreadable: {
    severity: 'error',
    category: 'presence',
    description: 'An artifact exists but cannot be read or parsed (bad JSON, bad encoding, too large, not a file).'
  },
  'unsafe-path': {
    severity: 'error',
    category: 'presence',
    description: 'A path or symlink points outside the run directory; it was not followed.'
  },
  schema: { severity: 'error', category: 'validity', description: 'A contract document does not match its JSON Schema.' },
  integrity: {
    severity: 'warning',
    category: 'validity',
    description:
      'A file run_summary records with a sha256 (ranked outputs, primary artifacts, run_health, run_report, costs) differs from that record, or is absent from the run dir.'
  },
  contract: {
    severity: 'error',
    category: 'contract',
    description: 'A contract value (candidate, run_id, snapshot set, scoring config, provider registry) differs.'
  },
  document: { severity: 'error', category: 'content', description: 'A normalized contract document differs at a JSON pointer.' },
  'job-added': { severity: 'error', category: 'content', description: 'A ranked job exists only on the right side.' },
  'job-removed': { severity: 'error', category: 'content', description: 'A ranked job exists only on the left side.' },
  'job-moved': { severity: 'error', category: 'content', description: 'A ranked job is at a different rank.' },
  'job-score': { severity: 'error', category: 'content', description: 'A score field of a ranked job differs.' },
  'job-field': { severity: 'error', category: 'content', description: 'A non-score field of a ranked job differs.' },
  'job-duplicate': {
    severity: 'error',
    category: 'validity',
    description: 'Two ranked jobs on one side share an identity; neither is silently picked.'
  },
  'job-identity': {
    severity: 'warning',
    category: 'validity',
    description: 'A ranked job has none of the identity fields; it is matched by its whole content instead.'
  },
  'csv-header': { severity: 'error', category: 'content', description: 'The ranked CSV header (columns or their order) differs.' },
  family: { severity: 'error', category: 'content', description: 'A ranked family differs (added, removed, moved or changed).' },
  content: {
    severity: 'error',
    category: 'content',
    description: 'A file compared by content differs: a normalized JSON value at a pointer, a text line, or (other files) the bytes.'
  },
  'file-added': { severity: 'error', category: 'presence', description: 'A file exists only in the right run dir.' },
  'file-removed': { severity: 'error', category: 'presence', description: 'A file exists only in the left run dir.' },
  'run-status': {
    severity: 'error',
    category: 'validity',
    description: "A run's run_summary or run_health status is not one the policy accepts (acceptStatus): the run did not succeed."
  },
  inconsistent: {
    severity: 'error',
    category: 'validity',
    description: 'One run disagrees with itself: its ranked CSV is not the projection of its ranked JSON, or its families name a job the ranked JSON lacks.'
  },
  unrecorded: {
    severity: 'warning',
    category: 'validity',
    description: 'A ranked file found in the run dir by the convention is not listed in that run_summary.ranked_outputs; it is compared anyway.'
  }
}

/** Builds a finding with the registry's default severity. */
export function finding(kind: FindingKind, fields: Omit<Finding, 'kind' | 'severity'> & { severity?: Severity }): Finding {
  return { kind, severity: fields.severity ?? FINDING_KINDS[kind].severity, ...fields }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 }

function compareStrings(a: string | undefined, b: string | undefined): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * A total order for findings: severity, artifact, side, kind, job, pointer, field, then values.
 * It keeps rendered output and golden files stable whatever order the checks ran in.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.artifact, b.artifact) ||
    compareStrings(a.side, b.side) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.job, b.job) ||
    compareStrings(a.pointer, b.pointer) ||
    compareStrings(a.field, b.field) ||
    compareStrings(JSON.stringify(a.left), JSON.stringify(b.left)) ||
    compareStrings(JSON.stringify(a.right), JSON.stringify(b.right))
  )
}

/**
 * A stable fingerprint of a finding: a hash of its kind, location and values, never of the
 * rendered message, so wording changes do not change identity.
 */
export function fingerprint(f: Finding): string {
  const key = JSON.stringify([f.kind, f.artifact, f.side ?? null, f.job ?? null, f.pointer ?? null, f.field ?? null, f.left ?? null, f.right ?? null])
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}
