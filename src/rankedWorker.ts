// The worker-thread entry of the ranked-file ranked tasks (bundled to dist/rankedWorker.js).
import { parentPort } from 'node:worker_threads'
import { runRankedTaskSafely, type RankedTask, type TaskMessage } from './core/compare/rankedTasks.js'

const send = (message: TaskMessage): void => parentPort?.postMessage(message)
parentPort?.on('message', (task: RankedTask) => send({ answer: runRankedTaskSafely(task, (part) => send({ part })) }))
