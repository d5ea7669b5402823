import { findingOf, type KindTable } from '../model/finding.js'
import { LOAD_KINDS } from '../load/artifact.js'
import { pointerJoin } from '../json/pointer.js'
import type { ArtifactId, Finding, JsonValue, OrderingMode, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { equalSources, type ByteSpan } from './sameSources.js'
import { decimalNumber, diffValues, numbersEqual, optionsForKey, previewValue, valuesEqual, type ValueCompareOptions } from '../json/values.js'

/** The kinds the keyed-list engine produces (ranked jobs in JSON and CSV, ranked families). */
export const KEYED_LIST_KINDS = {
  'job-added': {
    severity: 'error',
    category: 'content',
    stage: 'ranking',
    description: 'a ranked job exists on the right side only',
    fields: 'job, field `rank`, right = 1-based rank',
    rules: []
  },
  'job-removed': {
    severity: 'error',
    category: 'content',
    stage: 'ranking',
    description: 'a ranked job exists on the left side only',
    fields: 'job, field `rank`, left = 1-based rank',
    rules: []
  },
  'job-moved': {
    severity: 'error',
    category: 'content',
    stage: 'ranking',
    description: "a job is outside the longest common order of the two lists (a warning below the policy's `ranking.topK`)",
    fields: 'job, field `rank`, left, right',
    rules: []
  },
  'job-score': {
    severity: 'error',
    category: 'content',
    stage: 'scoring',
    description: "a score field differs (numerically, within the policy's tolerance)",
    fields: 'job, field, pointer, left, right',
    rules: []
  },
  'job-field': {
    severity: 'error',
    category: 'content',
    stage: 'scoring',
    description: 'any other changed leaf of a job',
    fields: 'job, field (top-level key), pointer, left, right',
    rules: []
  },
  'job-duplicate': {
    severity: 'error',
    category: 'validity',
    stage: 'ranking',
    description: 'two jobs on one side share an identity; neither is silently picked',
    fields: 'side, path, job',
    rules: []
  },
  'job-identity': {
    severity: 'warning',
    category: 'validity',
    stage: 'ranking',
    description: 'a job has no identity field. It is matched by its content instead',
    fields: 'side, path, pointer?',
    rules: []
  },
  family: {
    severity: 'error',
    category: 'content',
    stage: 'derived',
    description: 'a ranked family was added, removed, moved or changed (its `rule` says which)',
    fields: 'job, field, pointer, left, right, rule',
    rules: ['family/added', 'family/removed', 'family/moved', 'family/score', 'family/field']
  }
} as const satisfies KindTable

const finding = findingOf(KEYED_LIST_KINDS)
const loadFinding = findingOf(LOAD_KINDS)

/** The outcome of comparing one ranked artifact: its findings, how many items each side listed, and the identity matching. */
export interface RankedComparison {
  findings: Finding[]
  leftItems: number
  rightItems: number
  /** The rows matched by identity (absent when a side held no usable list). */
  matching?: RankedMatching
  /** Sides whose parsed file held no usable list (their presence is `unreadable`). */
  unusable?: Side[]
}

/** The outcome of inspecting one side of a ranked artifact on its own. */
export interface RankedInspection {
  findings: Finding[]
  items: number
  /** The side matched with itself (every row shared at its own rank), for byte-identical files. */
  matching?: RankedMatching
  /** True when the parsed file held no usable list (its presence is `unreadable`). */
  unusable?: boolean
}

/**
 * The identity matching of two ranked lists, as the comparer made it (the ranking statistics read
 * it; nothing matches twice). Parallel arrays over the matched pairs, in left-rank order.
 */
export interface RankedMatching {
  /** Each pair's job: its identity, or `index <i>` (left index) for a row without one. */
  jobs: string[]
  /** 1-based ranks on each side. */
  leftRanks: Int32Array
  rightRanks: Int32Array
  /** The ranks Kendall's τ uses: with `ties-may-swap`, every row of a run of equal scores has the run's first rank. */
  leftTies: Int32Array
  rightTies: Int32Array
  /** 1 when the pair was reported as moved. */
  moved: Uint8Array
  /** Right ranks of rows only on the right, left ranks of rows only on the left, ascending. */
  addedRanks: number[]
  removedRanks: number[]
}

/** A ranked row as read (a JSON object, or a CSV record as column -> cell). */
export type RowObject = { [key: string]: JsonValue }

/** One ranked row (a job, a family, a CSV record) ready for matching. */
export interface KeyedRow {
  /** 0-based position in its list; the rank is `index + 1`, the pointer `<listPointer>/<index>`. */
  index: number
  /** Pointer of the row's list inside the artifact (`''`, or `/jobs` for a wrapped list). */
  listPointer: string
  /** The row's identity (see `identityOf`), or undefined when it has none. */
  identity: string | undefined
  /** The matching key: the identity, or for a row without one the canonical text of its normalized content. */
  key: string
  /** A human title for messages, when the row has one. */
  title: string | undefined
  /** The row as read; the spec's `normalize` gives what is compared. */
  raw: RowObject
  /**
   * Where the row's bytes lie in its file (rows a ranked task reduced): two rows with equal bytes
   * are equal without reading `raw` (which may then be parsed only on demand).
   */
  source?: ByteSpan
  /**
   * The record the row was read from, when the rows of both sides may share records (a CSV whose
   * right side's read took rows from the left's, both headers the same): two rows with the same
   * record are equal without reading `raw`.
   */
  record?: readonly string[]
  /** The row's primary score as `primaryScore` reads it from `raw` (null: no score field), when known up front. */
  primary?: PrimaryScore | null
}

/** The first score field a row has, and its value as a number (undefined when it is not one). */
export interface PrimaryScore {
  field: string
  value: number | undefined
}

/** The kind (and finer rule) one flavour of ranked list reports for one kind of difference. */
export interface DifferenceKind {
  kind: keyof typeof KEYED_LIST_KINDS
  rule?: string
}

/** The finding kinds one flavour of ranked list reports for each kind of difference. */
export interface DifferenceKinds {
  added: DifferenceKind
  removed: DifferenceKind
  moved: DifferenceKind
  score: DifferenceKind
  field: DifferenceKind
}

/** Ranked jobs (JSON and CSV): every difference has its own job-* kind. */
export const JOB_KINDS: DifferenceKinds = {
  added: { kind: 'job-added' },
  removed: { kind: 'job-removed' },
  moved: { kind: 'job-moved' },
  score: { kind: 'job-score' },
  field: { kind: 'job-field' }
}

/** Ranked families: every difference is a `family` finding; its rule says which. */
export const FAMILY_KINDS: DifferenceKinds = {
  added: { kind: 'family', rule: 'family/added' },
  removed: { kind: 'family', rule: 'family/removed' },
  moved: { kind: 'family', rule: 'family/moved' },
  score: { kind: 'family', rule: 'family/score' },
  field: { kind: 'family', rule: 'family/field' }
}

/** A finding of one kind of difference, with its rule when it has one. */
function differenceFinding(difference: DifferenceKind, fields: Parameters<typeof finding>[1]): Finding {
  return finding(difference.kind, difference.rule !== undefined ? { ...fields, rule: difference.rule } : fields)
}

/** What one flavour of ranked list contributes to its spec. */
export interface KeyedListFlavour {
  /** What a row is called in messages. */
  noun: 'job' | 'family'
  kinds: DifferenceKinds
}

/** Everything the engine needs to know about one ranked artifact and side pair. */
export interface KeyedListSpec extends KeyedListFlavour {
  artifact: ArtifactId
  identityFields: string[]
  scoreFields: string[]
  values: ValueCompareOptions
  /** The policy's normalization of one row (volatile keys, drift keys, row-relative ignore pointers). */
  normalize: (row: RowObject) => RowObject
  /** Keys `normalize` drops at any depth: skipped by the fast equality check of raw rows. */
  droppedKeys: ReadonlySet<string>
  ordering: OrderingMode
  /** The policy's `ranking.topK`: a move with both ranks below it is a warning (undefined: every move is an error). */
  topK?: number
}

/** Builds the engine's spec for one artifact from the comparison context. */
export function keyedListSpec(
  artifact: ArtifactId,
  compiled: CompiledPolicy,
  flavour: KeyedListFlavour,
  rows: { values: ValueCompareOptions; normalize: (row: RowObject) => RowObject }
): KeyedListSpec {
  const { identityFields, scoreFields, ordering } = compiled.policy
  const topK = compiled.topK
  return {
    artifact,
    ...flavour,
    ...rows,
    identityFields,
    scoreFields,
    droppedKeys: compiled.droppedKeys,
    ordering,
    ...(topK !== undefined ? { topK } : {})
  }
}

/**
 * A row's identity: the first of `fields` holding a non-empty string (trimmed) or a finite number
 * (as its string), read at the row's top level.
 */
export function identityOf(row: RowObject, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    if (!Object.hasOwn(row, field)) continue
    const value = row[field]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  }
  return undefined
}

