import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { UnusableSideError } from '../compareSides.js'
import { formatBytes } from '../model/byteSize.js'
import { DEFAULT_LIMITS, type ReadLimits } from '../model/limits.js'
import { extractZip, ZipRefusedError, type ZipRefusal } from '../acquire/zip.js'
import type { LegSource } from './manifest.js'
import type { SourceAcquirer } from './runLegs.js'

/**
 * The CLI's sources: folders and zips on this machine (workflow artifacts need the action). A zip
 * is extracted safely ({@link extractZip}) into a temporary folder that `dispose` removes.
 */

/** The file that marks a run dir. */
const RUN_DIR_MARKER = 'run_summary.v1.json'

const isDirectory = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )

/** Most unsafe entries named in the one-line refusal. */
const UNSAFE_ENTRIES_LISTED = 5

/** Why a zip was refused, in one line that never quotes an entry's content. */
function refusalProblem(refusal: ZipRefusal): string {
  switch (refusal.reason) {
    case 'limit':
      return `over the ${refusal.limit} limit (${refusal.limit === 'maxFiles' ? refusal.value : formatBytes(refusal.value)}${refusal.entry !== undefined ? ` in entry ${JSON.stringify(refusal.entry)}` : ''}); refused before extraction`
    case 'ratio':
      return `entry ${JSON.stringify(refusal.entry)} declares more bytes than deflate can produce (a zip bomb); refused before extraction`
    case 'corrupt':
      return `not a zip that can be read safely (${refusal.detail}); refused`
    case 'unsafe':
      return `holds ${refusal.entries.length} unsafe entries (${refusal.entries
        .slice(0, UNSAFE_ENTRIES_LISTED)
        .map((e) => `${JSON.stringify(e.name.slice(0, 120))} ${e.problem}`)
        .join('; ')}${refusal.entries.length > UNSAFE_ENTRIES_LISTED ? '; …' : ''}); nothing was extracted`
  }
}

/**
 * The run dir in an extracted zip: `runDir` when given (it must stay inside), else the top when it
 * holds the marker file, else the zip's only top-level folder when that does.
 */
async function runDirIn(root: string, runDir: string | undefined, where: string): Promise<string> {
  if (runDir !== undefined) {
    const chosen = resolve(root, runDir)
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new UnusableSideError(`${where}: run-dir '${runDir}' points outside the zip`, 'unsafe-path')
    if (!(await isDirectory(chosen))) throw new UnusableSideError(`${where}: run-dir '${runDir}' is not a folder in the zip`, 'missing')
    return chosen
  }
  const entries = await readdir(root, { withFileTypes: true })
  if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) return root
  const only = entries.length === 1 && entries[0]!.isDirectory() ? join(root, entries[0]!.name) : undefined
  if (only !== undefined && (await readdir(only)).includes(RUN_DIR_MARKER)) return only
  throw new UnusableSideError(`${where} holds no ${RUN_DIR_MARKER} at its top; set run-dir to the folder inside it that is the run dir`, 'missing')
}

/** An acquirer of folders and zips on this machine, with `dispose` to remove what it extracted. */
export function localSources(limits: Partial<ReadLimits> = {}): SourceAcquirer & { dispose(): Promise<void> } {
  const effective = { ...DEFAULT_LIMITS, ...limits }
  const extracted: string[] = []
  return {
    async acquire(source: LegSource): Promise<string> {
      switch (source.kind) {
        case 'artifact':
          throw new UnusableSideError(`artifact ${source.name}: workflow artifacts are downloaded by the action; the CLI reads path and zip sides`, 'unreadable')
        case 'path':
          if (!(await isDirectory(source.path))) throw new UnusableSideError(`path ${source.path}: not found or not a folder`, 'missing')
          return source.path
        case 'zip': {
          const where = `zip ${source.path}`
          const info = await stat(source.path).catch(() => undefined)
          if (info === undefined || !info.isFile()) throw new UnusableSideError(`${where}: not found or not a file`, 'missing')
          const folder = await mkdtemp(join(tmpdir(), 'dualrun-leg-'))
          extracted.push(folder)
          try {
            await extractZip(source.path, folder, effective)
          } catch (error) {
            if (error instanceof ZipRefusedError) throw new UnusableSideError(`${where}: ${refusalProblem(error.refusal)}`, error.refusal.reason === 'unsafe' ? 'unsafe-path' : 'unreadable')
            throw error
          }
          return runDirIn(folder, source.runDir, where)
        }
      }
    },
    async dispose(): Promise<void> {
      await Promise.all(extracted.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
    }
  }
}
