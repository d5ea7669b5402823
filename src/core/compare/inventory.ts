import { findingOf, type KindTable } from '../model/finding.js'
import { sha256Hex } from '../acquire/sha256.js'
import { artifactIdOfPath } from '../acquire/layout.js'
import type { ReadResult, RunDir } from '../acquire/runDir.js'
import { readFindings, type ReadArtifact } from '../load/artifact.js'
import type { FileHashes } from '../load/hashes.js'
import type { FileClassifier } from '../policy/fileRules.js'
import type { ArtifactId, FileEntry, FileOutcome, FileState, Finding, PresenceState, Side } from '../model/types.js'
import { compareContentFile } from './content.js'
import type { CompiledPolicy } from '../policy/normalize.js'

type Pair<T> = Record<Side, T>

/** A file that the contract or ranked comparers already handled: its artifact and each side's state. */
export interface HandledFile {
  mode: 'contract' | 'ranked'
  artifact: ArtifactId
  left: PresenceState
  right: PresenceState
  /** Whether the policy requires it (a missing side is then a `missing` finding, not `file-added`/`file-removed`). */
  required: boolean
}

/** The kinds the inventory produces. */
export const INVENTORY_KINDS = {
  'file-added': {
    severity: 'error',
    category: 'presence',
    stage: 'derived',
    description: 'a file exists only in the right run dir (and its rule does not ignore it, and it is not required: a required one is `missing`)',
    fields: 'side, path',
    rules: []
  },
  'file-removed': {
    severity: 'error',
    category: 'presence',
    stage: 'derived',
    description: 'a file exists only in the left run dir (and its rule does not ignore it, and it is not required: a required one is `missing`)',
    fields: 'side, path',
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf(INVENTORY_KINDS)

/** What the inventory gave: every file once, and the findings of the files it compared itself. */
export interface Inventory {
  files: FileEntry[]
  findings: Finding[]
}

/** A side's state for a file the comparers handled: `unsafe` when that side has an unsafe-path finding on it. */
function handledState(state: PresenceState, artifact: ArtifactId, side: Side, findings: readonly Finding[]): FileState {
  if (state === 'unreadable' && findings.some((f) => f.artifact === artifact && f.side === side && f.kind === 'unsafe-path')) return 'unsafe'
  return state
}

/** The findings so far, and which of them say two files differ (a contract- or content-category error: the registry's word, which this module cannot import). */
export interface FindingsSoFar {
  findings: readonly Finding[]
  isDifference: (f: Finding) => boolean
}

/** `same` unless a difference finding names the artifact (or a side is unusable). */
function outcomeOf(left: FileState, right: FileState, artifact: ArtifactId, soFar: FindingsSoFar): FileOutcome {
  if ((left === 'missing') !== (right === 'missing')) return 'one-side'
  if (left !== 'present' || right !== 'present') return 'differs'
  return soFar.findings.some((f) => f.artifact === artifact && soFar.isDifference(f)) ? 'differs' : 'same'
}

/** The `file-added` / `file-removed` finding for a file only one run dir holds. */
function oneSideFinding(artifact: ArtifactId, relPath: string, side: Side): Finding {
  return side === 'right'
    ? finding('file-added', { artifact, side, path: relPath, message: 'only in this run dir: the other has no such file' })
    : finding('file-removed', { artifact, side, path: relPath, message: 'only in this run dir: the other has no such file' })
}

function readState(read: ReadArtifact, unsafe: boolean): FileState {
  return read.state === 'unreadable' && unsafe ? 'unsafe' : read.state
}

/**
 * The inventory: every file of either run dir once, classified by the policy's `files` rules.
 * Files the contract and ranked comparers handled (`handled`, with `findings` so far) get their
 * states and outcome from those; `ignored` files are never read; every other file is read on the
 * sides that hold it and compared by content. A file on one side only is `file-added` or
 * `file-removed` (an error), unless ignored.
 */
export async function takeInventory(
  runs: Pair<RunDir>,
  classify: FileClassifier,
  handled: ReadonlyMap<string, HandledFile>,
  soFar: FindingsSoFar,
  compiled: CompiledPolicy,
  hashes: FileHashes,
  runIds: Pair<string | null>
): Promise<Inventory> {
  const [leftWalk, rightWalk] = await Promise.all([runs.left.walk(), runs.right.walk()])
  const on: Pair<Set<string>> = { left: new Set(leftWalk.files), right: new Set(rightWalk.files) }
  const complete: Pair<boolean> = { left: leftWalk.complete, right: rightWalk.complete }
  const paths = [...new Set([...leftWalk.files, ...rightWalk.files, ...handled.keys()])].sort()
  const files: FileEntry[] = []
  const findings: Finding[] = []
  const unread: Pair<number> = { left: 0, right: 0 }
  for (const path of paths) {
    const known = handled.get(path)
    if (known !== undefined) {
      const left = handledState(known.left, known.artifact, 'left', soFar.findings)
      const right = handledState(known.right, known.artifact, 'right', soFar.findings)
      if (left === 'missing' && right === 'missing') continue
      const outcome = outcomeOf(left, right, known.artifact, soFar)
      if (outcome === 'one-side' && !known.required) findings.push(oneSideFinding(known.artifact, path, left === 'missing' ? 'right' : 'left'))
      files.push({ path, mode: known.mode, left, right, outcome })
      continue
    }
    const cls = classify(path)
    const listed = (side: Side): FileState => (on[side].has(path) ? 'present' : 'missing')
    if (cls.mode === 'ignored') {
      files.push({ path, mode: 'ignored', ...(cls.reason !== undefined ? { reason: cls.reason } : {}), left: listed('left'), right: listed('right'), outcome: 'ignored' })
      continue
    }
    // A contract or ranked rule on a path those comparers do not own is compared by content.
    const artifact = artifactIdOfPath(path)
    const reads = {} as Pair<ReadArtifact>
    const states = {} as Pair<FileState>
    for (const side of ['left', 'right'] as const) {
      // Past the max-files limit, files are counted (one run_dir problem below), not each reported.
      const over = on[side].has(path) && !runs[side].canRead
      if (over) unread[side]++
      const read: ReadResult = !on[side].has(path)
        ? { state: 'missing', relPath: path }
        : over
          ? { state: 'unreadable', relPath: path, problem: 'over max-files', unsafe: false }
          : await runs[side].read(path)
      reads[side] = readFindings(artifact, runs[side], read)
      states[side] = readState(reads[side], read.state === 'unreadable' && read.unsafe)
      if (read.state !== 'missing' && !over) findings.push(...reads[side].findings)
      if (reads[side].bytes !== undefined) hashes.set(side, path, sha256Hex(reads[side].bytes as Buffer))
    }
    const entry: FileEntry = { path, mode: 'content', ...(cls.reason !== undefined ? { reason: cls.reason } : {}), left: states.left, right: states.right, outcome: 'same' }
    if ((states.left === 'missing') !== (states.right === 'missing')) {
      const present: Side = states.left === 'missing' ? 'right' : 'left'
      const absent: Side = present === 'left' ? 'right' : 'left'
      if (!complete[absent]) {
        // The other side's listing was cut (max-files): the file may be there, unseen; not claimed as one-sided.
        entry[absent] = 'unreadable'
        entry.outcome = 'differs'
      } else {
        entry.outcome = 'one-side'
        if (states[present] === 'present') findings.push(oneSideFinding(artifact, path, present))
      }
    } else if (states.left !== 'present' || states.right !== 'present') {
      entry.outcome = 'differs'
    } else {
      const hashesOf = { left: hashes.get('left', path) as Promise<string>, right: hashes.get('right', path) as Promise<string> }
      const compared = await compareContentFile(artifact, path, runs, reads, hashesOf, cls, compiled, runIds)
      findings.push(...compared.findings)
      for (const side of compared.unusable) entry[side] = 'unreadable'
      entry.outcome = compared.differs || compared.unusable.length > 0 || compared.findings.some((f) => f.severity === 'error') ? 'differs' : 'same'
    }
    files.push(entry)
  }
  for (const side of ['left', 'right'] as const) {
    if (unread[side] > 0) runs[side].problem(`${unread[side]} file${unread[side] === 1 ? ' was' : 's were'} not compared: over the max-files limit of files read from one run dir (raise --max-files / max-files)`)
  }
  return { files, findings }
}
