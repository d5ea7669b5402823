import { closeSync, constants, fstatSync, lstatSync, openSync, read, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs'
import { promisify } from 'node:util'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UserError } from '../model/errors.js'
import { setting } from '../model/options.js'
import { allocateFileBuffer } from './sha256.js'
import type { ReadLimits } from '../model/limits.js'
import type { Side } from '../model/types.js'

/** What reading one file of a run dir gave. Problems name the path relative to the run dir, never content. */
export type ReadResult =
  | { state: 'present'; relPath: string; bytes: Buffer }
  | { state: 'missing'; relPath: string }
  | { state: 'unreadable'; relPath: string; problem: string; unsafe: boolean }

/**
 * Files up to this size are read with one synchronous call: a thread-pool round trip costs more
 * than the read, and a run dir's documents are a few KB. Larger files are read asynchronously, so
 * both sides of a large ranked file load at once.
 */
const SYNC_READ_MAX_BYTES = 1024 * 1024

const readAsync = promisify(read)

/** Reads at most `size` bytes (the size checked against the limits) of an open file: a file growing meanwhile is cut there. */
async function readExactly(fd: number, size: number): Promise<Buffer> {
  const bytes = allocateFileBuffer(size)
  let filled = 0
  while (filled < size) {
    const n =
      size <= SYNC_READ_MAX_BYTES
        ? readSync(fd, bytes, filled, size - filled, filled)
        : (await readAsync(fd, bytes, filled, size - filled, filled)).bytesRead
    if (n === 0) break
    filled += n
  }
  return filled === size ? bytes : bytes.subarray(0, filled)
}

/**
 * Why a file is refused as unsafe, or undefined for a plain file or folder: a device, socket or
 * FIFO is not data, and a regular file with more than one hard link may be the same file as one
 * outside the run dir (a hard link cannot be told from its original, so none is trusted).
 */
function unsafeKind(info: Stats): string | undefined {
  if (info.isFIFO()) return 'is a FIFO, not a regular file'
  if (info.isSocket()) return 'is a socket, not a regular file'
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'is a device, not a regular file'
  if (info.isFile() && info.nlink > 1) return `has ${info.nlink} hard links; another link may lie outside the run directory, so it is not read`
  return undefined
}

/**
 * A run directory opened for reading. Every path is resolved (symlinks included) and must stay
 * inside the directory: nothing outside the two run dirs is ever read or listed.
 */
export class RunDir {
  private bytesRead = 0
  private filesRead = 0
  /** Whether some folder listing was cut at max-files. */
  private listingCut = false
  /** Problems with the run dir as a whole (a folder listing cut at the max-files limit), one line each. */
  readonly problems: string[] = []

  private constructor(
    readonly side: Side,
    readonly label: string,
    /** The path as given by the user. */
    readonly path: string,
    /** The real path of the directory (symlinks resolved). */
    readonly root: string,
    private readonly limits: ReadLimits
  ) {}

  /** Opens a run dir; a missing or non-directory path is a UserError naming it. */
  static async open(path: string, side: Side, label: string, limits: ReadLimits): Promise<RunDir> {
    let root: string
    try {
      root = realpathSync.native(resolve(path))
      if (!statSync(root).isDirectory()) throw new UserError(`${side} run dir ${path}: not a directory`)
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new UserError(`${side} run dir ${path}: not found or not readable`)
    }
    return new RunDir(side, label, path, root, limits)
  }

  /** True when the real path `abs` is the root or inside it. */
  private inside(abs: string): boolean {
    return abs === this.root || abs.startsWith(this.root + sep)
  }

  /**
   * Resolves a path relative to the run dir, refusing anything that leaves it: absolute paths,
   * `..` escapes, and symlinks (file or folder) whose target is outside. Returns the real path,
   * `missing`, or the reason it is unsafe.
   */
  resolveInside(relPath: string): { abs: string } | { missing: true } | { unsafe: string } {
    if (relPath.includes('\0')) return { unsafe: 'contains a NUL byte' }
    if (isAbsolute(relPath)) return { unsafe: 'is an absolute path' }
    const lexical = resolve(this.root, relPath)
    if (!this.inside(lexical)) return { unsafe: 'leaves the run directory' }
    let real: string
    try {
      real = realpathSync.native(lexical)
    } catch {
      // A dangling symlink is unsafe if it points out, otherwise simply missing.
      try {
        lstatSync(lexical)
        return { unsafe: 'is a symlink that does not resolve' }
      } catch {
        return { missing: true }
      }
    }
    if (!this.inside(real)) return { unsafe: 'is a symlink to a location outside the run directory' }
    return { abs: real }
  }

  /** Whether another file may still be read within the max-files limit. */
  get canRead(): boolean {
    return this.filesRead < this.limits.maxFiles
  }

  /** Records a problem with the run dir as a whole, once (a folder may be listed by more than one stage). */
  problem(message: string): void {
    if (!this.problems.includes(message)) this.problems.push(message)
  }

  /** Why the file at a real path is refused as unsafe (see `unsafeKind`), or undefined; a stat failure is left to the open. */
  private refusedKind(abs: string): string | undefined {
    try {
      return unsafeKind(statSync(abs))
    } catch {
      return undefined
    }
  }

