import { findingOf, type KindTable } from '../model/finding.js'
import { decimalNumber, isJsonObject } from '../json/values.js'
import { pointerJoin } from '../json/pointer.js'
import { rankedArtifactId, type RankedTarget } from '../acquire/layout.js'
import type { EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { identityOf } from './keyedList.js'
import { readCsv, type CsvSide } from './rankedCsv.js'
import { extractList } from './rankedJson.js'
import { stringAt, stringColumn, type StringColumn } from './stringColumn.js'
import type { Parsed } from './rankedFile.js'

/** The kinds the self-consistency check produces. */
export const CONSISTENCY_KINDS = {
  inconsistent: {
    severity: 'error',
    category: 'validity',
    stage: 'derived',
    description: "one run disagrees with itself: its ranked CSV is not its ranked JSON's projection (other jobs, another order, or another value in a column that is also a scalar field of the JSON row), or its families name a job its ranked JSON lacks. One finding per side and file, naming the first disagreement and how many more",
    fields: 'side, job, pointer?',
    rules: ['inconsistent/csv-projection', 'inconsistent/families-jobs']
  }
} as const satisfies KindTable

const finding = findingOf(CONSISTENCY_KINDS)

/** One run's three parsed ranked files of one provider/profile (absent when unusable). */
export interface RankedSet {
  ranked_json?: Parsed
  ranked_csv?: Parsed
  ranked_families_json?: Parsed
}

/** A self-consistency problem before it is stamped with a side. */
export interface Problem {
  artifact: 'ranked_csv' | 'ranked_families_json'
  job?: string
  pointer?: string
  field?: string
  value?: JsonValue
  message: string
}

/** Whether a CSV cell spells a JSON scalar as the pipeline writes it (null as empty, numbers by value). */
function cellMatches(cell: string, value: JsonValue): boolean {
  if (value === null) return cell === ''
  if (typeof value === 'string') return cell === value
  // A number's own spelling is the common case, and always a decimal of that number.
  if (typeof value === 'number') return cell === String(value) || decimalNumber(cell) === value
  if (typeof value === 'boolean') return cell.toLowerCase() === String(value)
  return true
}

/** The jobs of a ranked JSON: each row, and its identity (undefined for a row without one). */
export interface JsonJobs {
  ids: (string | undefined)[]
  rows: JsonValue[]
}

/** The jobs of a ranked JSON (undefined when it holds no list). */
export function jsonJobs(value: JsonValue, fields: readonly string[]): JsonJobs | undefined {
  const list = extractList(value)
  if (!list.ok) return undefined
  return { ids: list.list.map((row) => (isJsonObject(row) ? identityOf(row, fields) : undefined)), rows: list.list }
}

/**
 * What a side's projection check saw, for the other side's check (`checkCsvProjection`): its
 * JSON rows and CSV records, and the data rows where a cell differed from the JSON.
 */
export interface CheckedProjection {
  rows: readonly JsonValue[]
  records: readonly (string[] | undefined)[]
  differing: ReadonlySet<number>
}

/**
 * The ranked CSV must be the ranked JSON's projection: the same jobs in the same order, and in
 * every column that is also a scalar key of the JSON row, the same value.
 */
export function csvProblems(json: JsonValue, csv: CsvSide, fields: readonly string[]): Problem[] {
  return checkCsvProjection(jsonJobs(json, fields), csv, fields).problems
}

/**
 * `csvProblems` on the JSON's jobs (`jsonJobs`), and what it saw (undefined when it stopped before the cells). With `along` (the
 * other side's, same header), a data row whose JSON row and CSV record are the very objects
 * `along` checked (taken from the other side's reads) is not checked again: its cells agree, or
 * not, as they did there.
 */
export function checkCsvProjection(jobs: JsonJobs | undefined, csv: CsvSide, fields: readonly string[], along?: CheckedProjection): { problems: Problem[]; checked?: CheckedProjection } {
  if (jobs === undefined || csv.header === undefined) return { problems: [] }
  const idColumn = fields.find((f) => csv.columnIndex.has(f))
  if (idColumn === undefined) return { problems: [] }
  const idAt = csv.columnIndex.get(idColumn) as number
  const csvIds = csv.records.map((record) => (record === undefined ? undefined : (record[idAt] ?? '').trim() || undefined))
  const jsonSet = new Set(jobs.ids.filter((id) => id !== undefined))
  const csvSet = new Set(csvIds.filter((id) => id !== undefined))
  const onlyCsv = csvIds.filter((id) => id !== undefined && !jsonSet.has(id)) as string[]
  const onlyJson = jobs.ids.filter((id) => id !== undefined && !csvSet.has(id)) as string[]
  // A different set of jobs is one finding: the counts and the first job each side lacks.
  if (onlyCsv.length > 0 || onlyJson.length > 0) {
    const parts = [
      ...(onlyJson.length > 0 ? [`${onlyJson.length} ranked JSON job${onlyJson.length === 1 ? '' : 's'} missing from the CSV (first ${onlyJson[0]})`] : []),
      ...(onlyCsv.length > 0 ? [`${onlyCsv.length} CSV job${onlyCsv.length === 1 ? '' : 's'} not in the ranked JSON (first ${onlyCsv[0]})`] : [])
    ]
    return {
      problems: [
        {
          artifact: 'ranked_csv',
          job: onlyJson[0] ?? (onlyCsv[0] as string),
          message: `ranked CSV (${csvIds.length} rows) is not the ranked JSON's (${jobs.ids.length} jobs) projection: ${parts.join('; ')}`
        }
      ]
    }
  }
  const firstMoved = csvIds.findIndex((id, i) => id !== jobs.ids[i])
  if (firstMoved >= 0 || csvIds.length !== jobs.ids.length) {
    const at = firstMoved >= 0 ? firstMoved : Math.min(csvIds.length, jobs.ids.length)
    return {
      problems: [
        {
          artifact: 'ranked_csv',
          pointer: `/${at}`,
          ...(csvIds[at] !== undefined ? { job: csvIds[at] } : {}),
          message: `ranked CSV row ${at} is job ${csvIds[at] ?? 'none'} but the ranked JSON's row ${at} is ${jobs.ids[at] ?? 'none'}: not the same order`
        }
      ]
    }
  }
  // Same jobs in the same order: the shared scalar columns must hold the same values.
  let count = 0
  let first: Problem | undefined
  const differing = new Set<number>()
  const columns = [...csv.columnIndex.keys()]
  const indexes = [...csv.columnIndex.values()]
  csv.records.forEach((record, row) => {
    const jsonRow = jobs.rows[row]
    if (record === undefined || !isJsonObject(jsonRow)) return
    if (along !== undefined && jsonRow === along.rows[row] && record === along.records[row] && !along.differing.has(row)) return
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as string
      const index = indexes[c] as number
      if (!Object.hasOwn(jsonRow, column)) continue
      const value = jsonRow[column] as JsonValue
      const cell = record[index] ?? ''
      if ((typeof value === 'object' && value !== null) || cellMatches(cell, value)) continue
      count++
      differing.add(row)
      first ??= {
        artifact: 'ranked_csv',
        job: csvIds[row] as string,
        pointer: `/${row}/${column}`,
        field: column,
        value: cell,
        message: `ranked CSV row ${row} column ${column} is ${JSON.stringify(cell)} but the ranked JSON has ${JSON.stringify(value)}`
      }
    }
  })
  const problems = first === undefined ? [] : [count > 1 ? { ...first, message: `${first.message} (and ${count - 1} more differing cells)` } : first]
  return { problems, checked: { rows: jobs.rows, records: csv.records, differing } }
}

