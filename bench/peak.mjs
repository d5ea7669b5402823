// Preload for benchmark children (`node --import ./bench/peak.mjs ...`): when the process exits,
// writes its peak resident set size in KiB (process.resourceUsage().maxRSS) to the file named by
// DUALRUN_BENCH_PEAK_FILE. Works for any script, the CLI and the floor alike.
import { writeFileSync } from 'node:fs'

const target = process.env.DUALRUN_BENCH_PEAK_FILE
if (target) process.on('exit', () => writeFileSync(target, `${process.resourceUsage().maxRSS}\n`))
