#!/usr/bin/env node
// Generates benchmark run-dir pairs into bench/data/ (git-ignored), one folder per size:
//   bench/data/n<size>/left            EKS layout, <size> ranked jobs (openai/cs)
//   bench/data/n<size>/identical       on-prem layout; ranked files byte-identical to left
//   bench/data/n<size>/changed-1pct    on-prem; 1% of jobs changed (half a score, half a title)
//   bench/data/n<size>/reorder         on-prem; a block of 1% of the jobs moved 10% further down
//   bench/data/n<size>/drifted         on-prem; every 100th job's score +1 (JSON, CSV and families) and
//                                      50 far-apart pairs of jobs swapped (the drift)
// The builders are the fixtures' (scripts/runFixtures.mjs); files are streamed, so 100k jobs per file
// take about half a minute for all four run dirs and little memory. A run dir is regenerated only when its `.done` marker (next to it)
// does not hold the current generator version.
// Usage: node bench/generate.mjs [--sizes 1000,10000,100000] [--variants drifted,identical] [--out DIR (default bench/data)]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  DOCUMENT_PATHS,
  LAYOUTS,
  csvHeaderLine,
  csvLine,
  familyEntry,
  familyHead,
  headTitle,
  jobAt,
  openFileSink,
  rankedJsonChunks,
  rankedPaths,
  renderDocuments,
  sha256,
  shortlistText,
  writeChunks
} from '../scripts/runFixtures.mjs'

/** Default folder of the generated data. */
export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url))
/** Default sizes (jobs per ranked file). */
export const DEFAULT_SIZES = [1000, 10000, 100000]
/** The right-hand variants, each compared against `left`. */
export const VARIANTS = ['identical', 'changed-1pct', 'reorder', 'drifted']

/** How many far-apart pairs of jobs `drifted` swaps. */
export const DRIFT_SWAPS = 50

const SET = { seed: 'dualrun-bench-v1', provider: 'openai', profile: 'cs' }
const PATHS = rankedPaths(SET.provider, SET.profile)

/** Changes the job of `index` when the variant says so: every 100th job, alternately its score or its title. */
function variantJob(variant, index, count) {
  const job = jobAt(SET, index, count)
  if (variant === 'drifted') {
    if (index % 100 === 37) job.score += 1
    return job
  }
  if (variant !== 'changed-1pct' || index % 100 !== 37) return job
  if (Math.floor(index / 100) % 2 === 0) job.score += 1
  else job.title = `${job.title} (Hybrid)`
  return job
}

/**
 * Rank -> job index. `reorder` takes a block of 1% of the jobs from 20% down the ranking and puts it
 * 10% further down; block edges never split a family (index % 17 === 5 joins the job before it).
 */
function rankOrder(variant, count) {
  if (variant === 'drifted') return farSwaps(count)
  if (variant !== 'reorder') return (rank) => rank
  const edge = (i) => (i % 17 === 5 ? i + 1 : i)
  const start = edge(Math.floor(count * 0.2))
  const end = edge(start + Math.max(1, Math.floor(count / 100)))
  const shift = Math.floor(count / 10)
  return (rank) => {
    if (rank < start || rank >= end + shift) return rank
    if (rank < start + shift) return rank + (end - start) // jobs that were below the block move up
    return start + (rank - start - shift) // the block, now 10% further down
  }
}

/**
 * Rank -> job index for `drifted`: DRIFT_SWAPS pairs (a, a + count/2), with the a spread evenly over
 * the first half, swap places. Needs count >= 4 * DRIFT_SWAPS to keep the pairs apart.
 */
function farSwaps(count) {
  const half = Math.floor(count / 2)
  const swaps = new Map()
  for (let k = 0; k < DRIFT_SWAPS && count >= 4 * DRIFT_SWAPS; k++) {
    const a = Math.floor(((k + 0.5) * half) / DRIFT_SWAPS)
    swaps.set(a, a + half).set(a + half, a)
  }
  return (rank) => swaps.get(rank) ?? rank
}

/** Families in title_family order, built from job indices (the streaming twin of groupFamilies). */
function* families(variant, count) {
  const heads = []
  for (let i = 0; i < count; i++) if (familyHead(i) === i) heads.push(i)
  const keys = new Map(heads.map((i) => [i, headTitle(i).toLowerCase()]))
  heads.sort((a, b) => (keys.get(a) < keys.get(b) ? -1 : keys.get(a) > keys.get(b) ? 1 : 0))
  for (const head of heads) {
    const members = [head]
    if (head + 1 < count && familyHead(head + 1) === head) members.push(head + 1)
    const jobs = members.map((i) => variantJob(variant, i, count))
    yield familyEntry(jobs[0], jobs)
  }
}