/** The pointer of a row inside the artifact. */
export function rowPointer(row: { listPointer: string; index: number }): string {
  return `${row.listPointer}/${row.index}`
}

/** A title as shown in messages: a JSON string, so quotes, line breaks and control characters are escaped. */
function quotedTitle(title: string | undefined): string {
  return title !== undefined ? ` (${JSON.stringify(title)})` : ''
}

/** How a row is named in messages: `job <id> ("<title>")`, or `job at index <i>` without identity. */
function label(spec: KeyedListSpec, row: KeyedRow): string {
  const name = row.identity !== undefined ? `${spec.noun} ${row.identity}` : `${spec.noun} at index ${row.index}`
  return `${name}${quotedTitle(row.title)}`
}

/** The `job-identity` finding for one row that has none of the identity fields. */
export function identityFinding(spec: KeyedListSpec, side: Side, row: KeyedRow): Finding {
  return finding('job-identity', {
    artifact: spec.artifact,
    side,
    pointer: rowPointer(row),
    message: `${spec.noun} at index ${row.index}${quotedTitle(row.title)} has none of the identity fields (${spec.identityFields.join(', ')}); it is matched by its whole content`
  })
}

/** The `unreadable` finding for a row too deeply nested to walk (the recursion hit the stack limit). */
export function tooDeepFinding(spec: KeyedListSpec, side: Side | undefined, row: { listPointer: string; index: number }): Finding {
  return loadFinding('unreadable', {
    artifact: spec.artifact,
    rule: 'unreadable/too-deep',
    ...(side !== undefined ? { side } : {}),
    pointer: rowPointer(row),
    message: `${spec.noun} at index ${row.index} is nested too deeply to compare`
  })
}

