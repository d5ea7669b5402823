#!/usr/bin/env node
// The benchmark's floor: the least work any comparison of two run dirs must do. For each artifact
// pair (the three v1 documents, then every ranked JSON, families and CSV file), it reads both sides
// and JSON.parses the JSON ones (CSV is read as text): one pair at a time, both sides held together
// as a comparison would hold them, then dropped before the next pair.
// Usage: node bench/floor.mjs LEFT_RUN_DIR RIGHT_RUN_DIR
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rankedFiles } from './rankedFiles.mjs'

const DOCUMENTS = ['run_summary.v1.json', 'run_health.v1.json', 'artifacts/provider_availability_v1.json']
/** One file read (and parsed, for JSON); null when the file does not exist. */
function load(path) {
  if (!existsSync(path)) return null
  const text = readFileSync(path, 'utf8')
  return { chars: text.length, value: path.endsWith('.json') ? JSON.parse(text) : text }
}

const [left, right] = process.argv.slice(2)
if (!left || !right) {
  console.error('usage: node bench/floor.mjs LEFT_RUN_DIR RIGHT_RUN_DIR')
  process.exit(2)
}
let chars = 0
for (const rel of [...DOCUMENTS, ...new Set([...rankedFiles(left), ...rankedFiles(right)])]) {
  const pair = [load(join(left, rel)), load(join(right, rel))]
  chars += (pair[0]?.chars ?? 0) + (pair[1]?.chars ?? 0)
}
console.log(`floor: read ${chars} characters`)
