import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, posix, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Entry, ZipFile } from 'yauzl'
import { oneLine } from '../model/errors.js'
import type { ReadLimits } from '../model/limits.js'

/**
 * Safe extraction of an artifact's zip. Everything is checked against the central directory
 * before a single byte is written: the entry count, each entry's declared size, the total, the
 * compression ratio, and every entry name (no absolute paths, drive letters, `..` segments, NUL
 * bytes, duplicates, symbolic links or special files). yauzl then holds each entry's stream to its
 * declared size and CRC, so what is written never exceeds what was checked. Nothing is written
 * outside the destination folder, and no entry's content ever appears in a message.
 */

/** An entry that was refused, by its name in the archive, and why. */
export interface RefusedEntry {
  name: string
  problem: string
}

/** Why an archive was refused. */
export type ZipRefusal =
  /** Entries that would write outside the folder, or are not plain files and folders. */
  | { reason: 'unsafe'; entries: RefusedEntry[] }
  /** A limit the archive exceeds, with the offending value and, for per-entry limits, the entry. */
  | { reason: 'limit'; limit: keyof ReadLimits; value: number; entry?: string }
  /** An entry declares more bytes than deflate can produce from its compressed size. */
  | { reason: 'ratio'; entry: string; uncompressed: number; compressed: number }
  /** Not a readable zip (truncated, bad CRC, unsupported method or encryption). */
  | { reason: 'corrupt'; detail: string }

/** Thrown by {@link extractZip} when an archive is refused; nothing of it is left half-trusted. */
export class ZipRefusedError extends Error {
  override name = 'ZipRefusedError'
  constructor(readonly refusal: ZipRefusal) {
    super(`zip refused: ${refusal.reason}`)
  }
}

/** Most refused entries listed by name; the rest are counted. */
export const REFUSED_ENTRIES_LISTED = 20

/** Deflate cannot expand data more than about 1032:1; a larger declared ratio is a lie (or a bomb). */
const MAX_DEFLATE_RATIO = 1032

/** Slack for tiny entries, whose headers dominate their compressed size. */
const RATIO_SLACK_BYTES = 4096

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000
/** `versionMadeBy` high byte of archives written on Unix, whose external attributes carry a mode. */
const MADE_BY_UNIX = 3

/** An entry that passed the checks, with its normalized relative path. */
interface CheckedEntry {
  entry: Entry
  path: string
  isDirectory: boolean
}

/** The yauzl module (imported when a zip is extracted). */
type Yauzl = typeof import('yauzl')

/** The Unix file type an entry declares, if any. */
function fileType(entry: Entry): number {
  return entry.versionMadeBy >> 8 === MADE_BY_UNIX ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0
}

/** Why an entry name or type is unsafe, or undefined when it is a plain relative file or folder. */
function nameProblem(yauzl: Yauzl, name: string, entry: Entry): string | undefined {
  if (name.includes('\0')) return 'contains a NUL byte'
  if (/^[a-zA-Z]:/.test(name)) return 'starts with a drive letter'
  if (name.startsWith('/')) return 'is an absolute path'
  const invalid = yauzl.validateFileName(name)
  if (invalid !== null) return 'leaves the artifact (a .. segment)'
  const type = fileType(entry)
  if (type === S_IFLNK) return 'is a symbolic link (artifacts hold regular files only; links are never followed or created)'
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return 'is a special file, not a regular file or folder'
  return undefined
}

function corrupt(error: unknown): ZipRefusedError {
  return error instanceof ZipRefusedError ? error : new ZipRefusedError({ reason: 'corrupt', detail: oneLine(error).slice(0, 200) })
}

/** Reads and checks the central directory; throws {@link ZipRefusedError} at the first limit or with every unsafe entry. */
async function checkEntries(yauzl: Yauzl, zip: ZipFile, limits: ReadLimits): Promise<CheckedEntry[]> {
  if (zip.entryCount > limits.maxFiles) throw new ZipRefusedError({ reason: 'limit', limit: 'maxFiles', value: zip.entryCount })
  const checked: CheckedEntry[] = []
  const unsafe: RefusedEntry[] = []
  const seen = new Set<string>()
  let total = 0
  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
    const problem = nameProblem(yauzl, name, entry)
    if (problem !== undefined) {
      unsafe.push({ name, problem })
      continue
    }
    const isDirectory = name.endsWith('/') || fileType(entry) === S_IFDIR
    const path = posix.normalize(name).replace(/\/+$/, '')
    if (path === '.' || path === '') continue
    if (seen.has(path)) {
      unsafe.push({ name, problem: 'appears twice (a later copy would replace the first)' })
      continue
    }
    seen.add(path)
    if (!isDirectory) {
      if (!entry.canDecodeFileData()) throw new ZipRefusedError({ reason: 'corrupt', detail: `entry ${JSON.stringify(name)} is encrypted or uses an unsupported compression method` })
      if (entry.uncompressedSize > limits.maxFileBytes) throw new ZipRefusedError({ reason: 'limit', limit: 'maxFileBytes', value: entry.uncompressedSize, entry: name })
      if (entry.compressionMethod === 8 && entry.uncompressedSize > entry.compressedSize * MAX_DEFLATE_RATIO + RATIO_SLACK_BYTES) {
        throw new ZipRefusedError({ reason: 'ratio', entry: name, uncompressed: entry.uncompressedSize, compressed: entry.compressedSize })
      }
      total += entry.uncompressedSize
      if (total > limits.maxTotalBytes) throw new ZipRefusedError({ reason: 'limit', limit: 'maxTotalBytes', value: total })
    }
    checked.push({ entry, path, isDirectory })
  }
  if (unsafe.length > 0) throw new ZipRefusedError({ reason: 'unsafe', entries: unsafe })
  return checked
}

/**
 * Extracts the zip at `zipPath` into the existing, empty folder `destination` after checking it
 * against `limits` and for unsafe entries; throws {@link ZipRefusedError} when it is refused.
 * Returns the number of files written.
 */
export async function extractZip(zipPath: string, destination: string, limits: ReadLimits): Promise<number> {
  // Loaded here, not up front: runs compared from folders (most of them) never pay for yauzl's start-up.
  const { default: yauzl } = await import('yauzl')
  let zip: ZipFile
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false })
  } catch (error) {
    throw corrupt(error)
  }
  try {
    const entries = await checkEntries(yauzl, zip, limits).catch((error: unknown) => Promise.reject(corrupt(error)))
    const root = resolve(destination)
    let files = 0
    for (const { entry, path, isDirectory } of entries) {
      const target = join(root, ...path.split('/'))
      if (!target.startsWith(root + sep)) throw new ZipRefusedError({ reason: 'unsafe', entries: [{ name: path, problem: 'leaves the artifact' }] })
      try {
        if (isDirectory) {
          await mkdir(target, { recursive: true })
          continue
        }
        await mkdir(join(target, '..'), { recursive: true })
        await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { flags: 'wx', mode: 0o644 }))
        files++
      } catch (error) {
        throw corrupt(error)
      }
    }
    return files
  } finally {
    zip.close()
  }
}
