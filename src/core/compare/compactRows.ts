import type { KeyedListSpec, KeyedRow, PrimaryScore } from './keyedList.js'
import { primaryScore } from './keyedList.js'
import { stringColumn, type StringColumn } from './stringColumn.js'

/**
 * Keyed rows as columns, the form a ranked task sends them in: typed arrays where a value is a
 * number and string columns (`StringColumn`) for identities, keys and titles, so no row object and
 * no array of strings crosses threads. `key` is absent where it is the identity (most rows).
 * `primaryField` indexes the policy's score fields (-1: the row has none) and `primaryValue` is NaN
 * where the score is not a number; both are empty with `strict` ordering, which never reads a
 * primary score (a row then reads it from its content if asked).
 */
export interface CompactRows {
  index: Int32Array
  identity: StringColumn
  key: StringColumn
  title: StringColumn
  primaryField: Int16Array
  primaryValue: Float64Array
}

/** The columns of `rows` (their primary scores read as `primaryScore` reads them with `spec`). */
export function compactRows(rows: readonly KeyedRow[], spec: KeyedListSpec): CompactRows {
  const primaries = spec.ordering !== 'strict'
  const primaryField = new Int16Array(primaries ? rows.length : 0)
  const primaryValue = new Float64Array(primaries ? rows.length : 0)
  if (primaries) {
    rows.forEach((row, k) => {
      const primary = primaryScore(spec, row)
      primaryField[k] = primary === undefined ? -1 : spec.scoreFields.indexOf(primary.field)
      primaryValue[k] = primary?.value ?? Number.NaN
    })
  }
  return {
    index: Int32Array.from(rows, (row) => row.index),
    identity: stringColumn(rows.map((row) => row.identity)),
    key: stringColumn(rows.map((row) => (row.key === row.identity ? undefined : row.key))),
    title: stringColumn(rows.map((row) => row.title)),
    primaryField,
    primaryValue
  }
}

/** Row `k`'s primary score (`scoreFields`: the policy's, as `compactRows` indexed them); undefined when not kept. */
export function compactPrimary(compact: CompactRows, k: number, scoreFields: readonly string[]): PrimaryScore | null | undefined {
  if (compact.primaryField.length === 0) return undefined
  const field = compact.primaryField[k] as number
  const value = compact.primaryValue[k] as number
  return field < 0 ? null : { field: scoreFields[field] as string, value: Number.isNaN(value) ? undefined : value }
}
