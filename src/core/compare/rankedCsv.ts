import Papa from 'papaparse'
import { lineColumn } from '../json/text.js'
import { findingOf, type KindTable } from '../model/finding.js'
import { LOAD_KINDS } from '../load/artifact.js'
import type { ArtifactId, Finding, JsonValue, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import {
  compareKeyedRows,
  identityFinding,
  identityOf,
  inspectKeyedRows,
  JOB_KINDS,
  KEYED_LIST_KINDS,
  keyedListSpec,
  selfMatching,
  type KeyedListSpec,
  type KeyedRow,
  type RankedComparison,
  type RankedInspection,
  type RowObject
} from './keyedList.js'

/** The kinds the ranked CSV comparison produces besides the keyed-list ones. */
export const CSV_KINDS = {
  'csv-header': {
    severity: 'error',
    category: 'content',
    stage: 'derived',
    description: 'the CSV columns or their order differ',
    fields: 'left, right (the headers)',
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf({ ...CSV_KINDS, ...KEYED_LIST_KINDS, ...LOAD_KINDS })

/** One side's CSV: its header and data rows, or undefined header when the file could not be parsed. */
export interface CsvSide {
  header: string[] | undefined
  /** Data rows; a ragged row (cell count differs from the header's) is undefined and reported. */
  records: (string[] | undefined)[]
  /** Where each row ends in the text (after its line break), the header first: data row k is the text from bounds[k] to bounds[k + 1]. */
  bounds: number[]
  /** The line break the parser found (another side's read takes rows from this one only with the same). */
  linebreak: string
  /** Column name -> index of its first occurrence in the header. */
  columnIndex: Map<string, number>
  findings: Finding[]
}

/** The keyed-list spec of a ranked CSV (cells compare as numbers when both read as decimals). */
export function csvSpec(artifact: ArtifactId, compiled: CompiledPolicy): KeyedListSpec {
  // Rows are built from the compared columns only, so they need no further normalizing.
  return keyedListSpec(artifact, compiled, { noun: 'job', kinds: JOB_KINDS }, {
    values: { ...compiled.values, numericStrings: true },
    normalize: (row) => row
  })
}

/** The parser's options for a whole file. */
const CSV_OPTIONS = { delimiter: ',', skipEmptyLines: true } as const

/** A file's rows as the parser read them, each row's end in the text (`CsvSide.bounds`), the parser's errors and the line break it found. */
interface CsvTable {
  table: string[][]
  cursors: number[]
  errors: Papa.ParseError[]
  linebreak: string
}

/**
 * The whole text parsed row by row (as fast as the whole-text form, with the same rows and errors)
 * to learn where each row ends; `linebreak`, when the text's is known, spares the parser finding it.
 */
function parseTable(text: string, linebreak?: string): CsvTable {
  const parsed: CsvTable = { table: [], cursors: [], errors: [], linebreak: '\n' }
  Papa.parse<string[]>(text, {
    ...CSV_OPTIONS,
    ...(linebreak !== undefined ? { newline: linebreak as '\n' } : {}),
    step: (row) => {
      parsed.table.push(row.data)
      parsed.errors.push(...row.errors)
      parsed.cursors.push(row.meta.cursor)
      parsed.linebreak = row.meta.linebreak
    }
  })
  return parsed
}

/** The other side's CSV already read, which a read may take rows from (`readCsv`). */
export interface CsvReference {
  text: string
  csv: CsvSide
}

/**
 * The one row at `start` (a row's first character), as a parse of the whole text reads it;
 * undefined when the parser reports a problem. The parser is given a window of the text that
 * grows until the row ends inside it (so it never looks at the rest of a large file).
 */
function parseRowAt(text: string, start: number, linebreak: string, window: number): Papa.ParseStepResult<string[]> | undefined {
  for (let size = Math.max(window, 4096); ; size *= 2) {
    const end = Math.min(text.length, start + size)
    let row: Papa.ParseStepResult<string[]> | undefined
    Papa.parse<string[]>(text.slice(start, end), { ...CSV_OPTIONS, newline: linebreak as '\n', preview: 1, step: (step) => (row = step) })
    // Read to its end inside the window (its line break before the window's end), or the window is the rest of the text.
    if (row !== undefined && row.errors.length === 0 && row.meta.cursor < end - start) return row
    if (end === text.length) return row !== undefined && row.errors.length === 0 ? row : undefined
  }
}

/**
 * `parseTable(text)` with `reference`'s rows taken where this text has the same characters as the
 * reference's row at the same position (a row read from the start of a row reads the same from the
 * same characters): only the other rows are parsed, one at a time. Undefined when the parser would
 * not read this text the reference's way (another header or line break, a row the parser reports),
 * or when so many rows differ that one parse of the whole text costs less.
 */
function parseTableAlong(text: string, reference: CsvReference, knownLinebreak?: string): CsvTable | undefined {
  const { csv: known, text: knownText } = reference
  const header = known.header
  const headerEnd = known.bounds[0]
  if (header === undefined || headerEnd === undefined || !text.startsWith(knownText.slice(0, headerEnd))) return undefined
  const linebreak = knownLinebreak ?? csvLinebreak(text)
  if (linebreak !== known.linebreak) return undefined
  const parsed: CsvTable = { table: [header], cursors: [headerEnd], errors: [], linebreak }
  const mostParsed = Math.max(64, known.records.length >> 3)
  let parsedRows = 0
  let at = headerEnd
  for (let k = 0; at < text.length; k++) {
    const from = known.bounds[k] as number
    const to = known.bounds[k + 1]
    const record = known.records[k]
    // A row is taken when its characters are the reference row's, which ends with its line break or at the end of both texts.
    // (Two substrings compare as blocks; startsWith compares them character by character, several times slower.)
    if (
      to !== undefined &&
      record !== undefined &&
      text.substring(at, at + to - from) === knownText.substring(from, to) &&
      (knownText.startsWith(linebreak, to - linebreak.length) || at + to - from === text.length)
    ) {
      parsed.table.push(record)
      at += to - from
      parsed.cursors.push(at)
      continue
    }
    if (++parsedRows > mostParsed) return undefined
    // Blank lines before the row are skipped here (the parser's preview would count them as rows), and belong to its span.
    let start = at
    while (text.startsWith(linebreak, start)) start += linebreak.length
    if (start === text.length) break
    const row = parseRowAt(text, start, linebreak, 4 * (to !== undefined ? to - from : 1024))
    if (row === undefined) return undefined
    parsed.table.push(row.data)
    at = start + row.meta.cursor
    parsed.cursors.push(at)
  }
  return parsed
}

/**
 * Parses one side (a UTF-8 BOM and CRLF line ends are fine; blank lines are skipped). A parse
 * error of the whole file is one `unreadable` finding with the record where it happened; a repeated
 * header column and each ragged row are one `unreadable` finding each, and parsing continues.
 * With `reference` (the other side's), rows with the same characters as the reference's at the
 * same position are taken from it: the side read is the same. `linebreak` is the text's line break
 * when it is known already (`readCsvHeader`): the parser then does not look for it again.
 */
export function readCsv(artifact: ArtifactId, side: Side, text: string, reference?: CsvReference, linebreak?: string): CsvSide {
  const unreadable = (rule: string, message: string, pointer?: string): Finding =>
    finding('unreadable', { artifact, rule, side, ...(pointer !== undefined ? { pointer } : {}), message })
  const unusable = (message: string): CsvSide => ({ header: undefined, records: [], bounds: [], linebreak: '\n', columnIndex: new Map(), findings: [unreadable('unreadable/invalid-csv', message)] })
  // papaparse (RFC 4180, several times faster than csv-parse on large files); the delimiter is fixed, never guessed.
  const parsed = (reference !== undefined ? parseTableAlong(text, reference, linebreak) : undefined) ?? parseTable(text, linebreak)
  const { table, cursors, errors } = parsed
  const broken = errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter')
  if (broken !== undefined) {
    const where = typeof broken.index === 'number' ? ` at line ${lineColumn(text, broken.index).line}` : ''
    return unusable(`invalid CSV: ${broken.message.toLowerCase()}${where}`)
  }
  const [header, ...data] = table
  if (header === undefined) return unusable('empty CSV (no header row)')

  const findings: Finding[] = []
  const columnIndex = new Map<string, number>()
  const repeated = new Set<string>()
  header.forEach((column, index) => {
    if (!columnIndex.has(column)) columnIndex.set(column, index)
    else repeated.add(column)
  })
  for (const column of repeated) findings.push(unreadable('unreadable/repeated-column', `the header repeats column "${column}"; only its first occurrence is compared`))
  const records = data.map((record, index) => {
    if (record.length === header.length) return record
    findings.push(unreadable('unreadable/ragged-row', `data row ${index} has ${record.length} cells but the header has ${header.length}; it is skipped`, `/${index}`))
    return undefined
  })
  return { header, records, bounds: cursors, linebreak: parsed.linebreak, columnIndex, findings }
}

/**
 * The header row of a CSV text as `readCsv` reads it (undefined for a text without rows), read
 * without the rest, and the line break the parser reads the text with (`readCsv` takes it).
 */
export function readCsvHeader(text: string): { header: string[] | undefined; linebreak: string } {
  const { data, meta } = Papa.parse<string[]>(text, { ...CSV_OPTIONS, preview: 1 })
  return { header: data[0], linebreak: meta.linebreak }
}

/** The line break the parser finds in a text (it looks at the first MiB, quoted fields left out). */
function csvLinebreak(text: string): string {
  return readCsvHeader(text).linebreak
}

/** The columns left after the policy's volatile/drift keys and (row-relative) ignore pointers. */
function comparedColumns(columns: readonly string[], compiled: CompiledPolicy): string[] {
  const normalize = compiled.normalizer('ranked_csv')
  const shape: { [key: string]: JsonValue } = Object.fromEntries(columns.map((column) => [column, '']))
  return Object.keys(normalize(shape) as object)
}

/** Sets one cell of a row object; a `__proto__` column becomes an own property (an assignment would be lost). */
function setCell(row: { [key: string]: JsonValue }, column: string, value: string): void {
  if (column === '__proto__') Object.defineProperty(row, column, { value, enumerable: true, writable: true, configurable: true })
  else row[column] = value
}

/** The compared columns (those left after the policy) and a row's content over them: column -> cell. */
interface CsvContent {
  columns: string[]
  of: (record: readonly string[]) => RowObject
}

/** The compared content of `columns` (the side's header, or the columns both headers share) in one side's records. */
function csvContent(csv: Pick<CsvSide, 'columnIndex'>, columns: readonly string[], compiled: CompiledPolicy): CsvContent {
  const compared = comparedColumns(columns, compiled)
  const comparedAt = compared.map((column) => csv.columnIndex.get(column) ?? -1)
  return {
    columns: compared,
    of: (record) => {
      const content: RowObject = {}
      compared.forEach((column, i) => setCell(content, column, record[comparedAt[i] as number] ?? ''))
      return content
    }
  }
}

/** A content row's matching key: its compared cells in column order. */
function csvContentKey(content: CsvContent, row: RowObject): string {
  return JSON.stringify(content.columns.map((column) => row[column]))
}

/** A CSV data row whose content (its compared cells) is built when first read: on a ranked task, most rows never need it. */
class RecordRow implements KeyedRow {
  readonly listPointer = ''
  readonly key: string
  private content: RowObject | undefined
  constructor(
    readonly index: number,
    readonly identity: string | undefined,
    readonly title: string | undefined,
    private readonly cells: readonly string[],
    private readonly columns: CsvContent,
    /** The record, when the other side's rows may share it (see `KeyedRow.record`). */
    readonly record: readonly string[] | undefined
  ) {
    this.key = identity ?? csvContentKey(columns, this.raw)
  }

  get raw(): RowObject {
    return (this.content ??= this.columns.of(this.cells))
  }
}

/**
 * Turns one side's data rows into keyed rows over `columns` (the side's header, or the columns
 * both headers share). The id column is the first identity field among `columns`; without one
 * rows are matched by their whole content (one job-identity finding), and a row with an empty id
 * cell is matched by content too (one job-identity finding each). `sameHeaders`: both sides' headers
 * are the same, so a record the two sides share (the right side's read took it from the left's)
 * is the same content on both, and each row carries its record (`KeyedRow.record`).
 */
function keyedRows(
  spec: KeyedListSpec,
  side: Side,
  csv: CsvSide,
  columns: readonly string[],
  compiled: CompiledPolicy,
  shared: boolean,
  sameHeaders = false
): { rows: KeyedRow[]; findings: Finding[] } {
  const content = csvContent(csv, columns, compiled)
  const idColumn = spec.identityFields.find((field) => columns.includes(field))
  const findings: Finding[] = []
  if (idColumn === undefined) {
    const where = shared ? 'no identity column common to both headers' : 'the header has none of the identity columns'
    findings.push(
      finding('job-identity', {
        artifact: spec.artifact,
        side,
        message: `${where} (${spec.identityFields.join(', ')}); rows are matched by their whole content`
      })
    )
  }
  const at = (column: string | undefined): number => (column === undefined ? -1 : (csv.columnIndex.get(column) ?? -1))
  const idAt = at(idColumn)
  const titleAt = at('title')
  const rows: KeyedRow[] = []
  csv.records.forEach((record, index) => {
    if (record === undefined) return
    const identity = idColumn === undefined ? undefined : identityOf({ [idColumn]: record[idAt] ?? '' }, [idColumn])
    const title = record[titleAt] || undefined
    const row = new RecordRow(index, identity, title, record, content, sameHeaders ? record : undefined)
    if (idColumn !== undefined && identity === undefined) findings.push(identityFinding(spec, side, row))
    rows.push(row)
  })
  return { rows, findings }
}

/** Whether two headers name the same columns in the same order. */
export function sameHeader(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((column, i) => column === right[i])
}

/** The csv-header finding when the two headers differ in names or order, naming what changed. */
function headerFinding(artifact: ArtifactId, left: string[], right: string[]): Finding | undefined {
  if (sameHeader(left, right)) return undefined
  const leftSet = new Set(left)
  const rightSet = new Set(right)
  const added = right.filter((column) => !leftSet.has(column))
  const removed = left.filter((column) => !rightSet.has(column))
  const commonLeft = left.filter((column) => rightSet.has(column))
  const commonRight = right.filter((column) => leftSet.has(column))
  const parts = [
    ...(added.length > 0 ? [`columns added: ${added.join(', ')}`] : []),
    ...(removed.length > 0 ? [`columns removed: ${removed.join(', ')}`] : []),
    ...(commonLeft.some((column, i) => column !== commonRight[i]) ? ['common columns reordered'] : [])
  ]
  return finding('csv-header', {
    artifact,
    left,
    right,
    message: `CSV header differs (${parts.length > 0 ? parts.join('; ') : 'repeated columns differ'}); rows are compared on the common columns`
  })
}

/** Every finding about one parsed side alone (parse problems, identities, duplicates), and its rows. */
function inspectSide(spec: KeyedListSpec, side: Side, csv: CsvSide, compiled: CompiledPolicy): { findings: Finding[]; rows?: KeyedRow[] } {
  if (csv.header === undefined) return { findings: csv.findings }
  const keyed = keyedRows(spec, side, csv, [...csv.columnIndex.keys()], compiled, false)
  return { findings: [...csv.findings, ...keyed.findings, ...inspectKeyedRows(spec, side, keyed.rows)], rows: keyed.rows }
}

/** Number of data rows of a parsed side (0 when it could not be parsed). */
function dataRows(csv: CsvSide): number {
  return csv.header === undefined ? 0 : csv.records.length
}

/** Checks one side's ranked CSV alone: parse errors, ragged rows, identities, duplicates. */
export function inspectRankedCsv(artifact: ArtifactId, side: Side, text: string, compiled: CompiledPolicy): RankedInspection {
  return inspectCsvSide(artifact, side, readCsv(artifact, side, text), compiled)
}

/** `inspectRankedCsv` on a side already parsed. */
export function inspectCsvSide(artifact: ArtifactId, side: Side, csv: CsvSide, compiled: CompiledPolicy): RankedInspection {
  const spec = csvSpec(artifact, compiled)
  const inspected = inspectSide(spec, side, csv, compiled)
  if (inspected.rows === undefined) return { findings: inspected.findings, items: dataRows(csv), unusable: true }
  return { findings: inspected.findings, items: dataRows(csv), matching: selfMatching(spec, inspected.rows) }
}

/**
 * Compares two ranked CSVs: the header (one csv-header finding naming added, removed or reordered
 * columns), then the data rows on the columns both share, matched by the id column exactly like
 * ranked JSON jobs. Cells compare as numbers when both read as finite decimals (`'35'` equals
 * `'35.0'`), otherwise as strings. Pointers are `/<data row index>/<column>`.
 */
export function compareRankedCsv(artifact: ArtifactId, leftText: string, rightText: string, compiled: CompiledPolicy): RankedComparison {
  return compareCsvSides(artifact, readCsv(artifact, 'left', leftText), readCsv(artifact, 'right', rightText), compiled)
}

/** `compareRankedCsv` on two sides already parsed. */
export function compareCsvSides(artifact: ArtifactId, left: CsvSide, right: CsvSide, compiled: CompiledPolicy): RankedComparison {
  const spec = csvSpec(artifact, compiled)
  if (left.header === undefined || right.header === undefined) {
    const unusable = (['left', 'right'] as const).filter((side) => (side === 'left' ? left : right).header === undefined)
    return {
      findings: [...inspectSide(spec, 'left', left, compiled).findings, ...inspectSide(spec, 'right', right, compiled).findings],
      leftItems: dataRows(left),
      rightItems: dataRows(right),
      unusable
    }
  }
  const common = [...left.columnIndex.keys()].filter((column) => right.columnIndex.has(column))
  const header = headerFinding(artifact, left.header, right.header)
  const sameHeaders = sameHeader(left.header, right.header)
  const l = keyedRows(spec, 'left', left, common, compiled, true, sameHeaders)
  const r = keyedRows(spec, 'right', right, common, compiled, true, sameHeaders)
  const compared = compareKeyedRows(spec, l.rows, r.rows)
  return {
    findings: [...left.findings, ...right.findings, ...(header !== undefined ? [header] : []), ...l.findings, ...r.findings, ...compared.findings],
    leftItems: dataRows(left),
    rightItems: dataRows(right),
    matching: compared.matching
  }
}
