import type { EffectivePolicy, FileRule, RequiredKind } from '../model/types.js'

const POINTER_FIELDS = ['path', 'sha256', 'bytes']

/** Pointers to `path`, `sha256` and `bytes` under each given prefix. */
function fileFields(...prefixes: string[]): string[] {
  return prefixes.flatMap((prefix) => POINTER_FIELDS.map((field) => `${prefix}/${field}`))
}

/** The six artifact kinds every v1 run dir must hold. */
const V1_REQUIRED: RequiredKind[] = ['run_summary', 'run_health', 'provider_availability', 'ranked_json', 'ranked_csv', 'ranked_families_json']

/** The ranked outputs, compared job by job (the `ranked` mode); the same rules in both presets. */
const RANKED_RULES: FileRule[] = [
  { glob: '*/*/*_ranked_jobs.*.json', mode: 'ranked' },
  { glob: '*/*/*_ranked_jobs.*.csv', mode: 'ranked' },
  { glob: '*/*/*_ranked_families.*.json', mode: 'ranked' }
]

/** Under each of these JSON pointers of run_report.json lie host paths, mtimes or hashes of files that embed them. */
const RUN_REPORT_VOLATILE = [
  '/archived_inputs_by_provider_profile/*/*/*/archived_path',
  '/archived_inputs_by_provider_profile/*/*/*/source_path',
  '/config_fingerprint',
  '/delta_summary/current_run_id',
  '/delta_summary/provider_profile/*/*/current_run_id',
  '/environment_fingerprint',
  '/logs',
  '/inputs/*/mtime_iso',
  '/inputs/*/path',
  '/inputs/raw_jobs_json/sha256',
  '/inputs_by_provider/*/*/mtime_iso',
  '/inputs_by_provider/*/*/path',
  '/inputs_by_provider/*/raw_jobs_json/sha256',
  '/outputs_by_profile/*/*/path',
  '/outputs_by_provider/*/*/*/path',
  '/scoring_input_selection_by_profile/*/candidate_paths_considered/*/path',
  '/scoring_input_selection_by_profile/*/candidate_paths_considered/*/mtime_iso',
  '/scoring_input_selection_by_profile/*/candidates/*/path',
  '/scoring_input_selection_by_profile/*/candidates/*/mtime_iso',
  '/scoring_input_selection_by_profile/*/selected/path',
  '/scoring_input_selection_by_profile/*/selected/mtime_iso',
  '/scoring_input_selection_by_profile/*/selected_path',
  '/scoring_input_selection_by_profile/*/selection_reason_details/*/candidate_paths',
  '/scoring_input_selection_by_profile/*/selection_reason_details/*/chosen_path',
  '/scoring_input_selection_by_profile/*/selection_reason_details/*/compared_fields/candidates',
  '/scoring_input_selection_by_provider/*/*/candidate_paths_considered/*/path',
  '/scoring_input_selection_by_provider/*/*/candidate_paths_considered/*/mtime_iso',
  '/scoring_input_selection_by_provider/*/*/candidates/*/path',
  '/scoring_input_selection_by_provider/*/*/candidates/*/mtime_iso',
  '/scoring_input_selection_by_provider/*/*/selected/path',
  '/scoring_input_selection_by_provider/*/*/selected/mtime_iso',
  '/scoring_input_selection_by_provider/*/*/selected_path',
  '/scoring_input_selection_by_provider/*/*/selection_reason_details/*/candidate_paths',
  '/scoring_input_selection_by_provider/*/*/selection_reason_details/*/chosen_path',
  '/scoring_input_selection_by_provider/*/*/selection_reason_details/*/compared_fields/candidates',
  '/scoring_inputs_by_profile/*/mtime_iso',
  '/scoring_inputs_by_profile/*/path',
  '/scoring_inputs_by_provider/*/*/mtime_iso',
  '/scoring_inputs_by_provider/*/*/path',
  '/scoring_model/inputs/*/path',
  ...fileFields('/explanation_artifact', '/provider_availability_artifact', '/run_audit_artifact', '/digest_artifact', '/digest_receipt_artifact')
]

/**
 * How signalcraft-v1 compares each of the 30 files a run dir holds (upstream README, run dir
 * layout). Every file is compared: the contract documents and ranked outputs by their own
 * comparers, everything else by content with the global volatile keys (timestamps, run_id under
 * drift) and these per-file pointers removed. Only folders that hold process output (logs) are ignored.
 */
const SIGNALCRAFT_V1_FILES: FileRule[] = [
  { glob: 'run_summary.v1.json', mode: 'contract' },
  { glob: 'run_health.v1.json', mode: 'contract' },
  { glob: 'artifacts/provider_availability_v1.json', mode: 'contract' },
  ...RANKED_RULES,
  { glob: 'logs/**', mode: 'ignored', reason: 'process logs: timestamps and host output, not results' },
  {
    glob: 'run_report.json',
    mode: 'content',
    reason: 'host paths and file mtimes, the environment and config fingerprints (they hash data/state dirs and TZ), and hashes of files that embed run ids; those files are compared themselves',
    ignore: RUN_REPORT_VOLATILE
  },
  {
    glob: 'artifacts/run_audit_v1.json',
    mode: 'content',
    reason: 'config_fingerprint hashes the data/state dirs and TZ of the host',
    ignore: ['/config_hashes/config_fingerprint']
  },
  {
    glob: 'artifacts/digest_v1.json',
    mode: 'content',
    reason: 'the digest windows are computed from the run time; source paths are host paths',
    ignore: ['/cadence/*/window_start_utc', '/cadence/*/window_end_utc', '/source_artifacts/*/path']
  },
  {
    glob: 'artifacts/digest_receipt_v1.json',
    mode: 'content',
    reason: 'it records the host path, size and sha256 of digest_v1.json, which embeds the run time (digest_v1.json is compared itself)',
    ignore: fileFields('/digest_artifact')
  }
]

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
  ordering: 'strict',
  files: SIGNALCRAFT_V1_FILES,
  acceptStatus: ['success'],
  required: V1_REQUIRED,
  integrity: 'warning'
}

/**
 * `signalcraft-published`: the S3-published layout (`verifiable_artifacts`: index.json and the
 * ranked outputs, no v1 documents). Only the ranked kinds are required; run status and receipts
 * are checked where a run_summary happens to be present.
 */
export const SIGNALCRAFT_PUBLISHED: EffectivePolicy = {
  ...SIGNALCRAFT_V1,
  name: 'signalcraft-published',
  required: ['ranked_json', 'ranked_csv', 'ranked_families_json']
}

/** Built-in presets by name. `none` starts from nothing but upstream's identity fields. */
export const PRESETS: Record<string, EffectivePolicy> = {
  'signalcraft-v1': SIGNALCRAFT_V1,
  'signalcraft-published': SIGNALCRAFT_PUBLISHED,
  none: {
    name: 'none',
    volatileKeys: [],
    driftKeys: ['run_id'],
    ignore: { run_summary: [], run_health: [], provider_availability: [], ranked_json: [], ranked_csv: [], ranked_families_json: [] },
    identityFields: SIGNALCRAFT_V1.identityFields,
    scoreFields: [],
    numericTolerance: 0,
    ordering: 'strict',
    files: [
      { glob: 'run_summary.v1.json', mode: 'contract' },
      { glob: 'run_health.v1.json', mode: 'contract' },
      { glob: 'artifacts/provider_availability_v1.json', mode: 'contract' },
      ...RANKED_RULES
    ],
    acceptStatus: ['success'],
    required: V1_REQUIRED,
    integrity: 'warning'
  }
}
