import type { RunDocuments } from '../compare/contract.js'
import { stageRank } from '../findingKinds.js'
import type { Cause, CauseExample, Finding, JsonValue, PipelineStage, RankingStats, Side } from '../model/types.js'
import { plural, thousands } from '../model/words.js'
import { previewValue } from '../json/values.js'
import { leafKey, type Change, type ChangeClass } from './changes.js'

/** What the causes are worked out from besides the changes. */
export interface CauseContext {
  documents: Record<Side, RunDocuments>
  labels: Record<Side, string>
  ranking: readonly RankingStats[]
}

/** Fewest jobs sharing one score delta that make the "same delta" pattern. */
export const SAME_DELTA_MIN = 3
/** Fewest consecutive jobs moved by the same shift that make the "block moved" pattern. */
export const BLOCK_MIN = 3
/** Examples per cause. */
const MAX_EXAMPLES = 3
/** Longest message quoted in an explanation is twice this, in characters (values are shortened by `previewValue`). */
const SHOWN_CHARS = 60

/** A cause before its examples and counts are worked out. */
interface Draft {
  stage: PipelineStage
  title: string
  changes: Change[]
  consequences?: Draft[]
}

/** An input that differs, and which downstream changes follow from it. */
interface InputDraft extends Draft {
  /** Which downstream changes it explains; the most specific inputs claim first. */
  scope: (change: Change) => boolean
  specific: boolean
}

const DOWNSTREAM: ReadonlySet<PipelineStage> = new Set(['scoring', 'ranking', 'derived'])

/** Appends `value` to the list under `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** `openai:cs` → `openai/cs`. */
function shownTarget(target: string): string {
  return target.replace(':', '/')
}

function inTargets(changes: readonly Change[]): string {
  const targets = [...new Set(changes.map((c) => c.target).filter((t): t is string => t !== undefined))]
  if (targets.length === 0) return ''
  return ` in ${targets.length <= 3 ? targets.map(shownTarget).join(', ') : plural(targets.length, 'list')}`
}

function get(doc: JsonValue | undefined, ...path: (string | number)[]): JsonValue | undefined {
  let value = doc
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = Array.isArray(value) ? (typeof key === 'number' ? value[key] : undefined) : value[String(key)]
  }
  return value
}

/** The provider a provider_availability pointer (`/providers/<i>/...`) is about, read from either run. */
function providerAt(pointer: string | undefined, ctx: CauseContext): string | undefined {
  const index = /^\/providers\/(\d+)(?:\/|$)/.exec(pointer ?? '')?.[1]
  if (index === undefined) return undefined
  for (const side of ['left', 'right'] as const) {
    const id = get(ctx.documents[side].provider_availability, 'providers', Number(index), 'provider_id')
    if (typeof id === 'string') return id
  }
  return undefined
}

/** The provider/profile a run's scoring config names, when both runs name the same one. */
function scoringTarget(ctx: CauseContext): string | undefined {
  const of = (side: Side): string | undefined => {
    const provider = get(ctx.documents[side].run_summary, 'scoring_config', 'provider')
    const profile = get(ctx.documents[side].run_summary, 'scoring_config', 'profile')
    return typeof provider === 'string' && typeof profile === 'string' ? `${provider}:${profile}` : undefined
  }
  const left = of('left')
  return left !== undefined && left === of('right') ? left : undefined
}

const ALL = (): boolean => true

