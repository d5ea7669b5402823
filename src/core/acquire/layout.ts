import type { RunDir } from './runDir.js'
import type { ArtifactId, DocumentId, JsonValue, RankedKind } from '../model/types.js'
import { isJsonObject } from '../json/values.js'

/** The three contract documents and their fixed paths in a run dir. */
export const DOCUMENT_PATHS: Record<DocumentId, string> = {
  run_summary: 'run_summary.v1.json',
  run_health: 'run_health.v1.json',
  provider_availability: 'artifacts/provider_availability_v1.json'
}

/** The ranked kinds compared for each provider/profile, in report order. */
export const RANKED_KINDS: readonly RankedKind[] = ['ranked_json', 'ranked_csv', 'ranked_families_json']

/** One provider/profile pair that has ranked outputs. */
export interface RankedTarget {
  provider: string
  profile: string
}

/** What a run_summary recorded about one ranked file: where the producer wrote it and its hash. */
export interface RecordedRanked {
  path?: string
  sha256?: string
}

/** The run-dir convention's path of a ranked file: `<provider>/<profile>/<provider>_ranked_jobs.<profile>.json` etc. */
export function conventionPath(kind: RankedKind, { provider, profile }: RankedTarget): string {
  const file =
    kind === 'ranked_json'
      ? `${provider}_ranked_jobs.${profile}.json`
      : kind === 'ranked_csv'
        ? `${provider}_ranked_jobs.${profile}.csv`
        : `${provider}_ranked_families.${profile}.json`
  return `${provider}/${profile}/${file}`
}

/** The artifact id of a ranked file: `<kind>:<provider>:<profile>`. */
export function rankedArtifactId(kind: RankedKind, { provider, profile }: RankedTarget): `${RankedKind}:${string}:${string}` {
  return `${kind}:${provider}:${profile}`
}

/** Control characters (C0, DEL, C1): never part of a provider or profile name. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Whether a provider or profile name can be one folder of the run-dir convention: not empty, not
 * `.` or `..`, no path separator and no control character. Anything else could lead the
 * convention path out of its folder (or into a terminal as an escape sequence).
 */
export function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !CONTROL.test(name)
}

/** A ranked_outputs entry whose provider or profile is not a plain folder name: where it is, and the names (as JSON). */
export interface RejectedEntry {
  pointer: string
  provider: string
  profile: string
}

/**
 * Reads `ranked_outputs` of a run_summary: the provider/profile pairs it lists for the three
 * ranked kinds, and per kind and pair the recorded path and sha256. Malformed entries are skipped
 * (schema validation reports them); entries whose provider or profile is not a plain folder name
 * (`../x`, `a/b`, control characters) are never looked for and are returned in `rejected`.
 */
export function recordedRankedOutputs(summary: JsonValue | undefined): {
  targets: RankedTarget[]
  recorded: Map<string, RecordedRanked>
  rejected: RejectedEntry[]
} {
  const targets: RankedTarget[] = []
  const recorded = new Map<string, RecordedRanked>()
  const rejected: RejectedEntry[] = []
  const outputs = isJsonObject(summary) ? summary.ranked_outputs : undefined
  if (!isJsonObject(outputs)) return { targets, recorded, rejected }
  for (const kind of RANKED_KINDS) {
    const entries = outputs[kind]
    if (!Array.isArray(entries)) continue
    for (const [index, entry] of entries.entries()) {
      if (!isJsonObject(entry) || typeof entry.provider !== 'string' || typeof entry.profile !== 'string') continue
      if (!isPlainName(entry.provider) || !isPlainName(entry.profile)) {
        rejected.push({ pointer: `/ranked_outputs/${kind}/${index}`, provider: JSON.stringify(entry.provider), profile: JSON.stringify(entry.profile) })
        continue
      }
      const target = { provider: entry.provider, profile: entry.profile }
      if (!targets.some((t) => t.provider === target.provider && t.profile === target.profile)) targets.push(target)
      recorded.set(rankedArtifactId(kind, target), {
        ...(typeof entry.path === 'string' ? { path: entry.path } : {}),
        ...(typeof entry.sha256 === 'string' ? { sha256: entry.sha256 } : {})
      })
    }
  }
  return { targets, recorded, rejected }
}