/**
 * One side's rows by matching key. Rows with and without identity live in separate maps, so an
 * identity can never collide with a content text. Values are positions in the rows array; the
 * later occurrences of a repeated key are kept apart (rare), in list order.
 */
interface KeyIndex {
  byIdentity: Map<string, number>
  byContent: Map<string, number>
  /** Key -> positions of the 2nd, 3rd... occurrences (identity and content keys kept apart by a leading flag). */
  repeats: Map<string, number[]>
}

function repeatKey(row: KeyedRow): string {
  return `${row.identity !== undefined ? 'i' : 'c'}${row.key}`
}

/** Indexes one side's rows by key and reports each repeated identity once (job-duplicate). */
function indexRows(spec: KeyedListSpec, side: Side, rows: readonly KeyedRow[]): { index: KeyIndex; findings: Finding[] } {
  const index: KeyIndex = { byIdentity: new Map(), byContent: new Map(), repeats: new Map() }
  rows.forEach((row, position) => {
    const map = row.identity !== undefined ? index.byIdentity : index.byContent
    if (!map.has(row.key)) {
      map.set(row.key, position)
      return
    }
    const key = repeatKey(row)
    const more = index.repeats.get(key)
    if (more === undefined) index.repeats.set(key, [position])
    else more.push(position)
  })
  const findings: Finding[] = []
  for (const [key, more] of index.repeats) {
    // Rows without identity were already reported one by one; equal contents are simply paired in order.
    if (!key.startsWith('i')) continue
    const first = rows[index.byIdentity.get(key.slice(1)) as number] as KeyedRow
    const indexes = [first.index, ...more.map((position) => (rows[position] as KeyedRow).index)]
    findings.push(
      finding('job-duplicate', {
        artifact: spec.artifact,
        side,
        job: first.identity,
        message: `${spec.noun} ${first.identity} appears ${indexes.length} times (indexes ${indexes.join(', ')}); occurrences are paired with the other side's in order`
      })
    )
  }
  return { index, findings }
}

/** Findings about one side's rows alone: duplicate identities. */
export function inspectKeyedRows(spec: KeyedListSpec, side: Side, rows: readonly KeyedRow[]): Finding[] {
  return indexRows(spec, side, rows).findings
}

