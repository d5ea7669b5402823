import { lstat, open, readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UserError } from './errors.js'
import type { ReadLimits } from './limits.js'
import type { Side } from './types.js'

/** What reading one file of a run dir gave. Problems name the path relative to the run dir, never content. */
export type ReadResult =
  | { state: 'present'; relPath: string; bytes: Buffer }
  | { state: 'missing'; relPath: string }
  | { state: 'unreadable'; relPath: string; problem: string; unsafe: boolean }

/**
 * A run directory opened for reading. Every path is resolved (symlinks included) and must stay
 * inside the directory: nothing outside the two run dirs is ever read or listed.
 */
export class RunDir {
  private bytesRead = 0

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
      root = await realpath(resolve(path))
      if (!(await stat(root)).isDirectory()) throw new UserError(`${side} run dir ${path}: not a directory`)
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
  async resolveInside(relPath: string): Promise<{ abs: string } | { missing: true } | { unsafe: string }> {
    if (relPath.includes('\0')) return { unsafe: 'contains a NUL byte' }
    if (isAbsolute(relPath)) return { unsafe: 'is an absolute path' }
    const lexical = resolve(this.root, relPath)
    if (!this.inside(lexical)) return { unsafe: 'leaves the run directory' }
    let real: string
    try {
      real = await realpath(lexical)
    } catch {
      // A dangling symlink is unsafe if it points out, otherwise simply missing.
      try {
        await lstat(lexical)
        return { unsafe: 'is a symlink that does not resolve' }
      } catch {
        return { missing: true }
      }
    }
    if (!this.inside(real)) return { unsafe: 'is a symlink to a location outside the run directory' }
    return { abs: real }
  }

  /** Reads a file by its path relative to the run dir, within the size limits. */
  async read(relPath: string): Promise<ReadResult> {
    const where = await this.resolveInside(relPath)
    if ('missing' in where) return { state: 'missing', relPath }
    if ('unsafe' in where) return { state: 'unreadable', relPath, problem: where.unsafe, unsafe: true }
    const fail = (problem: string): ReadResult => ({ state: 'unreadable', relPath, problem, unsafe: false })
    let handle
    try {
      handle = await open(where.abs, 'r')
    } catch (error) {
      return fail(`cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    try {
      const info = await handle.stat()
      if (info.isDirectory()) return fail('is a directory, not a file')
      if (!info.isFile()) return fail('is not a regular file')
      if (info.size > this.limits.maxFileBytes) {
        return fail(`is ${info.size} bytes, over the per-file limit of ${this.limits.maxFileBytes} (raise max-file-size)`)
      }
      if (this.bytesRead + info.size > this.limits.maxTotalBytes) {
        return fail(`would take the bytes read from this run dir over the limit of ${this.limits.maxTotalBytes} (raise max-total-size)`)
      }
      this.bytesRead += info.size
      return { state: 'present', relPath, bytes: await handle.readFile() }
    } catch (error) {
      return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    } finally {
      await handle.close()
    }
  }

  /** Lists the entries of a folder inside the run dir (names only); an unsafe or missing folder lists nothing. */
  async list(relDir: string): Promise<{ name: string; isDirectory: boolean; isFile: boolean }[]> {
    const where = await this.resolveInside(relDir === '' ? '.' : relDir)
    if (!('abs' in where)) return []
    try {
      const entries = await readdir(where.abs, { withFileTypes: true })
      return entries.slice(0, this.limits.maxFiles).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() }))
    } catch {
      return []
    }
  }

  /**
   * Maps a path recorded by the producing machine to a path relative to this run dir, when it
   * resolves inside it: relative paths as they are, absolute paths only if they lie under the
   * run dir as given. Returns undefined for paths that point elsewhere (a data dir, another machine).
   */
  recordedToRelative(recorded: string): string | undefined {
    const rel = isAbsolute(recorded) ? relative(resolve(this.path), recorded) : recorded
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
    return join(rel)
  }
}
