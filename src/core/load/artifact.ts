import { findingOf, type KindTable } from '../model/finding.js'
import { decodeUtf8, parseJsonText } from '../json/text.js'
import { cleanTextScan, MAX_JSON_DEPTH, scanJsonText, type InexactNumber } from '../json/scan.js'
import { scanJsonList, scanPlainJson, type RowKeys } from '../json/listScan.js'
import { pointerSegments } from '../json/pointer.js'
import { canonicalDecimal } from '../json/decimal.js'
import type { ReadResult, RunDir } from '../acquire/runDir.js'
import type { ArtifactId, Finding, JsonValue, PresenceState, Side } from '../model/types.js'

/** No row fields copied: the list scan is asked only whether the text is clean. */
const NO_ROW_KEYS: RowKeys = { keys: [] }

/** The kinds the load stage produces: a file that is not there, cannot be used, or is not safe to follow. */
export const LOAD_KINDS = {
  missing: {
    severity: 'error',
    category: 'presence',
    stage: 'run-status',
    description: 'a required artifact is absent on one side. When the run-dir file is missing and run_summary records an absolute path elsewhere (normal on-prem: the data dir), the message says that path lies outside the run dir and was not read',
    fields: 'side, path',
    rules: ['missing/not-found', 'missing/recorded-outside']
  },
  unreadable: {
    severity: 'error',
    category: 'presence',
    stage: 'run-status',
    description: "the file exists but can't be used: invalid JSON (line and column), invalid UTF-8 or UTF-16, empty, a folder, over a size or file-count limit, the wrong JSON type, or nested deeper than 1000 levels. It's a warning for a byte-order mark. With a `pointer`, only that place is affected and the file is still compared: a ragged CSV row, a non-object job, a duplicate key, a number that does not survive parsing (see below). Artifact `run_dir` (no presence row) for a folder listing or a provider/profile count cut at `max-files`; an unexpected internal failure while handling one artifact is one `unreadable` finding naming it",
    fields: 'side?, path?, pointer?',
    rules: ['unreadable/read-failed', 'unreadable/not-utf8', 'unreadable/invalid-json', 'unreadable/byte-order-mark', 'unreadable/not-object', 'unreadable/too-deep', 'unreadable/duplicate-key', 'unreadable/inexact-number', 'unreadable/invalid-csv', 'unreadable/repeated-column', 'unreadable/ragged-row', 'unreadable/not-a-list', 'unreadable/bad-entry', 'unreadable/run-dir', 'unreadable/internal-error']
  },
  'unsafe-path': {
    severity: 'error',
    category: 'presence',
    stage: 'run-status',
    description: "a path or symlink leads outside the run dir, a file has more than one hard link, or is a device, socket or FIFO, or run_summary records a ranked path that climbs out with `..` (or holds a NUL byte), or a provider/profile name that is not a plain folder name. It wasn't followed, and its content is never shown",
    fields: 'side, path',
    rules: ['unsafe-path/not-followed', 'unsafe-path/recorded-path', 'unsafe-path/not-plain-name']
  }
} as const satisfies KindTable

const finding = findingOf(LOAD_KINDS)

/** One artifact read from one side: its presence state, the findings reading it gave, and its bytes. */
export interface ReadArtifact {
  state: PresenceState
  relPath: string
  findings: Finding[]
  bytes?: Buffer
}

/** Turns a read into a presence state and (for missing or unreadable files) a finding naming the path. */
export function readFindings(artifact: ArtifactId, runDir: RunDir, read: ReadResult): ReadArtifact {
  const side = runDir.side
  if (read.state === 'present') return { state: 'present', relPath: read.relPath, findings: [], bytes: read.bytes }
  if (read.state === 'missing') {
    return {
      state: 'missing',
      relPath: read.relPath,
      findings: [finding('missing', { artifact, rule: 'missing/not-found', side, path: read.relPath, message: 'not found' })]
    }
  }
  const kind = read.unsafe ? 'unsafe-path' : 'unreadable'
  return {
    state: 'unreadable',
    relPath: read.relPath,
    findings: [finding(kind, { artifact, rule: read.unsafe ? 'unsafe-path/not-followed' : 'unreadable/read-failed', side, path: read.relPath, message: read.problem })]
  }
}

/** One side's numbers that do not survive parsing, for `inexactNumberFindings`. */
export interface SideInexactNumbers {
  side: Side
  relPath: string
  numbers: InexactNumber[]
  /** All such numbers in the file (more than listed when over MAX_LISTED_PER_FILE). */
  count: number
}

/** A parsed JSON artifact: its value (absent when unusable), findings, and its inexact numbers. */
export interface ParsedArtifact {
  value?: JsonValue
  findings: Finding[]
  inexact?: SideInexactNumbers
}

/**
 * Parses a read artifact as JSON, turning a parse failure into an `unreadable` finding (line and
 * column included) and a byte-order mark into a warning. `expectObject` requires a JSON object;
 * `scan` replaces the text scan (a caller that already knows the bytes are clean).
 *
 * Every file, whatever its size, is also checked for what JSON.parse hides:
 * nesting deeper than MAX_JSON_DEPTH makes the file unusable (one `unreadable` finding naming the
 * depth: recursive code after parsing would overflow the stack); each repeated key is an
 * error-severity `unreadable` finding at the key's pointer (JSON.parse silently keeps the last
 * value, so a difference in the dropped one could go unseen; the document is still compared);
 * numbers whose text does not survive parsing are returned for `inexactNumberFindings`.
 */
