import { findingOf } from '../model/finding.js'
import { LOAD_KINDS } from '../load/artifact.js'
import { LIST_KEYS } from '../json/listScan.js'
import { pointerJoin } from '../json/pointer.js'
import type { ArtifactId, Finding, JsonValue, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import {
  compareKeyedRows,
  identityFinding,
  identityOf,
  inspectKeyedRows,
  keyedListSpec,
  rowPointer,
  selfMatching,
  tooDeepFinding,
  type KeyedListFlavour,
  type KeyedListSpec,
  type KeyedRow,
  type RankedComparison,
  type RankedInspection,
  type RowObject
} from './keyedList.js'
import { canonicalJson } from '../json/values.js'

const finding = findingOf(LOAD_KINDS)

/** A ranked JSON artifact kind: its policy section, what its rows are called, and the kinds it reports. */
export interface RankedJsonFlavour extends KeyedListFlavour {
  policyKind: 'ranked_json' | 'ranked_families_json'
}


export type ExtractedList = { ok: true; list: JsonValue[]; pointer: string } | { ok: false; problem: string }

function describeType(value: JsonValue): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * The ranked list of a document: a top-level array, or the first of `jobs`/`ranked_jobs`/
 * `items`/`results` holding an array (its pointer is then `/jobs` and so on).
 */
export function extractList(value: JsonValue): ExtractedList {
  if (Array.isArray(value)) return { ok: true, list: value, pointer: '' }
  if (value !== null && typeof value === 'object') {
    for (const key of LIST_KEYS) {
      const candidate = value[key]
      if (Array.isArray(candidate)) return { ok: true, list: candidate, pointer: pointerJoin('', key) }
    }
    return { ok: false, problem: `ranked list is an object without a ${LIST_KEYS.join('/')} array` }
  }
  return { ok: false, problem: `ranked list is ${describeType(value)}, not an array` }
}

/** One side's rows with the spec built for its list, or (when the document holds no usable list) only findings. */
export interface PreparedSide {
  spec: KeyedListSpec | undefined
  rows: KeyedRow[]
  findings: Finding[]
  items: number
}

/** The engine's spec for one ranked JSON artifact: the policy's normalization, tolerances and identity. */
export function rankedJsonSpec(flavour: RankedJsonFlavour, artifact: ArtifactId, compiled: CompiledPolicy): KeyedListSpec {
  const normalizer = compiled.normalizer(flavour.policyKind)
  return keyedListSpec(artifact, compiled, flavour, {
    values: compiled.values,
    normalize: (row) => normalizer(row) as RowObject
  })
}

/**
 * Extracts one side's rows. Rows are normalized only when needed (rows equal as read never are);
 * the policy's ignore pointers apply relative to each row (`/explanation/explanation_summary`).
 * Non-object entries, rows without identity, and rows without identity nested too deeply to walk
 * are reported here; the first and last are left out of the comparison.
 */
export function prepareSide(flavour: RankedJsonFlavour, artifact: ArtifactId, side: Side, value: JsonValue, compiled: CompiledPolicy): PreparedSide {
  const extracted = extractList(value)
  if (!extracted.ok) {
    return { spec: undefined, rows: [], items: 0, findings: [finding('unreadable', { artifact, rule: 'unreadable/not-a-list', side, message: extracted.problem })] }
  }
  const spec = rankedJsonSpec(flavour, artifact, compiled)
  const rows: KeyedRow[] = []
  const findings: Finding[] = []
  extracted.list.forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      findings.push(
        finding('unreadable', {
          artifact,
          rule: 'unreadable/bad-entry',
          side,
          pointer: rowPointer({ listPointer: extracted.pointer, index }),
          message: `entry ${index} of the ranked list is ${describeType(entry)}, not a ${spec.noun} object; it is skipped`
        })
      )
      return
    }
    const identity = identityOf(entry, spec.identityFields)
    const title = typeof entry.title === 'string' && entry.title !== '' ? entry.title : undefined
    try {
      const key = identity ?? canonicalJson(spec.normalize(entry))
      const row: KeyedRow = { index, listPointer: extracted.pointer, identity, key, title, raw: entry }
      if (identity === undefined) findings.push(identityFinding(spec, side, row))
      rows.push(row)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      findings.push(tooDeepFinding(spec, side, { listPointer: extracted.pointer, index }))
    }
  })
  return { spec, rows, findings, items: extracted.list.length }
}

/** Checks one side of a ranked JSON artifact alone (unusable list, bad entries, identities, duplicates). */
export function inspectRankedJson(flavour: RankedJsonFlavour, artifact: ArtifactId, side: Side, value: JsonValue, compiled: CompiledPolicy): RankedInspection {
  return inspectPreparedSide(side, prepareSide(flavour, artifact, side, value, compiled))
}

/** `inspectRankedJson` on a side already prepared. */
export function inspectPreparedSide(side: Side, prepared: PreparedSide): RankedInspection {
  if (prepared.spec === undefined) return { findings: prepared.findings, items: prepared.items, unusable: true }
  const duplicates = inspectKeyedRows(prepared.spec, side, prepared.rows)
  return { findings: [...prepared.findings, ...duplicates], items: prepared.items, matching: selfMatching(prepared.spec, prepared.rows) }
}

/**
 * Compares two ranked JSON artifacts row by row, matched by identity. When one side holds no
 * usable list, that is reported and the other side is still inspected on its own.
 */
export function compareRankedJson(flavour: RankedJsonFlavour, artifact: ArtifactId, left: JsonValue, right: JsonValue, compiled: CompiledPolicy): RankedComparison {
  return comparePreparedSides(prepareSide(flavour, artifact, 'left', left, compiled), prepareSide(flavour, artifact, 'right', right, compiled))
}

/** `compareRankedJson` on two sides already prepared. */
export function comparePreparedSides(a: PreparedSide, b: PreparedSide): RankedComparison {
  const findings = [...a.findings, ...b.findings]
  const counts = { leftItems: a.items, rightItems: b.items }
  if (a.spec !== undefined && b.spec !== undefined) {
    const compared = compareKeyedRows(a.spec, a.rows, b.rows)
    return { findings: [...findings, ...compared.findings], ...counts, matching: compared.matching }
  }
  if (a.spec !== undefined) findings.push(...inspectKeyedRows(a.spec, 'left', a.rows))
  else if (b.spec !== undefined) findings.push(...inspectKeyedRows(b.spec, 'right', b.rows))
  const unusable = (['left', 'right'] as const).filter((side) => (side === 'left' ? a : b).spec === undefined)
  return { findings, ...counts, unusable }
}
