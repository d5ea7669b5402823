import type { KeyedListSpec, KeyedRow, PrimaryScore } from './keyedList.js'
import { primaryScore } from './keyedList.js'

/**
 * Keyed rows as columns, the form a side task sends them in: typed arrays where a value is a
 * number (posted as one block of memory, not one value at a time), and no row object at all.
 * Titles are one string with each row's start (`titleStarts`, one more than rows; -1: no title),
 * read back only for the rows a message names. `key` is null where it is the identity (most rows), `primaryField` indexes the policy's score
 * fields (-1: the row has none) and `primaryValue` is NaN where the score is not a number; both
 * are empty with `strict` ordering, which never reads a primary score (a row then reads it from its content if asked).
 */
export interface CompactRows {
  index: Int32Array
  identity: (string | undefined)[]
  key: (string | null)[]
  titles: string
  titleStarts: Float64Array
  primaryField: Int16Array
  primaryValue: Float64Array
}

/** The columns of `rows` (their primary scores read as `primaryScore` reads them with `spec`). */
export function compactRows(rows: readonly KeyedRow[], spec: KeyedListSpec): CompactRows {
  const compact: CompactRows = {
    index: new Int32Array(rows.length),
    identity: new Array<string | undefined>(rows.length),
    key: new Array<string | null>(rows.length),
    titles: '',
    titleStarts: new Float64Array(rows.length + 1),
    primaryField: new Int16Array(spec.ordering === 'strict' ? 0 : rows.length),
    primaryValue: new Float64Array(spec.ordering === 'strict' ? 0 : rows.length)
  }
  const primaries = compact.primaryField.length > 0
  const titles: string[] = []
  let length = 0
  rows.forEach((row, k) => {
    compact.index[k] = row.index
    compact.identity[k] = row.identity
    compact.key[k] = row.key === row.identity ? null : row.key
    compact.titleStarts[k] = row.title === undefined ? -1 : length
    if (row.title !== undefined) {
      titles.push(row.title)
      length += row.title.length
    }
    if (!primaries) return
    const primary = primaryScore(spec, row)
    compact.primaryField[k] = primary === undefined ? -1 : spec.scoreFields.indexOf(primary.field)
    compact.primaryValue[k] = primary?.value ?? Number.NaN
  })
  compact.titleStarts[rows.length] = length
  compact.titles = titles.join('')
  return compact
}

/** Row `k`'s title, if it has one. */
export function compactTitle(compact: CompactRows, k: number): string | undefined {
  const start = compact.titleStarts[k] as number
  if (start < 0) return undefined
  let end = -1
  for (let next = k + 1; end < 0; next++) end = compact.titleStarts[next] as number
  return compact.titles.slice(start, end)
}

/** Row `k`'s primary score (`scoreFields`: the policy's, as `compactRows` indexed them); undefined when not kept. */
export function compactPrimary(compact: CompactRows, k: number, scoreFields: readonly string[]): PrimaryScore | null | undefined {
  if (compact.primaryField.length === 0) return undefined
  const field = compact.primaryField[k] as number
  const value = compact.primaryValue[k] as number
  return field < 0 ? null : { field: scoreFields[field] as string, value: Number.isNaN(value) ? undefined : value }
}
