import type { EffectivePolicy } from '../model/types.js'

const POINTER_FIELDS = ['path', 'sha256', 'bytes']

/** Pointers to `path`, `sha256` and `bytes` under each given prefix. */
function fileFields(...prefixes: string[]): string[] {
  return prefixes.flatMap((prefix) => POINTER_FIELDS.map((field) => `${prefix}/${field}`))
}

/**
 * `signalcraft-v1`: upstream compare_run_artifacts.py's normalization (commit 19bf7a1), as data.
 * The 16 volatile keys, run_id only under drift, and the per-document drops of environment metadata.
 * What the contract checks compare (snapshot sha256, scoring config) is checked there, not here.
 */
export const SIGNALCRAFT_V1: EffectivePolicy = {
  name: 'signalcraft-v1',
  volatileKeys: [
    'captured_at_utc',
    'created_at',
    'created_at_utc',
    'decision_timestamp',
    'ended_at',
    'fetched_at',
    'generated_at',
    'generated_at_utc',
    'run_started_at',
    'scored_at',
    'scraped_at',
    'started_at',
    'timestamp',
    'timestamp_utc',
    'updated_at',
    'duration_sec'
  ],
  driftKeys: ['run_id'],
  ignore: {
    run_summary: [
      '/created_at_utc',
      '/git_sha',
      '/quicklinks',
      ...fileFields('/run_health', '/run_report', '/costs', '/snapshot_manifest', '/scoring_config'),
      ...fileFields('/ranked_outputs/*/*', '/primary_artifacts/*')
    ],
    run_health: ['/timestamps', '/durations', '/logs', '/proof_bundle_path'],
    provider_availability: ['/generated_at_utc'],
    ranked_json: [],
    ranked_csv: [],
    ranked_families_json: []
  },
  identityFields: ['job_id', 'id', 'apply_url', 'detail_url', 'url'],
  scoreFields: ['score', 'total_score', 'blended_score', 'semantic_score', 'final_score', 'heuristic_score', 'base_score'],
  numericTolerance: 0,
  ordering: 'strict'
}

/** Built-in presets by name. `none` starts from nothing but upstream's identity fields. */
export const PRESETS: Record<string, EffectivePolicy> = {
  'signalcraft-v1': SIGNALCRAFT_V1,
  none: {
    name: 'none',
    volatileKeys: [],
    driftKeys: ['run_id'],
    ignore: { run_summary: [], run_health: [], provider_availability: [], ranked_json: [], ranked_csv: [], ranked_families_json: [] },
    identityFields: SIGNALCRAFT_V1.identityFields,
    scoreFields: [],
    numericTolerance: 0,
    ordering: 'strict'
  }
}
