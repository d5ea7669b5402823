/**
 * Strings as one text and each entry's span `[starts[k], starts[k + 1])`, absent entries marked
 * in `absent`: posted to and from a worker as three blocks of memory, where an array of 100k
 * strings is 100k values to copy and rebuild on each side.
 */
export interface StringColumn {
  text: string
  starts: Float64Array
  absent: Uint8Array
}

/** The column of `values` (undefined and null are absent). */
export function stringColumn(values: readonly (string | null | undefined)[]): StringColumn {
  const starts = new Float64Array(values.length + 1)
  const absent = new Uint8Array(values.length)
  const parts: string[] = []
  let length = 0
  values.forEach((value, k) => {
    starts[k] = length
    if (value === undefined || value === null) absent[k] = 1
    else {
      parts.push(value)
      length += value.length
    }
  })
  starts[values.length] = length
  return { text: parts.join(''), starts, absent }
}

/** Entry `k` of a column, undefined when absent. */
export function stringAt(column: StringColumn, k: number): string | undefined {
  return column.absent[k] === 1 ? undefined : column.text.slice(column.starts[k], column.starts[k + 1])
}

/** Every present entry of a column. */
export function presentStrings(column: StringColumn): string[] {
  const out: string[] = []
  for (let k = 0; k < column.absent.length; k++) if (column.absent[k] !== 1) out.push(column.text.slice(column.starts[k], column.starts[k + 1]))
  return out
}