/**
 * Every job identity a families file names, in order: each family's, then its variants' (`variant`
 * -1 for the family itself). Columns (a string column and typed arrays): a families task sends them across threads.
 */
export interface FamilyJobRefs {
  listPointer: string
  ids: StringColumn
  family: Int32Array
  variant: Int32Array
}

/** The job identities a families file names (undefined when it holds no usable list). */
export function familyJobRefs(familiesValue: JsonValue, fields: readonly string[]): FamilyJobRefs | undefined {
  const families = extractList(familiesValue)
  if (!families.ok) return undefined
  const ids: string[] = []
  const family: number[] = []
  const variant: number[] = []
  const add = (row: JsonValue | undefined, i: number, j: number): void => {
    if (!isJsonObject(row)) return
    const id = identityOf(row, fields)
    if (id === undefined) return
    ids.push(id)
    family.push(i)
    variant.push(j)
  }
  families.list.forEach((entry, i) => {
    add(entry, i, -1)
    const variants = isJsonObject(entry) ? entry.family_variants : undefined
    if (Array.isArray(variants)) variants.forEach((v, j) => add(v, i, j))
  })
  return { listPointer: families.pointer, ids: stringColumn(ids), family: Int32Array.from(family), variant: Int32Array.from(variant) }
}

/** Every job the families file names (each family and its variants) must exist in the ranked JSON (`known`: its job identities). */
export function unknownFamilyJobs(known: ReadonlySet<string | undefined>, refs: FamilyJobRefs): Problem[] {
  const unknown: { id: string; pointer: string }[] = []
  refs.family.forEach((family, k) => {
    const id = stringAt(refs.ids, k) as string
    if (known.has(id)) return
    const at = pointerJoin(refs.listPointer, family)
    const variant = refs.variant[k] as number
    unknown.push({ id, pointer: variant < 0 ? at : pointerJoin(pointerJoin(at, 'family_variants'), variant) })
  })
  const first = unknown[0]
  if (first === undefined) return []
  const jobsNamed = new Set(unknown.map((u) => u.id)).size
  return [
    {
      artifact: 'ranked_families_json',
      job: first.id,
      pointer: first.pointer,
      message: `ranked families name ${jobsNamed} job${jobsNamed === 1 ? '' : 's'} the ranked JSON does not have (first ${first.id} at ${first.pointer})`
    }
  ]
}

