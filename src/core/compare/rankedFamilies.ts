import type { ArtifactId, JsonValue, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { FAMILY_KINDS, type RankedComparison, type RankedInspection } from './keyedList.js'
import { compareRankedJson, inspectRankedJson, type RankedJsonFlavour } from './rankedJson.js'

/** The ranked-JSON flavour of this kind. */
export const FAMILIES: RankedJsonFlavour = { policyKind: 'ranked_families_json', noun: 'family', kinds: FAMILY_KINDS }

/**
 * Compares two ranked family lists (`ranked_families_json`: job rows plus `family_variants`),
 * keyed like jobs; every difference is a `family` finding whose message says added, removed,
 * moved or changed. Duplicate and missing identities keep their job-duplicate/job-identity kinds.
 */
export function compareRankedFamilies(artifact: ArtifactId, left: JsonValue, right: JsonValue, compiled: CompiledPolicy): RankedComparison {
  return compareRankedJson(FAMILIES, artifact, left, right, compiled)
}

/** Checks one side's ranked family list alone (used when both files are byte-identical or one is missing). */
export function inspectRankedFamilies(artifact: ArtifactId, side: Side, value: JsonValue, compiled: CompiledPolicy): RankedInspection {
  return inspectRankedJson(FAMILIES, artifact, side, value, compiled)
}
