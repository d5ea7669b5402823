import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { RankedEngine } from '../model/options.js'
import { runRankedTaskSafely, type JobsPart, type RankedTask, type RankedTaskResult, type TaskMessage } from './rankedTasks.js'

/**
 * Runs ranked tasks: on worker thread 0 or 1 (so two tasks run at once), or inline. `onPart` gets
 * each part a task posts before its answer (on a worker: as it comes, while the task runs on); an
 * exception it throws rejects the task.
 */
export interface RankedTaskRunner {
  run(task: RankedTask, lane: 0 | 1, onPart?: (part: JobsPart) => void): Promise<RankedTaskResult>
  /** Starts each idle lane's worker now, when large tasks are on their way: it loads while the caller reads and checks other files. */
  warm(): void
  close(): Promise<void>
}

/** The inline runner: each task runs on the calling thread (small files, or no worker script); its parts are handed on after it ran. */
const inlineRunner: RankedTaskRunner = {
  run: async (task, _lane, onPart) => {
    const parts: JobsPart[] = []
    const answer = runRankedTaskSafely(task, (part) => parts.push(part))
    for (const part of parts) onPart?.(part)
    return answer
  },
  warm: () => undefined,
  close: async () => undefined
}

/** The bundled worker script (dist/rankedWorker.js), looked for next to this module and one folder up; undefined when not built (tests from source). */
function workerScript(): URL | undefined {
  for (const relative of ['./rankedWorker.js', '../rankedWorker.js']) {
    const url = new URL(relative, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

/** A worker thread of a lane, and why it can no longer answer (it crashed, exited, or sent an unreadable message). */
interface LaneWorker {
  worker: Worker
  failure?: Error
}

/**
 * One lane: whether a task runs, the tasks waiting, the worker kept warm (a small task's, or one
 * started early by `warm`), and whether the lane's next task will find such a worker (the last
 * task queued is small, or a worker was started early) instead of starting its own.
 */
interface Lane {
  busy: boolean
  queued: (() => void)[]
  warm: LaneWorker | undefined
  workerWaits: boolean
}

/** Tasks with fewer bytes than this hand their worker to the lane's next task: its code is compiled and warm, and what it leaves is small. */
export const REUSE_MAX_TASK_BYTES = 64 * 1024 * 1024

/**
 * Worker threads in two lanes (the jobs task on one, the families task on the other, so both run
 * at once; a lane's tasks run one after the other). A task is posted with its bytes (shared
 * memory is shared, not copied). After a large task its worker ends, so the heap that held its
 * data is released at once rather than at some later garbage collection, and the next task's
 * worker, started when that task was queued, has loaded by then; a small task's worker is kept
 * for the lane's next task (warm code, no start). The lane's next task is posted in the same turn
 * as the previous answer arrives, before the caller works on that answer; a task's parts reach
 * the caller as they come. A worker that exits, crashes or fails to start rejects its task with an
 * error naming the exit, so the caller reports it as a finding and never waits.
 */
function workerRunner(script: URL, heapLimit: number | undefined = workerHeapLimit()): RankedTaskRunner {
  const newLane = (): Lane => ({ busy: false, queued: [], warm: undefined, workerWaits: false })
  const lanes: [Lane, Lane] = [newLane(), newLane()]
  const live = new Set<Worker>()
  let loaded: Promise<typeof import('node:worker_threads')> | undefined
  const spawn = (Thread: typeof Worker): LaneWorker => {
    const lane: LaneWorker = { worker: new Thread(script, { env: process.env, ...(heapLimit !== undefined && { resourceLimits: { maxOldGenerationSizeMb: heapLimit } }) }) }
    const { worker } = lane
    live.add(worker)
    // Listened to from the start: a worker that dies while it waits is reported when its task's turn comes.
    worker.on('error', (error) => (lane.failure ??= new Error(`ranked-file worker failed: ${error.message}`)))
    worker.on('messageerror', (error) => (lane.failure ??= new Error(`ranked-file worker sent an unreadable message: ${error.message}`)))
    worker.on('exit', (code) => {
      lane.failure ??= new Error(`ranked-file worker exited (code ${code})`)
      live.delete(worker)
    })
    return lane
  }
  /** Keeps `worker` for the lane's next task; idle until then, it must not keep the process alive. */
  const keepWarm = (lane: Lane, worker: LaneWorker): void => {
    lane.warm = worker
    worker.worker.unref()
  }
  const end = (lane: LaneWorker): void => {
    live.delete(lane.worker)
    lane.worker.removeAllListeners('exit')
    void lane.worker.terminate()
  }
  /**
   * The worker's answer to `task` (its parts handed to `onPart` as they come), or its failure
   * (listeners added after the permanent ones, so `failure` is set first).
   */
  const ask = (lane: LaneWorker, task: RankedTask, onPart: ((part: JobsPart) => void) | undefined): Promise<RankedTaskResult> => {
    if (lane.failure !== undefined) return Promise.reject(lane.failure)
    const { worker } = lane
    return new Promise<RankedTaskResult>((resolve, reject) => {
      let partFailure: unknown
      const settle = (): void => {
        worker.off('message', answered)
        worker.off('error', failed)
        worker.off('messageerror', failed)
        worker.off('exit', failed)
      }
      const answered = (message: TaskMessage): void => {
        if (message.answer === undefined) {
          try {
            onPart?.(message.part)
          } catch (error) {
            partFailure ??= error
          }
          return
        }
        settle()
        if (partFailure !== undefined) reject(partFailure)
        else resolve(message.answer)
      }
      const failed = (): void => {
        settle()
        reject(lane.failure)
      }
      worker.on('message', answered)
      worker.on('error', failed)
      worker.on('messageerror', failed)
      worker.on('exit', failed)
      worker.ref()
      worker.postMessage(task)
    })
  }
  const runOne = async (task: RankedTask, index: 0 | 1, onPart: ((part: JobsPart) => void) | undefined): Promise<RankedTaskResult> => {
    const { Worker: Thread } = await (loaded ??= import('node:worker_threads'))
    const lane = lanes[index]
    const small = taskBytes(task) < REUSE_MAX_TASK_BYTES
    // Started now, so it has loaded when its turn comes; unless the task before it leaves a warm one.
    const fresh = lane.workerWaits ? undefined : spawn(Thread)
    lane.workerWaits = small
    return new Promise<RankedTaskResult>((resolve, reject) => {
      const start = (): void => {
        const worker = fresh ?? (lane.warm?.failure === undefined ? lane.warm : undefined) ?? spawn(Thread)
        lane.warm = undefined
        const finish = (kept: boolean): void => {
          if (kept) keepWarm(lane, worker)
          else end(worker)
          const next = lane.queued.shift()
          if (next === undefined) lane.busy = false
          else next()
        }
        ask(worker, task, onPart).then(
          (answer) => {
            finish(small)
            resolve(answer)
          },
          (error: unknown) => {
            finish(false)
            reject(error)
          }
        )
      }
      if (lane.busy) lane.queued.push(start)
      else {
        lane.busy = true
        start()
      }
    })
  }
  return {
    run(task, lane, onPart) {
      const answer = runOne(task, lane, onPart)
      // Callers may give up on a task after another one failed: its rejection is then expected, not unhandled.
      answer.catch(() => undefined)
      return answer
    },
    warm() {
      void (loaded ??= import('node:worker_threads')).then(({ Worker: Thread }) => {
        for (const lane of lanes) {
          if (lane.busy || lane.workerWaits) continue
          // Waiting as a small task's worker does: the lane's first task takes it.
          keepWarm(lane, spawn(Thread))
          lane.workerWaits = true
        }
      })
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

function taskBytes(task: RankedTask): number {
  if (task.op === 'hashes') return task.files.reduce((sum, pair) => sum + pair.left.length + pair.right.length, 0)
  const files = task.op === 'jobs' ? [task.jobs, task.csv] : [task.families]
  return files.reduce((sum, pair) => sum + pair.left.bytes.length + pair.right.bytes.length, 0)
}

/** The runner for an engine (undefined for the plain path); without a built worker script, tasks run inline. */
export function runnerFor(engine: RankedEngine): RankedTaskRunner | undefined {
  if (engine === 'plain') return undefined
  const script = engine === 'inline' ? undefined : workerScript()
  if (script === undefined) return inlineRunner
  const workers = workerRunner(script)
  if (engine === 'workers') return workers
  return {
    run: (task, lane, onPart) => (taskBytes(task) < WORKER_MIN_TASK_BYTES ? inlineRunner : workers).run(task, lane, onPart),
    warm: () => workers.warm(),
    close: () => workers.close()
  }
}