/** Which input a change of the `inputs` stage is, as a key (changes with one key make one cause), a title and a scope. */
function inputOf(change: Change, ctx: CauseContext): { key: string; title: string; scope: (c: Change) => boolean; specific: boolean } {
  const f = change.findings[0] as Finding
  const field = f.field ?? ''
  if (f.kind === 'contract' && field === 'candidate_id') return { key: 'candidate', title: 'candidate profile differs', scope: ALL, specific: false }
  if (f.kind === 'contract' && field.startsWith('snapshot_manifest')) return { key: 'snapshot', title: 'snapshot set differs', scope: ALL, specific: false }
  if (f.kind === 'contract' && field.startsWith('scoring_config')) {
    const target = scoringTarget(ctx)
    if (target === undefined) return { key: 'scoring', title: 'scoring config differs', scope: ALL, specific: false }
    return { key: 'scoring', title: `scoring config differs (${shownTarget(target)})`, scope: (c) => c.target === target, specific: true }
  }
  if (f.kind === 'contract' && field === 'provider_registry_sha256') return { key: 'registry', title: 'provider registry differs', scope: ALL, specific: false }
  const provider = f.artifact === 'provider_availability' ? providerAt(f.pointer, ctx) : undefined
  if (provider !== undefined) {
    const leaf = leafKey(f.pointer)
    const off = (['left', 'right'] as const).find((side) => f[side] === 'unavailable')
    const title =
      leaf === 'availability' && off !== undefined ? `provider ${provider} unavailable on ${ctx.labels[off]}` : `provider ${provider} availability differs`
    return { key: `provider:${provider}`, title, scope: (c) => c.target?.startsWith(`${provider}:`) === true, specific: true }
  }
  return { key: `other:${change.id}`, title: titleOfSingles([change], ctx), scope: () => false, specific: true }
}

/** The input causes, each with the changes of that input (several fields of one scoring config are one cause). */
function inputDrafts(changes: readonly Change[], ctx: CauseContext): InputDraft[] {
  const byKey = new Map<string, InputDraft>()
  for (const change of changes) {
    const input = inputOf(change, ctx)
    const draft = byKey.get(input.key)
    if (draft === undefined) byKey.set(input.key, { stage: 'inputs', title: input.title, changes: [change], scope: input.scope, specific: input.specific })
    else draft.changes.push(change)
  }
  return [...byKey.values()]
}

/** The numeric score deltas of a change as `field:delta` pairs, or undefined when a value is not a number. */
function deltaSignature(change: Change): string | undefined {
  const pairs = new Set<string>()
  for (const f of change.findings) {
    const l = numeric(f.left)
    const r = numeric(f.right)
    if (l === undefined || r === undefined) return undefined
    pairs.add(`${leafKey(f.pointer) ?? f.field ?? ''}\u0000${Number((r - l).toPrecision(12))}`)
  }
  return [...pairs].sort().join('\u0001')
}

function numeric(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) return Number(value)
  return undefined
}

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta)
}

/** "+1 on `score` for 1,500 jobs": score changes with the same deltas on the same fields. */
function sameDelta(changes: Change[], claimed: Set<Change>): Draft[] {
  const bySignature = new Map<string, Change[]>()
  for (const change of changes) {
    if (change.class !== 'score') continue
    const signature = deltaSignature(change)
    if (signature === undefined) continue
    pushTo(bySignature, signature, change)
  }
  const drafts: Draft[] = []
  for (const [signature, group] of bySignature) {
    if (group.length < SAME_DELTA_MIN) continue
    for (const change of group) claimed.add(change)
    drafts.push({ stage: earliest(group), title: deltaTitle(signature, group), changes: group })
  }
  return drafts
}

/** `+1 on score, final_score for 1,500 jobs in openai/cs` from a delta signature. */
function deltaTitle(signature: string, group: readonly Change[]): string {
  const byDelta = new Map<string, string[]>()
  for (const pair of signature.split('\u0001')) {
    const [field = '', delta = ''] = pair.split('\u0000')
    pushTo(byDelta, delta, field)
  }
  const what = [...byDelta].map(([delta, fields]) => `${signed(Number(delta))} on ${fields.join(', ')}`).join('; ')
  return `${what} for ${plural(group.length, 'job')}${inTargets(group)}`
}

/** The left and right rank of a rank change (from its first finding with both). */
function ranksOf(change: Change): { left: number; right: number } | undefined {
  const f = change.findings.find((x) => typeof x.left === 'number' && typeof x.right === 'number')
  return f === undefined ? undefined : { left: f.left as number, right: f.right as number }
}