const RANKED_FILE = /^(.+)_ranked_(?:jobs|families)\.(.+)\.(?:json|csv)$/

/**
 * Finds ranked outputs by the run-dir convention alone (for runs without a readable run_summary,
 * such as published S3 runs): every `<provider>/<profile>/` folder holding a file named
 * `<provider>_ranked_jobs.<profile>.json|csv` or `<provider>_ranked_families.<profile>.json`.
 * Folders whose names are not plain names (control characters) are passed over.
 */
export async function discoverRankedTargets(runDir: RunDir): Promise<RankedTarget[]> {
  const targets: RankedTarget[] = []
  for (const providerDir of await runDir.list('')) {
    if (!providerDir.isDirectory || !isPlainName(providerDir.name)) continue
    for (const profileDir of await runDir.list(providerDir.name)) {
      if (!profileDir.isDirectory || !isPlainName(profileDir.name)) continue
      const files = await runDir.list(`${providerDir.name}/${profileDir.name}`)
      const matches = files.some((file) => {
        const m = RANKED_FILE.exec(file.name)
        return m !== null && m[1] === providerDir.name && m[2] === profileDir.name
      })
      if (matches) targets.push({ provider: providerDir.name, profile: profileDir.name })
    }
  }
  return targets
}

/** Union of targets, in first-seen order, sorted by provider then profile for a stable report. */
export function mergeTargets(...lists: RankedTarget[][]): RankedTarget[] {
  const seen = new Map<string, RankedTarget>()
  for (const list of lists) for (const t of list) seen.set(JSON.stringify([t.provider, t.profile]), t)
  return [...seen.values()].sort((a, b) => (a.provider === b.provider ? (a.profile < b.profile ? -1 : 1) : a.provider < b.provider ? -1 : 1))
}

const RANKED_PATH = /^([^/]+)\/([^/]+)\/\1_ranked_(jobs|families)\.\2\.(json|csv)$/

/**
 * The artifact id of a run-dir file: a contract document's id, a ranked file's
 * `<kind>:<provider>:<profile>` (by the run-dir convention), else `file:<path>`.
 */
export function artifactIdOfPath(relPath: string): ArtifactId {
  for (const [id, path] of Object.entries(DOCUMENT_PATHS)) if (path === relPath) return id as DocumentId
  const m = RANKED_PATH.exec(relPath)
  if (m !== null) {
    const kind: RankedKind | undefined = m[3] === 'jobs' ? (m[4] === 'json' ? 'ranked_json' : 'ranked_csv') : m[4] === 'json' ? 'ranked_families_json' : undefined
    if (kind !== undefined) return rankedArtifactId(kind, { provider: m[1] as string, profile: m[2] as string })
  }
  return `file:${relPath}`
}

/**
 * Where a file that run_summary records (`path` as written on the producing machine) lies in
 * this run dir, by the run-dir convention: the part after `runs/<run dir name>/` (repo-relative on
 * EKS, absolute on-prem); undefined when the path names no run dir or climbs with `..`.
 */
export function runDirRelativeOfRecorded(recorded: string): string | undefined {
  const segments = recorded.split(/[\\/]/)
  const at = segments.lastIndexOf('runs')
  if (at < 0 || at + 2 >= segments.length) return undefined
  const rest = segments.slice(at + 2)
  if (rest.some((s) => !isPlainName(s))) return undefined
  return rest.join('/')
}

/** Where a ranked_outputs entry's file lies in the run dir: `<provider>/<profile>/<file name of the recorded path>`. */
export function rankedOutputRelative(provider: string, profile: string, recorded: string): string | undefined {
  const name = recorded.split(/[\\/]/).pop() ?? ''
  return isPlainName(provider) && isPlainName(profile) && isPlainName(name) ? `${provider}/${profile}/${name}` : undefined
}
