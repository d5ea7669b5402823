import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { runSideTaskSafely, type SideTask, type SideTaskResult } from './sideTasks.js'

/** Runs side tasks: on worker thread 0 or 1 (so the two sides parse at once), or inline. */
export interface SideTaskRunner {
  run(task: SideTask, lane: 0 | 1): Promise<SideTaskResult>
  close(): Promise<void>
}

/** The inline runner: each task runs on the calling thread (small files, or no worker script). */
const inlineRunner: SideTaskRunner = {
  run: async (task) => runSideTaskSafely(task),
  close: async () => undefined
}

/** The bundled worker script (dist/sideWorker.js), looked for next to this module and one folder up; undefined when not built (tests from source). */
function workerScript(): URL | undefined {
  for (const relative of ['./sideWorker.js', '../sideWorker.js']) {
    const url = new URL(relative, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

/**
 * Worker threads, one per task: a task is posted with its bytes (shared memory is shared, not
 * copied), and the worker ends with its answer, so the heap that held a parsed tree of hundreds of
 * MB is released at once rather than at some later garbage collection. Tasks of one lane run one
 * after the other (a lane is a side: both sides parse at once). A worker that exits, crashes or
 * fails to start rejects its task with an error naming the exit, so the caller reports it as a
 * finding and never waits forever.
 */
function workerRunner(script: URL, heapLimit: number | undefined = workerHeapLimit()): SideTaskRunner {
  const lanes: [Promise<unknown>, Promise<unknown>] = [Promise.resolve(), Promise.resolve()]
  const live = new Set<Worker>()
  const runOne = async (task: SideTask): Promise<SideTaskResult> => {
    const { Worker } = await import('node:worker_threads')
    const worker = new Worker(script, { env: process.env, ...(heapLimit !== undefined && { resourceLimits: { maxOldGenerationSizeMb: heapLimit } }) })
    live.add(worker)
    try {
      return await new Promise<SideTaskResult>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', (error) => reject(new Error(`ranked-file worker failed: ${error.message}`)))
        worker.once('messageerror', (error) => reject(new Error(`ranked-file worker sent an unreadable message: ${error.message}`)))
        worker.once('exit', (code) => reject(new Error(`ranked-file worker exited (code ${code})`)))
        worker.postMessage(task)
      })
    } finally {
      live.delete(worker)
      worker.removeAllListeners('exit')
      void worker.terminate()
    }
  }
  return {
    run(task, lane) {
      const answer = lanes[lane].then(() => runOne(task))
      lanes[lane] = answer.catch(() => undefined)
      // Callers may give up on a task after another one failed: its rejection is then expected, not unhandled.
      answer.catch(() => undefined)
      return answer
    },
    async close() {
      await Promise.all([...live].map((worker) => worker.terminate()))
    }
  }
}

/**
 * The heap cap of each ranked-file worker in MB, from DUALRUN_WORKER_MAX_HEAP_MB (unset: Node's
 * default). A worker that runs out of it dies, and its files become findings; a runner with little
 * memory can cap the two workers this way.
 */
function workerHeapLimit(): number | undefined {
  const raw = process.env['DUALRUN_WORKER_MAX_HEAP_MB']
  if (raw === undefined || raw === '') return undefined
  const mb = Number(raw)
  return Number.isInteger(mb) && mb > 0 ? mb : undefined
}

/** Tasks with fewer bytes than this run inline: starting a worker costs more than parsing them. */
export const WORKER_MIN_TASK_BYTES = 4 * 1024 * 1024

function taskBytes(task: SideTask): number {
  return task.op === 'jobs' ? task.jobs.bytes.length + task.csv.bytes.length : task.families.bytes.length
}

/** How ranked files are compared: the plain path, the side tasks inline, on workers, or (auto) on workers for large files only. */
export type RankedEngine = 'plain' | 'inline' | 'workers' | 'auto'

/** The runner for an engine (undefined for the plain path); without a built worker script, tasks run inline. */
export function runnerFor(engine: RankedEngine): SideTaskRunner | undefined {
  if (engine === 'plain') return undefined
  const script = engine === 'inline' ? undefined : workerScript()
  if (script === undefined) return inlineRunner
  const workers = workerRunner(script)
  if (engine === 'workers') return workers
  return {
    run: (task, lane) => (taskBytes(task) < WORKER_MIN_TASK_BYTES ? inlineRunner.run(task, lane) : workers.run(task, lane)),
    close: () => workers.close()
  }
}
