// The worker-thread entry of the ranked-file side tasks (bundled to dist/sideWorker.js).
import { parentPort } from 'node:worker_threads'
import { runSideTaskSafely, type SideTask, type TaskMessage } from './core/compare/sideTasks.js'

const send = (message: TaskMessage): void => parentPort?.postMessage(message)
parentPort?.on('message', (task: SideTask) => send({ answer: runSideTaskSafely(task, (part) => send({ part })) }))