/** The matching of a list with itself (byte-identical files): every row shared at its own rank, nothing moved. */
export function selfMatching(spec: KeyedListSpec, rows: readonly KeyedRow[]): RankedMatching {
  const ranks = Int32Array.from(rows, (row) => row.index + 1)
  const ties = tieRanks(spec, rows)
  return { jobs: rows.map(pairName), leftRanks: ranks, rightRanks: ranks, leftTies: ties, rightTies: ties, moved: new Uint8Array(rows.length), addedRanks: [], removedRanks: [] }
}

function pairName(row: KeyedRow): string {
  return row.identity ?? `index ${row.index}`
}

/**
 * The right position paired with each left position (-1 when unmatched). The k-th occurrence of
 * a key on the left is paired with the k-th occurrence on the right.
 */
function pairRows(left: readonly KeyedRow[], l: KeyIndex, r: KeyIndex): Int32Array {
  const partner = new Int32Array(left.length).fill(-1)
  const repeated = l.repeats.size > 0 && r.repeats.size > 0
  left.forEach((row, position) => {
    const first = (row.identity !== undefined ? l.byIdentity : l.byContent).get(row.key)
    if (first !== position) return
    const other = (row.identity !== undefined ? r.byIdentity : r.byContent).get(row.key)
    if (other === undefined) return
    partner[position] = other
    // Later occurrences pair only where both sides repeat some key (most lists repeat none).
    if (!repeated) return
    const key = repeatKey(row)
    const leftMore = l.repeats.get(key) ?? []
    const rightMore = r.repeats.get(key) ?? []
    for (let k = 0; k < Math.min(leftMore.length, rightMore.length); k++) partner[leftMore[k] as number] = rightMore[k] as number
  })
  return partner
}

/**
 * Compares two ranked lists by identity (Maps, never by position), in O(n log n): duplicates on
 * each side, rows only on one side (added/removed), rank changes (moved, without cascades: see
 * `movedPositions`), then score fields and every other changed leaf of each matched pair.
 */
export function compareKeyedRows(spec: KeyedListSpec, left: readonly KeyedRow[], right: readonly KeyedRow[]): { findings: Finding[]; matching: RankedMatching } {
  const l = indexRows(spec, 'left', left)
  const r = indexRows(spec, 'right', right)
  const findings = [...l.findings, ...r.findings]
  const partner = pairRows(left, l.index, r.index)
  const matchedRight = new Uint8Array(right.length)
  for (const other of partner) if (other !== -1) matchedRight[other] = 1

  left.forEach((row, position) => {
    if (partner[position] !== -1) return
    findings.push(
      differenceFinding(spec.kinds.removed, {
        artifact: spec.artifact,
        ...jobField(row),
        field: 'rank',
        pointer: rowPointer(row),
        left: row.index + 1,
        message: `${label(spec, row)} removed (was rank ${row.index + 1})`
      })
    )
  })
  right.forEach((row, position) => {
    if (matchedRight[position] === 1) return
    findings.push(
      differenceFinding(spec.kinds.added, {
        artifact: spec.artifact,
        ...jobField(row),
        field: 'rank',
        pointer: rowPointer(row),
        right: row.index + 1,
        message: `${label(spec, row)} added at rank ${row.index + 1}`
      })
    )
  })
  const leftTies = tieRanks(spec, left)
  const rightTies = tieRanks(spec, right)
  const moved = new Uint8Array(left.length)
  for (const position of movedPositions(spec, left, right, partner, leftTies, rightTies)) {
    moved[position] = 1
    const a = left[position] as KeyedRow
    const b = right[partner[position] as number] as KeyedRow
    // Below the policy's top K, order may drift: the move is still reported, as a warning.
    const belowTopK = spec.topK !== undefined && a.index + 1 > spec.topK && b.index + 1 > spec.topK
    findings.push(
      differenceFinding(spec.kinds.moved, {
        artifact: spec.artifact,
        ...jobField(a),
        field: 'rank',
        pointer: rowPointer(a),
        left: a.index + 1,
        right: b.index + 1,
        ...(belowTopK ? { severity: 'warning' as const } : {}),
        message: `${label(spec, a)} moved from rank ${a.index + 1} to rank ${b.index + 1}${belowTopK ? ` (below the top ${spec.topK}, where order may drift)` : ''}`
      })
    )
  }
  const quick: ValueCompareOptions = { ...spec.values, skipKeys: spec.droppedKeys }
  const same = equalSources(left, right, partner)
  partner.forEach((other, position) => {
    if (other === -1 || same[position] === 1) return
    const a = left[position] as KeyedRow
    const b = right[other] as KeyedRow
    if (a.record === undefined || a.record !== b.record) compareContents(spec, quick, a, b, findings)
  })
  return { findings, matching: matchingOf(left, right, partner, matchedRight, moved, leftTies, rightTies) }
}

