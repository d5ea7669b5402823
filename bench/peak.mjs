// Preload for benchmark children (`node --import ./bench/peak.mjs ...`): when the process exits,
// writes to the file named by DUALRUN_BENCH_PEAK_FILE its peak resident set size in KiB
// (process.resourceUsage().maxRSS) and, after a space, the CPU time it used (user + system, µs).
// Works for any script, the CLI and the floor alike.
import { writeFileSync } from 'node:fs'

const target = process.env.DUALRUN_BENCH_PEAK_FILE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`)
  })
}
