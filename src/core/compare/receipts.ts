import { findingOf, type KindTable } from '../model/finding.js'
import { sha256Hex } from '../acquire/sha256.js'
import { artifactIdOfPath, DOCUMENT_PATHS, isPlainName, rankedOutputRelative, runDirRelativeOfRecorded } from '../acquire/layout.js'
import type { RunDir } from '../acquire/runDir.js'
import type { FileHashes } from '../load/hashes.js'
import type { EffectivePolicy, Finding, JsonValue } from '../model/types.js'
import { isJsonObject } from '../json/values.js'

/** One file a run_summary records with a sha256: where in run_summary, where it lies in the run dir, and the hash. */
interface Receipt {
  pointer: string
  recordedPath: string
  relPath: string | undefined
  sha256: string
}

/** Every record with a path and sha256: run_health, run_report, costs, primary_artifacts, ranked_outputs of every kind. */
function receiptsOf(summary: JsonValue | undefined, rankedAt: (kind: string, provider: string, profile: string) => string | undefined): Receipt[] {
  if (!isJsonObject(summary)) return []
  const out: Receipt[] = []
  const take = (pointer: string, entry: JsonValue | undefined, locate: (path: string, entry: { [key: string]: JsonValue }) => string | undefined): void => {
    if (!isJsonObject(entry) || typeof entry.path !== 'string' || typeof entry.sha256 !== 'string') return
    out.push({ pointer, recordedPath: entry.path, relPath: locate(entry.path, entry), sha256: entry.sha256.toLowerCase() })
  }
  const inRunDir = (path: string): string | undefined => runDirRelativeOfRecorded(path)
  for (const key of ['run_health', 'run_report', 'costs']) take(`/${key}`, summary[key], inRunDir)
  if (Array.isArray(summary.primary_artifacts)) summary.primary_artifacts.forEach((entry, i) => take(`/primary_artifacts/${i}`, entry, inRunDir))
  const ranked = summary.ranked_outputs
  if (isJsonObject(ranked)) {
    for (const [kind, entries] of Object.entries(ranked)) {
      if (!Array.isArray(entries)) continue
      // Ranked outputs are recorded where the producer wrote them (its data dir); the run dir holds copies by the convention.
      // Entries whose provider or profile is not a plain name were refused as unsafe-path already.
      entries.forEach((entry, i) => {
        if (!isJsonObject(entry) || typeof entry.provider !== 'string' || typeof entry.profile !== 'string') return
        if (!isPlainName(entry.provider) || !isPlainName(entry.profile)) return
        const { provider, profile } = entry
        take(`/ranked_outputs/${kind}/${i}`, entry, (path) => rankedAt(kind, provider, profile) ?? rankedOutputRelative(provider, profile, path))
      })
    }
  }
  return out
}

/** The kinds the receipts check produces. */
export const RECEIPT_KINDS = {
  integrity: {
    severity: 'warning',
    category: 'validity',
    stage: 'metadata',
    description: "a file run_summary records with a sha256 (`ranked_outputs` of every kind, `primary_artifacts`, `run_health`, `run_report`, `costs`) differs from that record, or is absent from its run dir (severity: the policy's `integrity`). Recorded paths name the producing machine; the file is looked for in its own run dir by the convention (`…/runs/<id>/<rest>` → `<rest>`; ranked outputs as `<provider>/<profile>/<file>`)",
    fields: "side, path, field `sha256`, the side's actual hash as its value",
    rules: ['integrity/mismatch', 'integrity/absent', 'integrity/unlocatable']
  }
} as const satisfies KindTable

const finding = findingOf(RECEIPT_KINDS)

/**
 * Receipts: every file a run's own run_summary records with a sha256 is located in that run's
 * dir (recorded paths name the producing machine; the run-dir convention maps them, and a ranked
 * file is the one `rankedAt` says its comparer read) and hashed
 * (hashes of files already read are reused). A mismatch, or a recorded file absent from the run
 * dir, is an `integrity` finding of the policy's severity on that side. Two records of the same
 * file with the same hash (primary_artifacts and ranked_outputs) give one finding.
 */
export async function checkReceipts(
  runDir: RunDir,
  summary: JsonValue | undefined,
  hashes: FileHashes,
  policy: EffectivePolicy,
  rankedAt: (kind: string, provider: string, profile: string) => string | undefined,
  /** Files whose absence their own comparer reports (the contract documents and ranked outputs). */
  reportedIfMissing: ReadonlySet<string>
): Promise<Finding[]> {
  const side = runDir.side
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const receipt of receiptsOf(summary, rankedAt)) {
    const key = JSON.stringify([receipt.relPath ?? receipt.recordedPath, receipt.sha256])
    if (seen.has(key)) continue
    seen.add(key)
    const integrity = (rule: (typeof RECEIPT_KINDS)['integrity']['rules'][number], artifact: Finding['artifact'], path: string, message: string, actual?: string): Finding =>
      finding('integrity', {
        artifact,
        rule,
        side,
        path,
        field: 'sha256',
        severity: policy.integrity,
        ...(actual !== undefined ? { [side]: actual } : {}),
        message
      })
    const where = `run_summary ${receipt.pointer}`
    if (receipt.relPath === undefined) {
      findings.push(integrity('integrity/unlocatable', 'run_summary', DOCUMENT_PATHS.run_summary, `${where} records ${JSON.stringify(receipt.recordedPath)}, which cannot be located in the run dir by its convention`))
      continue
    }
    const artifact = artifactIdOfPath(receipt.relPath)
    let hash = hashes.get(side, receipt.relPath)
    if (hash === undefined) {
      const read = await runDir.read(receipt.relPath)
      if (read.state === 'missing') {
        if (reportedIfMissing.has(receipt.relPath)) continue
        findings.push(integrity('integrity/absent', artifact, receipt.relPath, `recorded in ${where} with sha256 ${receipt.sha256}, but absent from the run dir`))
        continue
      }
      // An unreadable or unsafe file is reported where the inventory reads it.
      if (read.state !== 'present') continue
      hash = sha256Hex(read.bytes)
      hashes.set(side, receipt.relPath, hash)
    }
    const actual = await hash
    if (actual !== receipt.sha256) findings.push(integrity('integrity/mismatch', artifact, receipt.relPath, `sha256 ${actual} differs from the ${receipt.sha256} recorded in ${where}`, actual))
  }
  return findings
}