/**
 * Writes the four ranked files of a run dir; returns their {sha256, bytes} by kind. One pass over
 * the ranking writes the JSON and the CSV and collects the shortlist; a second writes the families.
 */
function writeRanked(dir, variant, count) {
  const order = rankOrder(variant, count)
  const csv = openFileSink(join(dir, PATHS.ranked_csv))
  csv.write(csvHeaderLine())
  const shortlisted = []
  function* ranked() {
    for (let rank = 0; rank < count; rank++) {
      const job = variantJob(variant, order(rank), count)
      csv.write(csvLine(job))
      if (job.relevance === 'RELEVANT') shortlisted.push(job)
      yield job
    }
  }
  const rankedJson = writeChunks(join(dir, PATHS.ranked_json), rankedJsonChunks(ranked()))
  return {
    ranked_json: rankedJson,
    ranked_csv: csv.close(),
    ranked_families_json: writeChunks(join(dir, PATHS.ranked_families_json), rankedJsonChunks(families(variant, count))),
    shortlist_md: writeChunks(join(dir, PATHS.shortlist_md), [shortlistText(SET.provider, SET.profile, shortlisted)])
  }
}

/** Copies the ranked files of `from` (byte-identical outputs, as a deterministic pipeline makes them). */
function copyRanked(from, dir) {
  return Object.fromEntries(
    Object.entries(PATHS).map(([kind, path]) => {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      copyFileSync(join(from, path), join(dir, path))
      const bytes = readFileSync(join(dir, path))
      return [kind, { sha256: sha256(bytes), bytes: bytes.length }]
    })
  )
}

function writeDocuments(dir, layout, files) {
  const texts = renderDocuments(layout, [{ provider: SET.provider, profile: SET.profile, files }])
  for (const path of Object.values(DOCUMENT_PATHS)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), texts[path])
  }
}

/** Version of the generated data: changes whenever a generator source changes. */
const VERSION = sha256(
  [new URL(import.meta.url), new URL('../scripts/runFixtures.mjs', import.meta.url)].map((u) => readFileSync(u, 'utf8')).join('\0')
)

/** Generates one run dir unless its marker says it is current; returns its path. */
function ensureRun(root, name, count, build) {
  const dir = join(root, name)
  const marker = `${dir}.done`
  if (existsSync(marker) && readFileSync(marker, 'utf8') === VERSION) return dir
  rmSync(dir, { recursive: true, force: true })
  rmSync(marker, { force: true })
  build(dir)
  writeFileSync(marker, VERSION)
  return dir
}

/**
 * Makes sure the pairs for `sizes` exist under `dataDir`; returns them as
 * { size, variant, left, right } (paths), generating what is missing or stale.
 */
export function ensureBenchData(sizes = DEFAULT_SIZES, dataDir = DATA_DIR, log = () => {}, variants = VARIANTS) {
  const pairs = []
  for (const count of sizes) {
    const root = join(dataDir, `n${count}`)
    const started = performance.now()
    const left = ensureRun(root, 'left', count, (dir) => writeDocuments(dir, LAYOUTS.eks, writeRanked(dir, 'left', count)))
    for (const variant of variants) {
      const right = ensureRun(root, variant, count, (dir) => {
        const files = variant === 'identical' ? copyRanked(left, dir) : writeRanked(dir, variant, count)
        writeDocuments(dir, LAYOUTS.onprem, files)
      })
      pairs.push({ size: count, variant, left, right })
    }
    log(`bench data n${count}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  return pairs
}

/** Parses `--variants drifted,identical` (a subset of VARIANTS), or all of them. */
export function parseVariants(text) {
  if (text === undefined) return VARIANTS
  const variants = text.split(',').map((s) => s.trim())
  const unknown = variants.filter((v) => !VARIANTS.includes(v))
  if (unknown.length > 0) throw new Error(`--variants: unknown ${unknown.join(', ')}; expected some of ${VARIANTS.join(', ')}`)
  return variants
}

/** Parses `--sizes 1000,10000` into numbers (positive integers), or the defaults. */
export function parseSizes(text) {
  if (text === undefined) return DEFAULT_SIZES
  const sizes = text.split(',').map((s) => Number(s.trim()))
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected positive integers like 1000,10000, got "${text}"`)
  return sizes
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, variants: { type: 'string' }, out: { type: 'string' } } })
  ensureBenchData(parseSizes(values.sizes), values.out === undefined ? DATA_DIR : resolve(values.out), console.log, parseVariants(values.variants))
}
