import { finding } from './findingKinds.js'
import { parseJsonBytes } from './jsonText.js'
import type { ReadResult, RunDir } from './runDir.js'
import type { ArtifactId, Finding, JsonValue, PresenceState } from './types.js'

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
      findings: [finding('missing', { artifact, side, message: `${side} ${read.relPath}: not found` })]
    }
  }
  const kind = read.unsafe ? 'unsafe-path' : 'unreadable'
  return {
    state: 'unreadable',
    relPath: read.relPath,
    findings: [finding(kind, { artifact, side, message: `${side} ${read.relPath}: ${read.problem}` })]
  }
}

/**
 * Parses a read artifact as JSON, turning a parse failure into an `unreadable` finding (line and
 * column included) and a byte-order mark into a warning. `expectObject` requires a JSON object.
 */
export function parseArtifactJson(
  artifact: ArtifactId,
  runDir: RunDir,
  read: ReadArtifact,
  expectObject: boolean
): { value?: JsonValue; findings: Finding[] } {
  if (read.bytes === undefined) return { findings: [] }
  const side = runDir.side
  const parsed = parseJsonBytes(read.bytes)
  if (!parsed.ok) {
    return { findings: [finding('unreadable', { artifact, side, message: `${side} ${read.relPath}: ${parsed.problem}` })] }
  }
  const findings: Finding[] = []
  if (parsed.bom) {
    findings.push(
      finding('unreadable', {
        artifact,
        side,
        severity: 'warning',
        message: `${side} ${read.relPath}: starts with a UTF-8 byte-order mark (ignored)`
      })
    )
  }
  const value = parsed.value
  if (expectObject && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    findings.push(finding('unreadable', { artifact, side, message: `${side} ${read.relPath}: expected a JSON object, got ${got}` }))
    return { findings }
  }
  return { value, findings }
}