export function parseArtifactJson(
  artifact: ArtifactId,
  runDir: Pick<RunDir, 'side'>,
  read: ReadArtifact,
  options: { expectObject: boolean }
): ParsedArtifact {
  if (read.bytes === undefined) return { findings: [] }
  const side = runDir.side
  const unreadable = (rule: string, problem: string, pointer?: string): Finding =>
    finding('unreadable', { artifact, rule, side, path: read.relPath, ...(pointer !== undefined ? { pointer } : {}), message: problem })
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) return { findings: [unreadable('unreadable/not-utf8', decoded.problem)] }
  const { text, bom } = decoded.value
  const parsed = parseJsonText(text)
  if (!parsed.ok) return { findings: [unreadable('unreadable/invalid-json', parsed.problem)] }
  const findings: Finding[] = []
  if (bom) {
    findings.push(
      finding('unreadable', {
        artifact,
        rule: 'unreadable/byte-order-mark',
        side,
        path: read.relPath,
        severity: 'warning',
        message: 'starts with a UTF-8 byte-order mark (ignored)'
      })
    )
  }
  const value = parsed.value
  if (options.expectObject && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    findings.push(unreadable('unreadable/not-object', `expected a JSON object, got ${got}`))
    return { findings }
  }
  // The byte scan vouches for most files at a fraction of the text scan's cost; only a file it declines is scanned exactly.
  const quick = scanJsonList(bom ? read.bytes.subarray(3) : read.bytes, NO_ROW_KEYS)
  const scan = quick.ok ? cleanTextScan(quick.depth) : scanJsonText(text)
  if (scan.depth > MAX_JSON_DEPTH) {
    findings.push(unreadable('unreadable/too-deep', `nested ${scan.depth} levels deep, over the limit of ${MAX_JSON_DEPTH}; not compared`))
    return { findings }
  }
  scan.duplicateKeys.forEach((pointer, i) => {
    const key = pointerSegments(pointer).pop() ?? ''
    const more = i === scan.duplicateKeys.length - 1 && scan.duplicateKeyCount > scan.duplicateKeys.length
    findings.push(
      unreadable(
        'unreadable/duplicate-key',
        `duplicate key ${JSON.stringify(key)} in one object; JSON parsers keep only the last value, so the earlier one is not compared` +
          (more ? ` (and ${scan.duplicateKeyCount - scan.duplicateKeys.length} more duplicate keys in this file)` : ''),
        pointer
      )
    )
  })
  return { value, findings, inexact: { side, relPath: read.relPath, numbers: scan.inexactNumbers, count: scan.inexactNumberCount } }
}

/**
 * Whether the bytes are JSON that `parseArtifactJson` (without `expectObject`) would take with no
 * finding at all: UTF-8 without a byte-order mark, clean in the list scan (grammar, no repeated key,
 * no inexact number) and within MAX_JSON_DEPTH. Two sides holding the same such bytes are then
 * equal under any normalization, so one scan stands for both and nothing is parsed.
 */
export function isCleanJson(bytes: Uint8Array): boolean {
  return scanPlainJson(bytes, NO_ROW_KEYS).ok
}

/** A number text's exact decimal value with its sign, as a comparable string. */
function exactValue(text: string): string {
  const negative = text.startsWith('-')
  const canonical = canonicalDecimal(negative ? text.slice(1) : text) ?? text
  return negative && canonical !== '0' ? `-${canonical}` : canonical
}

/**
 * Findings for numbers whose text does not survive parsing to a double (`12345678901234567890`,
 * `1e400`, `0.1000000000000000055511151231257827`): two different texts could read as the same
 * double, so such a number is an error-severity `unreadable` finding at its pointer (the file is
 * still compared). It is only a warning when the other side has the same exact decimal value at
 * the same pointer (`1e400` and `10e399`; never `1e400` and `1e401`): then the two values are
 * equal whatever the parser makes of them. A silent pass of two
 * different values is therefore impossible for every scanned file.
 */
export function inexactNumberFindings(artifact: ArtifactId, left: SideInexactNumbers | undefined, right: SideInexactNumbers | undefined): Finding[] {
  const findings: Finding[] = []
  for (const [mine, other] of [
    [left, right],
    [right, left]
  ] as const) {
    if (mine === undefined) continue
    const otherValue = new Map((other?.numbers ?? []).map((n) => [n.pointer, exactValue(n.text)]))
    mine.numbers.forEach((number, i) => {
      const same = otherValue.get(number.pointer) === exactValue(number.text)
      const more = i === mine.numbers.length - 1 && mine.count > mine.numbers.length
      findings.push(
        finding('unreadable', {
          artifact,
          rule: 'unreadable/inexact-number',
          side: mine.side,
          path: mine.relPath,
          pointer: number.pointer,
          severity: same ? 'warning' : 'error',
          [mine.side]: number.text,
          message:
            `number ${number.text} cannot be held exactly (it reads as ${String(Number(number.text))})` +
            (same ? '; the other side has the same exact value, so they are equal' : '; a different value could read the same, so it is not trusted') +
            (more ? ` (and ${mine.count - mine.numbers.length} more such numbers in this file)` : '')
        })
      )
    })
  }
  return findings
}
