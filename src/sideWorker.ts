// The worker-thread entry of the ranked-file side tasks (bundled to dist/sideWorker.js).
import { parentPort } from 'node:worker_threads'
import { runSideTaskSafely, type SideTask } from './core/compare/sideTasks.js'

parentPort?.on('message', (task: SideTask) => parentPort?.postMessage(runSideTaskSafely(task)))
