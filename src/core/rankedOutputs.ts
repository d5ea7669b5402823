import type { RunDir } from './runDir.js'
import type { JsonValue, RankedKind } from './types.js'

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

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads `ranked_outputs` of a run_summary: the provider/profile pairs it lists for the three
 * ranked kinds, and per kind and pair the recorded path and sha256. Malformed entries are skipped
 * (schema validation reports them).
 */
export function recordedRankedOutputs(summary: JsonValue | undefined): {
  targets: RankedTarget[]
  recorded: Map<string, RecordedRanked>
} {
  const targets: RankedTarget[] = []
  const recorded = new Map<string, RecordedRanked>()
  const outputs = isObject(summary) ? summary.ranked_outputs : undefined
  if (!isObject(outputs)) return { targets, recorded }
  for (const kind of RANKED_KINDS) {
    const entries = outputs[kind]
    if (!Array.isArray(entries)) continue
    for (const entry of entries) {
      if (!isObject(entry) || typeof entry.provider !== 'string' || typeof entry.profile !== 'string') continue
      const target = { provider: entry.provider, profile: entry.profile }
      if (!targets.some((t) => t.provider === target.provider && t.profile === target.profile)) targets.push(target)
      recorded.set(rankedArtifactId(kind, target), {
        ...(typeof entry.path === 'string' ? { path: entry.path } : {}),
        ...(typeof entry.sha256 === 'string' ? { sha256: entry.sha256 } : {})
      })
    }
  }
  return { targets, recorded }
}

const RANKED_FILE = /^(.+)_ranked_(?:jobs|families)\.(.+)\.(?:json|csv)$/

/**
 * Finds ranked outputs by the run-dir convention alone (for runs without a readable run_summary,
 * such as published S3 runs): every `<provider>/<profile>/` folder holding a file named
 * `<provider>_ranked_jobs.<profile>.json|csv` or `<provider>_ranked_families.<profile>.json`.
 */
export async function discoverRankedTargets(runDir: RunDir): Promise<RankedTarget[]> {
  const targets: RankedTarget[] = []
  for (const providerDir of await runDir.list('')) {
    if (!providerDir.isDirectory) continue
    for (const profileDir of await runDir.list(providerDir.name)) {
      if (!profileDir.isDirectory) continue
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