/** One block of jobs moved: consecutive left ranks, all moved by the same shift, in one list. */
function blockMoves(changes: Change[], claimed: Set<Change>): Draft[] {
  const byTarget = new Map<string, { change: Change; left: number; right: number }[]>()
  for (const change of changes) {
    const ranks = change.class === 'rank' && change.target !== undefined ? ranksOf(change) : undefined
    if (ranks === undefined) continue
    pushTo(byTarget, change.target as string, { change, ...ranks })
  }
  const drafts: Draft[] = []
  for (const moves of byTarget.values()) {
    moves.sort((a, b) => a.left - b.left)
    for (let start = 0; start < moves.length; ) {
      let end = start + 1
      const first = moves[start] as (typeof moves)[number]
      const shift = first.right - first.left
      while (end < moves.length && (moves[end] as typeof first).left === first.left + (end - start) && (moves[end] as typeof first).right - (moves[end] as typeof first).left === shift) end++
      if (end - start >= BLOCK_MIN) {
        const block = moves.slice(start, end)
        const last = block[block.length - 1] as typeof first
        for (const move of block) claimed.add(move.change)
        drafts.push({
          stage: 'ranking',
          title: `${plural(block.length, 'job')} at ranks ${first.left}–${last.left} moved together by ${signed(shift)} (to ${first.right}–${last.right})${inTargets([first.change])}`,
          changes: block.map((move) => move.change)
        })
      }
      start = end
    }
  }
  return drafts
}

/** A provider's jobs all removed (or all added): every ranked list of the provider shares no job with the other side. */
function providerWide(changes: Change[], claimed: Set<Change>, ctx: CauseContext): Draft[] {
  const drafts: Draft[] = []
  const lists = new Map<string, RankingStats[]>()
  for (const stats of ctx.ranking) {
    const provider = stats.artifact.split(':')[1]
    if (provider !== undefined) pushTo(lists, provider, stats)
  }
  for (const [provider, stats] of lists) {
    for (const [cls, onlyOne, other, side] of [
      ['removed', 'removed', 'added', 'right'],
      ['added', 'added', 'removed', 'left']
    ] as const) {
      if (!stats.every((s) => s.shared === 0 && s[onlyOne] > 0 && s[other] === 0)) continue
      const group = changes.filter((c) => c.class === cls && c.target?.startsWith(`${provider}:`) === true && !claimed.has(c))
      if (group.length === 0) continue
      for (const change of group) claimed.add(change)
      drafts.push({
        stage: 'ranking',
        title: `all ${plural(group.length, 'job')} of provider ${provider} ${cls} (none on ${ctx.labels[side]})${inTargets(group)}`,
        changes: group
      })
    }
  }
  return drafts
}

const CLASS_VERB: Record<Exclude<ChangeClass, 'single'>, string> = {
  score: 're-scored',
  content: 'changed',
  rank: 'moved',
  added: 'added',
  removed: 'removed'
}

function earliest(changes: readonly Change[]): PipelineStage {
  let best: PipelineStage = 'metadata'
  for (const change of changes) if (stageRank(change.stage) < stageRank(best)) best = change.stage
  return best
}

/** A title for changes no rule explains that share a kind, artifact and side. */
function titleOfSingles(changes: readonly Change[], ctx: CauseContext): string {
  const f = changes[0]?.findings[0] as Finding
  const on = f.side !== undefined ? ` on ${ctx.labels[f.side]}` : ''
  const many = changes.length > 1 ? ` (${thousands(changes.length)})` : ''
  switch (f.kind) {
    case 'missing':
      return `${f.artifact} missing${on}${many}`
    case 'unreadable':
      return `${f.artifact} unreadable${on}${many}`
    case 'unsafe-path':
      return `unsafe path in ${f.artifact}${on}${many}`
    case 'schema':
      return `${f.artifact} does not match its schema${on}${many}`
    case 'integrity':
      return `${f.artifact} differs from its recorded sha256${on}`
    case 'csv-header':
      return `CSV header differs in ${shownTarget(f.artifact.slice(f.artifact.indexOf(':') + 1))}`
    case 'job-duplicate':
      return `duplicate identities in ${f.artifact}${on}${many}`
    case 'job-identity':
      return `rows without identity in ${f.artifact}${on}${many}`
    case 'inconsistent': {
      const who = f.side !== undefined ? ctx.labels[f.side] : 'a run'
      const what = f.artifact.startsWith('ranked_families_json:')
        ? "its ranked families name jobs its ranked JSON lacks"
        : "its ranked CSV is not its ranked JSON's projection"
      return `${who} disagrees with itself: ${what} in ${shownTarget(f.artifact.slice(f.artifact.indexOf(':') + 1))}`
    }
    case 'contract':
      return changes.length > 1 ? `${f.field ?? 'contract value'} differs${many}` : f.side !== undefined ? `${f.field ?? 'contract value'} inconsistent${on}` : `${f.field ?? 'contract value'} differs`
    default:
      return changes.length > 1 ? `${f.artifact} differs at ${thousands(changes.length)} places` : `${f.artifact} ${f.pointer ?? ''} differs`.replace('  ', ' ')
  }
}

