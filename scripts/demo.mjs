// `npm run demo`: what a PASS and a FAIL look like, from the bundled CLI (dist/cli.js). The second
// comparison fails on purpose; the demo itself exits 0 unless dualrun could not run (exit 3 or a crash).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const pairs = [
  ['the bundled fixture pair: the same results on AWS and on-prem', ['compare', 'fixtures/runs/aws', 'fixtures/runs/onprem']],
  ['the kitchen-sink case: one of every kind of difference', ['compare', 'fixtures/cases/kitchen-sink/left', 'fixtures/cases/kitchen-sink/right']]
]
let broken = false
for (const [title, args] of pairs) {
  process.stdout.write(`\n== ${title}\n$ dualrun ${args.join(' ')}\n\n`)
  const { status } = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, stdio: 'inherit' })
  process.stdout.write(`\n(exit status ${status}: ${{ 0: 'pass', 1: 'fail', 2: 'error' }[status] ?? 'dualrun could not run'})\n`)
  if (status === null || status > 2) broken = true
}
process.exitCode = broken ? 1 : 0