function familyProblems(json: JsonValue, familiesValue: JsonValue, fields: readonly string[]): Problem[] {
  const jobs = jsonJobs(json, fields)
  const refs = familyJobRefs(familiesValue, fields)
  if (jobs === undefined || refs === undefined) return []
  return unknownFamilyJobs(new Set(jobs.ids), refs)
}

function problemsOf(set: RankedSet, policy: EffectivePolicy): Problem[] {
  const json = set.ranked_json !== undefined && 'json' in set.ranked_json ? set.ranked_json.json : undefined
  if (json === undefined) return []
  const fields = policy.identityFields
  const csv = set.ranked_csv !== undefined && 'text' in set.ranked_csv ? csvProblems(json, readCsv('run_dir', 'left', set.ranked_csv.text), fields) : []
  const families = set.ranked_families_json !== undefined && 'json' in set.ranked_families_json ? familyProblems(json, set.ranked_families_json.json, fields) : []
  return [...csv, ...families]
}

/**
 * Each run must agree with itself (checked per side, so the same defect on both sides is still
 * reported): `inconsistent` errors on the CSV or families artifact of that side. When both sides
 * hold the very same parsed values (byte-identical files), the left side's check is reused.
 */
export function checkConsistency(target: RankedTarget, sets: Record<Side, RankedSet>, policy: EffectivePolicy): Finding[] {
  const left = problemsOf(sets.left, policy)
  const same = sets.left.ranked_json === sets.right.ranked_json && sets.left.ranked_csv === sets.right.ranked_csv && sets.left.ranked_families_json === sets.right.ranked_families_json
  const right = same ? left : problemsOf(sets.right, policy)
  return consistencyFindings(target, { left, right })
}

/** Each side's self-consistency problems as `inconsistent` findings on that side's CSV or families artifact. */
export function consistencyFindings(target: RankedTarget, problems: Record<Side, readonly Problem[]>): Finding[] {
  const stamp = (side: Side, p: Problem): Finding =>
    finding('inconsistent', {
      artifact: rankedArtifactId(p.artifact, target),
      rule: p.artifact === 'ranked_csv' ? 'inconsistent/csv-projection' : 'inconsistent/families-jobs',
      side,
      ...(p.job !== undefined ? { job: p.job } : {}),
      ...(p.pointer !== undefined ? { pointer: p.pointer } : {}),
      ...(p.field !== undefined ? { field: p.field } : {}),
      ...(p.value !== undefined ? { [side]: p.value } : {}),
      message: p.message
    })
  return [...problems.left.map((p) => stamp('left', p)), ...problems.right.map((p) => stamp('right', p))]
}
