import { mkdtemp, open, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve, sep } from 'node:path'
import { formatBytes } from '../model/byteSize.js'
import { thousands } from '../model/words.js'
import { UnusableSideError } from '../model/errors.js'
import { DEFAULT_LIMITS, type ReadLimits } from '../model/limits.js'
import { setting } from '../model/options.js'
import { closestNames } from '../model/suggest.js'
import { extractZip, REFUSED_ENTRIES_LISTED, ZipRefusedError, type ZipRefusal } from './zip.js'

/**
 * Acquisition of one side's run dir from what the user points at: a run dir, a folder holding
 * several run dirs (a persistent state dir's `runs/`, an artifact of a parent folder), or a zip of
 * either (a downloaded workflow artifact, a zip on disk), extracted with {@link extractZip}'s
 * safety checks. The run dir inside is found the same way for all three; every failure is an
 * {@link UnusableSideError} saying what was looked for and what was found.
 */

/** The file that marks a run dir (the published layout, which lacks it, is recognised by {@link isPublishedRunDir}). */
export const RUN_DIR_MARKER = 'run_summary.v1.json'

/** The index a published run dir (ranked outputs only, no run_summary) holds at its top. */
const PUBLISHED_INDEX = 'index.json'

/** Deepest folder searched for run dirs inside a folder or an extracted zip. */
export const RUN_DIR_SEARCH_DEPTH = 6

/** The run-dir choice that takes the run dir whose run_summary has the newest `created_at_utc`. */
export const LATEST_RUN_DIR = 'latest'

/** Most names listed in one message; the rest are counted. */
const NAMES_LISTED = 10

/** What to acquire. */
export interface RunDirRequest {
  /** A run dir, a folder holding run dirs, or a zip file of either. */
  path: string
  /**
   * Which run dir inside: a folder relative to `path`, the folder name of one of the run dirs
   * found, or `latest`. Without it: `path` itself when it is a run dir, else the only run dir inside.
   */
  runDir?: string
  /** How the source is named in messages (default: `folder PATH` or `zip PATH`). */
  where?: string
  /** The setting that picks the run dir, named in messages (default `--run-dir / run-dir`). */
  runDirSetting?: string
  limits?: Partial<ReadLimits>
  /** Where a zip is extracted (default: the system's temporary folder). */
  tempDir?: string
  /** Prefix of the extraction folder's name (default `dualrun-run-`). */
  tempPrefix?: string
}

/** An acquired run dir: its folder, and `cleanup` to remove whatever was extracted for it. */
export interface AcquiredRunDir {
  root: string
  cleanup(): Promise<void>
}

/** The setting that raises each limit (the CLI flag and the action input are spelled alike). */
export const LIMIT_SETTING: Record<keyof ReadLimits, string> = {
  maxFileBytes: 'max-file-size',
  maxTotalBytes: 'max-artifact-size',
  maxFiles: 'max-files'
}

// Controls and Bidi overrides, escaped in quoted names so a name reads as what it is.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/g