/** The typed matching result: matched pairs in left order, and the ranks of rows on one side only. */
function matchingOf(
  left: readonly KeyedRow[],
  right: readonly KeyedRow[],
  partner: Int32Array,
  matchedRight: Uint8Array,
  moved: Uint8Array,
  leftTies: Int32Array,
  rightTies: Int32Array
): RankedMatching {
  let shared = 0
  for (const other of partner) if (other !== -1) shared++
  const matching: RankedMatching = {
    jobs: new Array<string>(shared),
    leftRanks: new Int32Array(shared),
    rightRanks: new Int32Array(shared),
    leftTies: new Int32Array(shared),
    rightTies: new Int32Array(shared),
    moved: new Uint8Array(shared),
    addedRanks: [],
    removedRanks: []
  }
  let k = 0
  partner.forEach((other, position) => {
    const row = left[position] as KeyedRow
    if (other === -1) {
      matching.removedRanks.push(row.index + 1)
      return
    }
    matching.jobs[k] = pairName(row)
    matching.leftRanks[k] = row.index + 1
    matching.rightRanks[k] = (right[other] as KeyedRow).index + 1
    matching.leftTies[k] = leftTies[position] as number
    matching.rightTies[k] = rightTies[other] as number
    matching.moved[k] = moved[position] as number
    k++
  })
  right.forEach((row, position) => {
    if (matchedRight[position] !== 1) matching.addedRanks.push(row.index + 1)
  })
  return matching
}

function jobField(row: KeyedRow): { job?: string } {
  return row.identity !== undefined ? { job: row.identity } : {}
}

/**
 * Left positions of the matched rows whose rank change is not explained by rows added or removed
 * around them: the matched rows outside one longest increasing subsequence of right positions
 * taken in left order. An insertion at the top moves nothing; moving one row far reports that row
 * only. When an adjacent pair swaps, either could be "the" moved one: the LIS keeps the later
 * left row, so the earlier one is reported.
 *
 * With ordering `ties-may-swap`, each maximal run of consecutive rows with an equal primary score
 * (the first score field a row has, within the numeric tolerance of the run's first row) is put in
 * a canonical order (by matching key, then list order) on both sides before the LIS. Rows that
 * only changed places inside such a run keep their canonical positions and are not reported;
 * ranks in findings are still the real ones.
 */
function movedPositions(
  spec: KeyedListSpec,
  left: readonly KeyedRow[],
  right: readonly KeyedRow[],
  partner: Int32Array,
  leftTies: Int32Array,
  rightTies: Int32Array
): number[] {
  const leftOrder = canonicalOrder(spec, left, leftTies)
  const rightOrder = canonicalOrder(spec, right, rightTies)
  const rightRank = new Int32Array(right.length)
  rightOrder.forEach((position, rank) => (rightRank[position] = rank))

  const matched: number[] = []
  const sequence: number[] = []
  for (const position of leftOrder) {
    const other = partner[position] as number
    if (other === -1) continue
    matched.push(position)
    sequence.push(rightRank[other] as number)
  }
  const kept = longestIncreasingSubsequence(sequence)
  return matched.filter((_, i) => !kept[i])
}

/** Row positions in list order, or (ties-may-swap) with each run of equal primary scores sorted canonically. */
function canonicalOrder(spec: KeyedListSpec, rows: readonly KeyedRow[], ties: Int32Array): number[] {
  const order = rows.map((_, position) => position)
  if (spec.ordering === 'strict') return order
  // Tie ranks never decrease along the list, so sorting by them first keeps every run in place.
  return order.sort((a, b) => {
    const x = (rows[a] as KeyedRow).key
    const y = (rows[b] as KeyedRow).key
    return (ties[a] as number) - (ties[b] as number) || (x < y ? -1 : x > y ? 1 : a - b)
  })
}

/**
 * Per row position, the rank that ties share: with `ties-may-swap`, every row of a maximal run of
 * consecutive equal primary scores (within the score field's tolerance of the run's first row) has
 * the 1-based rank of the run's first row; with `strict`, each row its own rank.
 */
