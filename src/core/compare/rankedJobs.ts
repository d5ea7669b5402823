import type { ArtifactId, JsonValue, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { JOB_KINDS, type RankedComparison, type RankedInspection } from './keyedList.js'
import { compareRankedJson, inspectRankedJson, type RankedJsonFlavour } from './rankedJson.js'

/** The ranked-JSON flavour of this kind. */
export const JOBS: RankedJsonFlavour = { policyKind: 'ranked_json', noun: 'job', kinds: JOB_KINDS }

/**
 * Compares two ranked job lists (`ranked_json`) by job identity: job-added, job-removed,
 * job-moved (no cascades), job-score, job-field, plus job-duplicate and job-identity problems.
 */
export function compareRankedJobs(artifact: ArtifactId, left: JsonValue, right: JsonValue, compiled: CompiledPolicy): RankedComparison {
  return compareRankedJson(JOBS, artifact, left, right, compiled)
}

/** Checks one side's ranked job list alone (used when both files are byte-identical or one is missing). */
export function inspectRankedJobs(artifact: ArtifactId, side: Side, value: JsonValue, compiled: CompiledPolicy): RankedInspection {
  return inspectRankedJson(JOBS, artifact, side, value, compiled)
}