/** Groups changes no pattern explained: job changes by class and list, other findings by kind, artifact and side. */
function unexplained(changes: Change[], claimed: Set<Change>, ctx: CauseContext): Draft[] {
  const groups = new Map<string, Change[]>()
  for (const change of changes) {
    if (claimed.has(change)) continue
    const f = change.findings[0] as Finding
    const key = change.class !== 'single' ? `${change.stage}|${change.class}|${change.target ?? ''}` : `${change.stage}|single|${f.kind}|${f.artifact}|${f.side ?? ''}`
    pushTo(groups, key, change)
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Change
    // A few re-scored jobs that share their deltas still say by how much.
    const signatures = first.class === 'score' ? new Set(group.map(deltaSignature)) : undefined
    const shared = signatures?.size === 1 ? [...signatures][0] : undefined
    const title =
      first.class === 'single'
        ? titleOfSingles(group, ctx)
        : shared !== undefined
          ? deltaTitle(shared, group)
          : `${plural(group.length, 'job')} ${CLASS_VERB[first.class]}${inTargets(group)}`
    return { stage: first.stage, title, changes: group }
  })
}

/** The recognised patterns first (a provider's jobs gone, the same delta, a block moved), then everything else. */
function explainGroup(changes: Change[], ctx: CauseContext): Draft[] {
  const claimed = new Set<Change>()
  return [...providerWide(changes, claimed, ctx), ...sameDelta(changes, claimed), ...blockMoves(changes, claimed), ...unexplained(changes, claimed, ctx)]
}

/** A pointer relative to its row (`/2/explanation/x` → `explanation/x`). */
function inRow(pointer: string | undefined): string {
  return (pointer ?? '').replace(/^(?:\/[^/0-9][^/]*)?\/\d+\/?/, '')
}

/** One line saying what a change's example shows, and where else it was found. */
function explanationOf(change: Change, f: Finding, ctx: CauseContext): string {
  const kinds = [...new Set(change.findings.map((x) => x.artifact.split(':')[0]))]
  const where = change.target !== undefined ? ` in ${kinds.join(', ')}${change.findings.length > 1 ? ` (${plural(change.findings.length, 'finding')})` : ''}` : ''
  const job = change.job !== undefined ? `job ${change.job}: ` : ''
  switch (change.class) {
    case 'added':
      return `${job}added at rank ${previewValue(f.right)}${where}`
    case 'removed':
      return `${job}removed (was rank ${previewValue(f.left)})${where}`
    case 'rank':
      return `${job}rank ${previewValue(f.left)} → ${previewValue(f.right)}${where}`
    case 'score':
    case 'content':
      return `${job}${inRow(f.pointer) || (f.field ?? 'value')} ${previewValue(f.left)} → ${previewValue(f.right)}${where}`
    default:
      if ((f.kind === 'document' || f.kind === 'contract') && (f.left !== undefined || f.right !== undefined)) {
        return `${f.artifact}${f.pointer !== undefined && f.pointer !== '' ? ` ${f.pointer}` : ''}: ${previewValue(f.left)} → ${previewValue(f.right)}`
      }
      {
        // The message is the body: say on which run and in which file, with the run's label.
        const where = f.side !== undefined ? `${ctx.labels[f.side]}${f.path !== undefined ? ` ${f.path}` : ''}: ` : ''
        const text = `${where}${f.message}`
        return text.length > 2 * SHOWN_CHARS ? `${text.slice(0, 2 * SHOWN_CHARS - 1)}…` : text
      }
  }
}

