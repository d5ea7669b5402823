import type { RankedMatching } from '../compare/keyedList.js'
import type { RunDocuments } from '../compare/contract.js'
import type { ArtifactId, Cause, EffectivePolicy, Finding, RankingStats, Side } from '../model/types.js'
import { explainCauses } from './causes.js'
import { groupChanges } from './changes.js'
import { rankingStats } from './ranking.js'

/** What the explain stage reads: the compared findings in report order, and what the comparers saw. */
export interface ExplainInput {
  /** Findings in report order (`sortFindings`), so change ids are assigned deterministically. */
  findings: readonly Finding[]
  policy: EffectivePolicy
  documents: Record<Side, RunDocuments>
  labels: Record<Side, string>
  /**
   * The identity matching of every ranked list compared, by artifact, in report order; `ranking`
   * when its statistics were already made from this very matching (`rankingStats`, earlier, while
   * other work ran).
   */
  matchings: readonly { artifact: ArtifactId; matching: RankedMatching; ranking?: RankingStats }[]
}

/** The explain stage's additions to the report. */
export interface Explanation {
  /** The same findings, in the same order, each with its `change` id. */
  findings: Finding[]
  causes: Cause[]
  ranking: RankingStats[]
}

/** Groups the findings into changes, computes every ranked list's statistics, and explains the changes as causes in pipeline order. */
export function explain(input: ExplainInput): Explanation {
  const ranking = input.matchings.map(({ artifact, matching, ranking }) => ranking ?? rankingStats(artifact, matching))
  const { findings, changes } = groupChanges(input.findings, input.policy)
  const causes = explainCauses(changes, { documents: input.documents, labels: input.labels, ranking })
  return { findings, causes, ranking }
}