/** A name from an untrusted folder or archive, quoted on one line: controls and Bidi escaped, shortened. */
function quoteEntryName(name: string): string {
  const cut = Array.from(name)
  const short = cut.length > 160 ? `${cut.slice(0, 159).join('')}…` : name
  return JSON.stringify(short).replace(UNSAFE_IN_NAME, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A found folder's name for a list: plain names as they are, anything else quoted. */
function shown(name: string): string {
  return /^[\w.\-/@+=,]+$/.test(name) && name.length <= 160 ? name : quoteEntryName(name)
}

/** `a, b, c and 4 more`. */
function listed(names: readonly string[]): string {
  const first = names.slice(0, NAMES_LISTED).map(shown).join(', ')
  return names.length > NAMES_LISTED ? `${first} and ${names.length - NAMES_LISTED} more` : first
}

/** The refusal of `where`'s zip as one line naming the limit and the setting that raises it, or each unsafe entry. */
function zipRefusalError(where: string, refusal: ZipRefusal, limits: ReadLimits): UnusableSideError {
  switch (refusal.reason) {
    case 'limit': {
      const name = LIMIT_SETTING[refusal.limit]
      const limit = limits[refusal.limit]
      const what =
        refusal.limit === 'maxFiles'
          ? `holds ${thousands(refusal.value)} entries, over the ${name} limit of ${thousands(limit)}`
          : refusal.limit === 'maxFileBytes'
            ? `holds entry ${quoteEntryName(refusal.entry ?? '')} of ${formatBytes(refusal.value)}, over the ${name} limit of ${formatBytes(limit)}`
            : `holds more than ${formatBytes(limit)} once extracted, over the ${name} limit`
      return new UnusableSideError(`${where} ${what}; refused before extraction (raise ${setting(name)} to accept it)`)
    }
    case 'ratio':
      return new UnusableSideError(
        `${where} holds entry ${quoteEntryName(refusal.entry)} that declares ${formatBytes(refusal.uncompressed)} from ${formatBytes(refusal.compressed)} compressed, more than deflate can produce (a zip bomb); refused before extraction`
      )
    case 'corrupt':
      return new UnusableSideError(`${where} is not a zip that can be read safely (${refusal.detail}); refused`)
    case 'unsafe': {
      const first = refusal.entries.slice(0, REFUSED_ENTRIES_LISTED)
      const more = refusal.entries.length - first.length
      const names = first.map((e) => quoteEntryName(e.name)).join(', ') + (more > 0 ? ` and ${more} more` : '')
      return new UnusableSideError(
        `${where} holds ${refusal.entries.length} unsafe ${refusal.entries.length === 1 ? 'entry' : 'entries'} (${names}); refused: nothing of it was extracted`,
        'unsafe-path',
        [...first.map((e) => `${where}: entry ${quoteEntryName(e.name)} ${e.problem}; the artifact was not extracted`), ...(more > 0 ? [`${where}: ${more} more unsafe entries`] : [])]
      )
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
}

/** Every folder (relative, `.` for the top) up to the search depth that holds the run-dir marker file, sorted. */
async function foldersWithMarker(root: string): Promise<string[]> {
  const found: string[] = []
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) found.push(relative(root, dir).split(sep).join('/') || '.')
    if (depth >= RUN_DIR_SEARCH_DEPTH) return
    for (const e of entries) if (e.isDirectory()) await visit(join(dir, e.name), depth + 1)
  }
  await visit(root, 0)
  return found.sort()
}

/** The run_summary's `created_at_utc` of the run dir `folder` as a time, or undefined when it cannot be read. */
async function createdAt(folder: string, limits: ReadLimits): Promise<number | undefined> {
  const file = join(folder, RUN_DIR_MARKER)
  try {
    if ((await stat(file)).size > limits.maxFileBytes) return undefined
    const summary = JSON.parse(await readFile(file, 'utf8')) as { created_at_utc?: unknown }
    const time = typeof summary?.created_at_utc === 'string' ? Date.parse(summary.created_at_utc) : NaN
    return Number.isFinite(time) ? time : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether `root` is a run dir in the pipeline's published layout, which has no run_summary: an
 * `index.json` or a ranked jobs file by the convention (`<provider>/<profile>/<provider>_ranked_jobs.<profile>.json`)
 * at its top. Such a folder is compared as it is; the policy says which artifacts it must hold.
 */
async function isPublishedRunDir(root: string): Promise<boolean> {
  const top = await readdir(root, { withFileTypes: true }).catch(() => [])
  if (top.some((e) => e.isFile() && e.name === PUBLISHED_INDEX)) return true
  for (const provider of top.filter((e) => e.isDirectory())) {
    const profiles = await readdir(join(root, provider.name), { withFileTypes: true }).catch(() => [])
    for (const profile of profiles.filter((e) => e.isDirectory())) {
      const ranked = `${provider.name}_ranked_jobs.${profile.name}.json`
      if ((await readdir(join(root, provider.name, profile.name)).catch(() => [] as string[])).includes(ranked)) return true
    }
  }
  return false
}

/** What was found at the top of `root`, for a message about a folder that holds no run dir. */
async function topEntries(root: string): Promise<string> {
  const names = (await readdir(root).catch(() => [])).sort()
  return names.length === 0 ? 'it is empty' : `at its top: ${listed(names)}`
}

/** The newest run dir among `found` by run_summary `created_at_utc`; an error when none has one or two tie. */
async function latest(root: string, found: readonly string[], where: string, choose: string, limits: ReadLimits): Promise<string> {
  const dated = await Promise.all(found.map(async (folder) => ({ folder, time: await createdAt(join(root, folder), limits) })))
  const known = dated.filter((d): d is { folder: string; time: number } => d.time !== undefined)
  if (known.length === 0) {
    throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but none of its run dirs (${listed(found)}) has a readable created_at_utc in ${RUN_DIR_MARKER}; set ${choose} to one of them`, 'missing')
  }
  const newest = Math.max(...known.map((d) => d.time))
  const tied = known.filter((d) => d.time === newest).map((d) => d.folder)
  if (tied.length > 1) {
    throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but ${tied.length} run dirs share the newest created_at_utc (${listed(tied)}); set ${choose} to one of them`)
  }
  return tied[0]!
}

/**
 * The run dir inside `root` (see {@link RunDirRequest.runDir}); throws an UnusableSideError naming
 * what was looked for and what was found, with the closest names when a name matched none.
 */
export async function locateRunDir(root: string, runDir: string | undefined, where: string, choose: string = setting('run-dir'), limits: ReadLimits = DEFAULT_LIMITS): Promise<string> {
  const found = await foldersWithMarker(root)
  const inRoot = (folder: string): string => (folder === '.' ? root : join(root, ...folder.split('/')))
  if (runDir === undefined || runDir === '') {
    if (found.includes('.')) return root
    if (found.length === 1) return inRoot(found[0]!)
    if (found.length === 0) {
      if (await isPublishedRunDir(root)) return root
      throw new UnusableSideError(
        `${where} holds no run dir: no ${RUN_DIR_MARKER} within ${RUN_DIR_SEARCH_DEPTH} folders of its top (${await topEntries(root)}); point to the run dir, or set ${choose} to the folder inside that is one`,
        'missing'
      )
    }
    throw new UnusableSideError(`${where} holds ${found.length} run dirs (${listed(found)}); set ${choose} to one of them, or to ${LATEST_RUN_DIR} for the newest created_at_utc`)
  }
  if (runDir === LATEST_RUN_DIR) {
    if (found.length === 0) throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but it holds no run dir: no ${RUN_DIR_MARKER} within ${RUN_DIR_SEARCH_DEPTH} folders of its top (${await topEntries(root)})`, 'missing')
    return inRoot(found.length === 1 ? found[0]! : await latest(root, found, where, choose, limits))
  }
  const chosen = resolve(root, runDir)
  if (chosen !== root && !chosen.startsWith(root + sep)) throw new UnusableSideError(`${where}: ${choose} '${runDir}' points outside it`, 'unsafe-path')
  if (await isDirectory(chosen)) {
    // A folder that is a run dir (or holds none: its documents are then reported missing), or holds exactly one.
    const rel = relative(root, chosen).split(sep).join('/') || '.'
    const inside = found.filter((f) => rel === '.' || f === rel || f.startsWith(`${rel}/`))
    if (inside.includes(rel) || inside.length === 0) return chosen
    if (inside.length === 1) return inRoot(inside[0]!)
    throw new UnusableSideError(`${where}: ${choose} '${runDir}' holds ${inside.length} run dirs (${listed(inside)}); set ${choose} to one of them`)
  }
  const byName = found.filter((folder) => basename(folder) === runDir)
  if (byName.length === 1) return inRoot(byName[0]!)
  const there = found.length === 0 ? `it holds no run dir (${await topEntries(root)})` : `run dirs there: ${listed(found)}`
  const similar = closestNames(runDir, [...new Set([...found, ...found.map((f) => basename(f))])].filter((f) => f !== '.'))
  const hint = byName.length > 1 ? `; several are named so (${listed(byName)}): give the path` : similar.length > 0 ? `; did you mean ${similar.map(shown).join(', ')}?` : ''
  throw new UnusableSideError(`${where}: ${choose} '${runDir}' is not a folder in it; ${there}${hint}`, 'missing')
}

/** True when the file starts as a zip does (a local file header, or the end record of an empty zip). */
async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (handle === undefined) return false
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0)
    const magic = buffer.subarray(0, bytesRead).toString('latin1')
    return magic === 'PK\x03\x04' || magic === 'PK\x05\x06'
  } finally {
    await handle.close()
  }
}

/**
 * Acquires the run dir `request` points at: a folder is searched in place, a zip file is
 * extracted (after every safety check) into a fresh temporary folder first. Throws an
 * UnusableSideError when the path is neither, the zip is refused, or the run dir cannot be found.
 */
export async function acquireRunDir(request: RunDirRequest): Promise<AcquiredRunDir> {
  const limits = { ...DEFAULT_LIMITS, ...request.limits }
  const choose = request.runDirSetting ?? setting('run-dir')
  const info = await stat(request.path).catch(() => undefined)
  if (info === undefined) throw new UnusableSideError(`${request.where ?? request.path}: not found (expected a run dir, a folder holding run dirs, or a zip of one)`, 'missing')
  if (info.isDirectory()) {
    const root = resolve(request.path)
    return { root: await locateRunDir(root, request.runDir, request.where ?? request.path, choose, limits), cleanup: async () => {} }
  }
  const where = request.where ?? request.path
  if (!info.isFile() || !(await looksLikeZip(request.path))) throw new UnusableSideError(`${where}: neither a folder nor a zip file (expected a run dir, a folder holding run dirs, or a zip of one)`, 'unreadable')
  const folder = await mkdtemp(join(request.tempDir ?? tmpdir(), request.tempPrefix ?? 'dualrun-run-'))
  const cleanup = (): Promise<void> => rm(folder, { recursive: true, force: true })
  try {
    await extractZip(request.path, folder, limits)
    return { root: await locateRunDir(folder, request.runDir, where, choose, limits), cleanup }
  } catch (error) {
    await cleanup()
    if (error instanceof ZipRefusedError) throw zipRefusalError(where, error.refusal, limits)
    throw error
  }
}