function tieRanks(spec: KeyedListSpec, rows: readonly KeyedRow[]): Int32Array {
  const ties = Int32Array.from(rows, (row) => row.index + 1)
  if (spec.ordering === 'strict') return ties
  let runRank = 0
  let runScore: number | undefined
  let runTolerance = spec.values.tolerance
  rows.forEach((row, position) => {
    const primary = primaryScore(spec, row)
    const score = primary?.value
    if (score === undefined || runScore === undefined || !numbersEqual(score, runScore, runTolerance)) {
      runRank = row.index + 1
      runScore = score
      runTolerance = primary === undefined ? spec.values.tolerance : optionsForKey(spec.values, primary.field).tolerance
    }
    ties[position] = runRank
  })
  return ties
}

/** The first (not dropped) score field the row has and its value as a number (undefined when it is not one). */
export function primaryScore(spec: KeyedListSpec, row: KeyedRow): PrimaryScore | undefined {
  if (row.primary !== undefined) return row.primary ?? undefined
  for (const field of spec.scoreFields) {
    if (spec.droppedKeys.has(field) || !Object.hasOwn(row.raw, field)) continue
    const value = row.raw[field]
    if (typeof value === 'number') return { field, value }
    if (typeof value === 'string' && spec.values.numericStrings === true) return { field, value: decimalNumber(value) }
    return { field, value: undefined }
  }
  return undefined
}

/**
 * Flags, per element, whether it belongs to one longest strictly increasing subsequence
 * (patience sorting with back links, O(n log n)).
 */
function longestIncreasingSubsequence(sequence: readonly number[]): boolean[] {
  const tails: number[] = []
  const previous = new Int32Array(sequence.length)
  sequence.forEach((value, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((sequence[tails[mid] as number] as number) < value) low = mid + 1
      else high = mid
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1
    tails[low] = i
  })
  const member = new Array<boolean>(sequence.length).fill(false)
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i !== -1; i = previous[i] as number) member[i] = true
  return member
}

/**
 * Score-field and leaf findings for one matched pair (nothing when the normalized rows are equal).
 * Most pairs are equal: a deep-equal of the raw rows skipping the dropped keys settles them
 * without normalizing (when it holds, the normalized rows are equal too).
 */
function compareContents(spec: KeyedListSpec, quick: ValueCompareOptions, a: KeyedRow, b: KeyedRow, findings: Finding[]): void {
  try {
    if (valuesEqual(a.raw, b.raw, quick)) return
    const before = spec.normalize(a.raw)
    const after = spec.normalize(b.raw)
    if (valuesEqual(before, after, spec.values)) return
    const name = label(spec, a)
    const pointer = rowPointer(a)
    const scoreFields = new Set<string>()
    for (const field of spec.scoreFields) {
      const l = Object.hasOwn(before, field) ? before[field] : undefined
      const r = Object.hasOwn(after, field) ? after[field] : undefined
      if (l === undefined && r === undefined) continue
      scoreFields.add(field)
      if (l !== undefined && r !== undefined && valuesEqual(l, r, optionsForKey(spec.values, field))) continue
      findings.push(
        differenceFinding(spec.kinds.score, {
          artifact: spec.artifact,
          ...jobField(a),
          field,
          pointer: pointerJoin(pointer, field),
          ...sides(l, r),
          message: `${name} changed: ${field} ${previewValue(l)} -> ${previewValue(r)}`
        })
      )
    }
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    for (const field of keys) {
      if (scoreFields.has(field)) continue
      const l = Object.hasOwn(before, field) ? before[field] : undefined
      const r = Object.hasOwn(after, field) ? after[field] : undefined
      for (const leaf of diffValues(l, r, optionsForKey(spec.values, field), pointerJoin(pointer, field))) {
        findings.push(
          differenceFinding(spec.kinds.field, {
            artifact: spec.artifact,
            ...jobField(a),
            field,
            ...leaf,
            message: `${name} changed: ${leaf.pointer.slice(pointer.length + 1)} ${previewValue(leaf.left)} -> ${previewValue(leaf.right)}`
          })
        )
      }
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    findings.push(tooDeepFinding(spec, undefined, a))
  }
}

function sides(left: JsonValue | undefined, right: JsonValue | undefined): { left?: JsonValue; right?: JsonValue } {
  return { ...(left !== undefined ? { left } : {}), ...(right !== undefined ? { right } : {}) }
}

