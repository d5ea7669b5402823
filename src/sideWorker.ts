// The worker-thread entry of the ranked-file side tasks (bundled to dist/sideWorker.js).
import { parentPort } from 'node:worker_threads'
import { runSideTaskSafely, type SideTask } from './core/compare/sideTasks.js'

// A test hook: a worker that dies at once, to check that a dead worker becomes a finding.
if (process.env.DUALRUN_TEST_WORKER_CRASH === '1') process.exit(70)

parentPort?.on('message', (task: SideTask) => parentPort?.postMessage(runSideTaskSafely(task)))
