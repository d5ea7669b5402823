import { acquireRunDir, type AcquiredRunDir } from '../acquire/source.js'
import { UnusableSideError } from '../model/errors.js'
import type { ReadLimits } from '../model/limits.js'
import type { LegSource } from './manifest.js'
import type { SourceAcquirer } from './runLegs.js'

/**
 * The CLI's sources: folders and zips on this machine (workflow artifacts need the action), each
 * acquired by {@link acquireRunDir}; `dispose` removes what was extracted.
 */

/** The manifest key that picks the run dir, for messages. */
const RUN_DIR_KEY = "the side's run-dir key"

/** An acquirer of folders and zips on this machine, with `dispose` to remove what it extracted. */
export function localSources(limits: Partial<ReadLimits> = {}): SourceAcquirer & { dispose(): Promise<void> } {
  const acquired: AcquiredRunDir[] = []
  return {
    async acquire(source: LegSource): Promise<string> {
      if (source.kind === 'artifact') {
        throw new UnusableSideError(`artifact ${source.name}: workflow artifacts are downloaded by the action; the CLI reads path and zip sides`, 'unreadable')
      }
      const runDir = await acquireRunDir({ path: source.path, runDirSetting: RUN_DIR_KEY, limits, ...(source.runDir !== undefined && { runDir: source.runDir }) })
      acquired.push(runDir)
      return runDir.root
    },
    async dispose(): Promise<void> {
      await Promise.all(acquired.splice(0).map((runDir) => runDir.cleanup()))
    }
  }
}