function exampleOf(change: Change, ctx: CauseContext): CauseExample {
  const f = change.findings.find((x) => x.left !== undefined || x.right !== undefined) ?? (change.findings[0] as Finding)
  return {
    artifact: f.artifact,
    ...(f.job !== undefined ? { job: f.job } : {}),
    ...(f.field !== undefined ? { field: f.field } : {}),
    ...(f.pointer !== undefined ? { pointer: f.pointer } : {}),
    ...(f.left !== undefined ? { left: f.left } : {}),
    ...(f.right !== undefined ? { right: f.right } : {}),
    explanation: explanationOf(change, f, ctx)
  }
}

const hasError = (draft: Draft): boolean => draft.changes.some((c) => c.findings.some((f) => f.severity === 'error'))
const findingCount = (draft: Draft): number => draft.changes.reduce((sum, c) => sum + c.findings.length, 0)
/** Changes a cause accounts for, its consequences' included. */
const reach = (draft: Draft): number => draft.changes.length + (draft.consequences ?? []).reduce((sum, c) => sum + reach(c), 0)

/** Most important first: pipeline stage, then causes with errors, then more changes (consequences included), then more findings, then title. */
function byImportance(a: Draft, b: Draft): number {
  return (
    stageRank(a.stage) - stageRank(b.stage) ||
    Number(hasError(b)) - Number(hasError(a)) ||
    reach(b) - reach(a) ||
    findingCount(b) - findingCount(a) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  )
}

function toCause(draft: Draft, ctx: CauseContext): Cause {
  const consequences = draft.consequences?.sort(byImportance).map((d) => toCause(d, ctx))
  return {
    stage: draft.stage,
    title: draft.title,
    changes: draft.changes.map((c) => c.id),
    findings: findingCount(draft),
    examples: draft.changes.slice(0, MAX_EXAMPLES).map((c) => exampleOf(c, ctx)),
    ...(consequences !== undefined && consequences.length > 0 ? { consequences } : {})
  }
}

/**
 * The causes of the changes, in pipeline order (run status, inputs, scoring, ranking, derived
 * outputs, metadata), most important first within a stage. An input that differs (snapshot set,
 * scoring config, candidate profile, provider registry, a provider unavailable on one side) lists
 * the downstream changes of the lists it reaches as its consequences: a provider or a scoring
 * config naming one list claims first, then the first input that reaches every list. Changes are
 * then explained by the recognised patterns (a provider's jobs all removed or added, the same
 * score delta on many jobs, a block of jobs moved together); whatever no rule explains is a cause
 * of its own. Every change belongs to exactly one cause.
 */
export function explainCauses(changes: readonly Change[], ctx: CauseContext): Cause[] {
  const inputs = inputDrafts(
    changes.filter((c) => c.stage === 'inputs'),
    ctx
  ).sort((a, b) => Number(b.specific) - Number(a.specific))
  const rest: Change[] = []
  const claimedBy = new Map<InputDraft, Change[]>()
  for (const change of changes) {
    if (change.stage === 'inputs') continue
    const owner = DOWNSTREAM.has(change.stage) && change.target !== undefined ? inputs.find((input) => input.scope(change)) : undefined
    if (owner === undefined) rest.push(change)
    else pushTo(claimedBy, owner, change)
  }
  for (const input of inputs) {
    const claimed = claimedBy.get(input)
    if (claimed !== undefined) input.consequences = explainGroup(claimed, ctx)
  }
  const drafts: Draft[] = [...inputs, ...explainGroup(rest, ctx)]
  return drafts.sort(byImportance).map((d) => toCause(d, ctx))
}