  /**
   * Every file of the run dir (anything that is not a folder: symlinks, FIFOs and the like
   * included, so reading them can refuse them), as `/`-separated relative paths in sorted order.
   * Symlinked folders are not entered. At most max-files paths; a cut (of the walk or of a
   * folder's listing) is said in `problems` and makes `complete` false.
   */
  async walk(): Promise<{ files: string[]; complete: boolean }> {
    const out: string[] = []
    const pending: string[] = ['']
    const problemsBefore = this.problems.length
    while (pending.length > 0) {
      const dir = pending.shift() as string
      const entries = await this.list(dir)
      for (const entry of entries) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
        if (entry.isDirectory) pending.push(rel)
        else if (out.length < this.limits.maxFiles) out.push(rel)
        else {
          this.problem(`more than ${this.limits.maxFiles} files; only the first ${this.limits.maxFiles} were inventoried (raise ${setting('max-files')})`)
          return { files: out.sort(), complete: false }
        }
      }
    }
    return { files: out.sort(), complete: this.problems.length === problemsBefore && !this.listingCut }
  }

  /**
   * The size in bytes of a regular file inside the run dir, or undefined (missing, unsafe, not a
   * regular file). Not a read: nothing is opened, and the file-count limit is not charged.
   */
  sizeOf(relPath: string): number | undefined {
    const where = this.resolveInside(relPath)
    if (!('abs' in where)) return undefined
    try {
      const info = statSync(where.abs)
      return info.isFile() ? info.size : undefined
    } catch {
      return undefined
    }
  }

  /** Reads a file by its path relative to the run dir, within the size and file-count limits. */
  async read(relPath: string): Promise<ReadResult> {
    if (++this.filesRead > this.limits.maxFiles) {
      return { state: 'unreadable', relPath, problem: `not read: over the limit of ${this.limits.maxFiles} files read from one run dir (raise ${setting('max-files')})`, unsafe: false }
    }
    const where = this.resolveInside(relPath)
    if ('missing' in where) return { state: 'missing', relPath }
    if ('unsafe' in where) return { state: 'unreadable', relPath, problem: where.unsafe, unsafe: true }
    const fail = (problem: string): ReadResult => ({ state: 'unreadable', relPath, problem, unsafe: false })
    // Checked before opening: opening a device can have effects, and a socket cannot be opened at all.
    const refused = this.refusedKind(where.abs)
    if (refused !== undefined) return { state: 'unreadable', relPath, problem: refused, unsafe: true }
    let fd: number
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused as not a regular file).
      fd = openSync(where.abs, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (error) {
      return fail(`cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    try {
      const info = fstatSync(fd)
      const swapped = unsafeKind(info)
      if (swapped !== undefined) return { state: 'unreadable', relPath, problem: swapped, unsafe: true }
      if (info.isDirectory()) return fail('is a directory, not a file')
      if (!info.isFile()) return fail('is not a regular file')
      if (info.size > this.limits.maxFileBytes) {
        return fail(`is ${info.size} bytes, over the per-file limit of ${this.limits.maxFileBytes} (raise ${setting('max-file-size')})`)
      }
      if (this.bytesRead + info.size > this.limits.maxTotalBytes) {
        return fail(`would take the bytes read from this run dir over the limit of ${this.limits.maxTotalBytes} (raise ${setting('max-artifact-size')})`)
      }
      this.bytesRead += info.size
      return { state: 'present', relPath, bytes: await readExactly(fd, info.size) }
    } catch (error) {
      return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    } finally {
      closeSync(fd)
    }
  }

  /**
   * Lists the entries of a folder inside the run dir (names only); an unsafe or missing folder
   * lists nothing. A folder with more entries than the max-files limit lists only that many, and
   * says so in `problems`.
   */
  async list(relDir: string): Promise<{ name: string; isDirectory: boolean; isFile: boolean }[]> {
    const where = this.resolveInside(relDir === '' ? '.' : relDir)
    if (!('abs' in where)) return []
    let entries
    try {
      entries = readdirSync(where.abs, { withFileTypes: true })
    } catch {
      return []
    }
    if (entries.length > this.limits.maxFiles) {
      this.listingCut = true
      this.problem(
        `folder ${JSON.stringify(relDir === '' ? '.' : relDir)} has ${entries.length} entries, over the max-files limit of ${this.limits.maxFiles}; only the first ${this.limits.maxFiles} were looked at (raise ${setting('max-files')})`
      )
    }
    // Sorted before the cut, so which entries are looked at does not depend on the file system's order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    return entries.slice(0, this.limits.maxFiles).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() }))
  }

  /**
   * Maps a path recorded by the producing machine to a path relative to this run dir, when it
   * resolves inside it: relative paths as they are, absolute paths only if they lie under the
   * run dir as given. Returns undefined for paths that point elsewhere (a data dir, another machine).
   */
  recordedToRelative(recorded: string): string | undefined {
    const under = (base: string): string | undefined => {
      const rel = isAbsolute(recorded) ? relative(base, recorded) : join(recorded)
      return rel === '' || rel === '.' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel
    }
    return isAbsolute(recorded) ? (under(resolve(this.path)) ?? under(this.root)) : under(this.root)
  }
}
