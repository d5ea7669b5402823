#!/usr/bin/env node
// The benchmark (`npm run bench`). For each run-dir pair it runs, as child processes,
//   the whole CLI:  node dist/cli.js compare LEFT RIGHT --allow-run-id-drift --format json --output /dev/null
//   the floor:      node bench/floor.mjs LEFT RIGHT   (read + JSON.parse every artifact pair)
// each under `node --import bench/peak.mjs`, which reports the child's peak RSS. Every measurement is
// repeated (--runs, default 3), CLI and floor alternated, and the median kept. Pairs: by default the
// drifted pair at 10k, 100k and 300k jobs (growth), the byte-identical pair at 100k, and the real
// upstream pair in ../shared when it is there; --sizes/--variants pick others (bench/generate.mjs).
// On the real pair, `node dist/cli.js --version` is measured too (the row `(load only)`): node
// starting and loading the bundle, the least any comparison takes, against the same floor runs.
// On the drifted pair of 100k jobs (or the largest size) the action is measured too, in the same alternation:
//   the action:     node dist/index.js   as a pull_request step with left-path/right-path the two run dirs,
//                   posting its check run and PR comment to a loopback GitHub (bench/githubLoopback.mjs);
// printed as the row `<pair> (action)` against the same floor runs, or as the failure when the action did not
// complete (exit 0/1 with verdict pass/fail, report file, check run completed, comment posted). The report
// artifact is not uploaded (no artifact service). Then, on the drift pairs of that size, the HTML report against
// the JSON report (same CLI run with --format html and --format json, interleaved; goal html <= 1.5x json),
// and the action bundle's cold start against an empty `node -e 0`.
// Usage: node bench/bench.mjs [--sizes 1000,10000] [--variants drifted,identical] [--runs N] [--cli PATH]
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureBenchData, parseSizes, parseVariants } from './generate.mjs'
import { startGitHubLoopback } from './githubLoopback.mjs'
import { rankedFiles } from './rankedFiles.mjs'

const REPO = fileURLToPath(new URL('..', import.meta.url))
const DEFAULT_CLI = join(REPO, 'dist/cli.js')
const ACTION = join(REPO, 'dist/index.js')
/** The default plan: growth of the drifted pair, and the byte-identical pair at 100k. */
const DEFAULT_PLAN = [
  { sizes: [10000, 100000, 300000], variants: ['drifted'] },
  { sizes: [100000], variants: ['identical'] }
]
const FLOOR = fileURLToPath(new URL('./floor.mjs', import.meta.url))
const PEAK_PRELOAD = new URL('./peak.mjs', import.meta.url).href
const REAL_PAIR = {
  left: join(REPO, '../shared/upstream/runs/left-aws-like'),
  right: join(REPO, '../shared/upstream/runs/right-onprem-like')
}
/** CLI arguments for one pair and format, writing nowhere. */
const cliArgsFor = (cli, pair, format) => [cli, 'compare', pair.left, pair.right, '--allow-run-id-drift', '--format', format, '--output', '/dev/null']

/** CLI exit codes that mean "compared" (pass or fail); anything else is a broken measurement. */
const CLI_COMPARED = new Set([0, 1])

/**
 * The goals, as ratios CLI / floor (time, and peak RSS where set): the drifted pair at most 1.0x the
 * floor's time at 10k and 100k, and 1.3x its RSS at 100k; the byte-identical 100k pair at most 0.5x
 * (identical bytes need one parse, not two); the real pair at most 1.3x.
 */
function goalFor(pair) {
  if (pair.real) return { time: 1.3 }
  if (pair.variant === 'drifted' && pair.size === 100000) return { time: 1.0, rss: 1.3 }
  if (pair.variant === 'drifted' && pair.size === 10000) return { time: 1.0 }
  if (pair.variant === 'identical' && pair.size === 100000) return { time: 0.5 }
  return undefined
}

/** Jobs per ranked JSON file of a run dir (the largest, when there are several). */
function jobsPerFile(runDir) {
  const counts = rankedFiles(runDir)
    .filter((rel) => /_ranked_jobs\.[^/]+\.json$/.test(rel))
    .map((rel) => JSON.parse(readFileSync(join(runDir, rel), 'utf8')).length)
  return Math.max(0, ...counts)
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Runs `node --import peak.mjs ...args` once with environment `env`; resolves to wall time, peak RSS
 * (KiB), CPU time, exit code, stdout and stderr.
 */
function runOnce(args, peakFile, env = process.env) {
  return new Promise((resolve, reject) => {
    rmSync(peakFile, { force: true })
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ['--import', PEAK_PRELOAD, ...args], {
      cwd: REPO,
      env: { ...env, DUALRUN_BENCH_PEAK_FILE: peakFile },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const [peakKiB = NaN, cpuMicros = NaN] = existsSync(peakFile) ? readFileSync(peakFile, 'utf8').trim().split(' ').map(Number) : []
      resolve({ ms, peakKiB, cpuMs: cpuMicros / 1000, code, stdout, stderr })
    })
  })
}

/** The pull request the bench's action runs are for, and the repository they run in. */
const ACTION_PR = { owner: 'bench', repo: 'dualrun', number: 12, headSha: 'c0ffee'.padEnd(40, '0') }

/** One output of a `GITHUB_OUTPUT` file (`name<<delimiter` blocks, as @actions/core writes them), or undefined. */
function stepOutput(text, name) {
  return new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text)?.[2]
}

/**
 * Runs the action bundle once on `pair`, as a step of a pull_request job: left-path and right-path
 * the two run dirs, a token, the runner's files in a fresh folder under `scratch`, and the REST API
 * a fresh {@link startGitHubLoopback}. Resolves to the measurement, or to `{ error }` naming what is
 * missing when the action did not complete: exit code 0 or 1 with verdict pass or fail, the report
 * file, the check run completed and the PR comment posted.
 */
async function runActionOnce(pair, peakFile, scratch) {
  const github = await startGitHubLoopback(ACTION_PR)
  const root = mkdtempSync(join(scratch, 'action-'))
  const files = { event: join(root, 'event.json'), output: join(root, 'output'), summary: join(root, 'summary.md'), temp: join(root, 'temp') }
  mkdirSync(files.temp)
  writeFileSync(files.event, JSON.stringify({ action: 'synchronize', number: ACTION_PR.number, pull_request: { number: ACTION_PR.number, head: { sha: ACTION_PR.headSha } } }))
  for (const file of [files.output, files.summary]) writeFileSync(file, '')
  // Nothing of an enclosing workflow's step reaches the bundle (no ACTIONS_RUNTIME_TOKEN: the report artifact is not uploaded).
  const inherited = Object.entries(process.env).filter(([name]) => !/^(GITHUB|INPUT|ACTIONS|RUNNER)_/.test(name))
  const env = {
    ...Object.fromEntries(inherited),
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: github.url,
    GITHUB_REPOSITORY: `${ACTION_PR.owner}/${ACTION_PR.repo}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '1200',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    'INPUT_LEFT-PATH': pair.left,
    'INPUT_RIGHT-PATH': pair.right,
    'INPUT_GITHUB-TOKEN': 'ghs_bench0000000000000000000000000000',
    'INPUT_ALLOW-RUN-ID-DRIFT': 'true'
  }
  try {
    const result = await runOnce([ACTION], peakFile, env)
    const outputs = readFileSync(files.output, 'utf8')
    const verdict = stepOutput(outputs, 'verdict')
    const report = stepOutput(outputs, 'report')
    const checkRuns = [...github.checkRuns.values()]
    const comments = [...github.comments.values()].flat()
    const missing = [
      !CLI_COMPARED.has(result.code) && `exit ${result.code}`,
      !['pass', 'fail'].includes(verdict) && `verdict output ${verdict ?? 'not set'}`,
      !(report && existsSync(report)) && 'no report file',
      !(checkRuns.length === 1 && checkRuns[0].status === 'completed') && `check runs ${checkRuns.map((r) => r.status).join(',') || 'none'}`,
      comments.length !== 1 && `${comments.length} PR comments`,
      github.unrouted.length > 0 && `unanswered ${github.unrouted[0]}`
    ].filter(Boolean)
    if (missing.length === 0) return result
    const said = `${result.stdout}\n${result.stderr}`.split('\n').find((line) => /^::(error|warning)::/.test(line))
    return { error: `${missing.join('; ')}${said ? ` (${said})` : ''}` }
  } finally {
    await github.close()
    rmSync(root, { recursive: true, force: true })
  }
}

/**
 * Measures the CLI (when built), the action bundle (when `scratch` is given: {@link runActionOnce})
 * and the floor on one pair, `runs` times each, interleaved so that machine noise hits all alike.
 * Returns medians, or the CLI's or the action's error line when it did not compare.
 */
async function measurePair(pair, runs, cli, peakFile, scratch) {
  const cliArgs = cliArgsFor(cli, pair, 'json')
  const cliResults = []
  const actionResults = []
  const floorResults = []
  // On the real pair, also the least any dualrun run takes: node loading the CLI bundle (`--version`) and nothing else.
  const loadResults = []
  let cliError
  let actionError
  for (let i = 0; i < runs; i++) {
    if (existsSync(cli) && cliError === undefined) {
      const result = await runOnce(cliArgs, peakFile)
      if (CLI_COMPARED.has(result.code)) cliResults.push(result)
      else cliError = `exit ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}`
    }
    if (scratch !== undefined && actionError === undefined) {
      const result = await runActionOnce(pair, peakFile, scratch)
      if (result.error === undefined) actionResults.push(result)
      else actionError = result.error
    }
    if (pair.real && existsSync(cli)) loadResults.push(await runOnce([cli, '--version'], peakFile))
    const result = await runOnce([FLOOR, pair.left, pair.right], peakFile)
    if (result.code !== 0) throw new Error(`floor failed on ${pair.name}: ${result.stderr.trim()}`)
    floorResults.push(result)
  }
  const summary = (results) =>
    results.length === 0
      ? undefined
      : { ms: median(results.map((r) => r.ms)), peakKiB: median(results.map((r) => r.peakKiB)), cpuMs: median(results.map((r) => r.cpuMs)) }
  const action = scratch === undefined ? undefined : { measured: summary(actionResults), error: actionError }
  return { cli: summary(cliResults), floor: summary(floorResults), cliError, action, load: summary(loadResults) }
}

/** OK or MISS against the goal, or `-` without a goal or a CLI figure. */
function verdict(goal, timeRatio, rssRatio) {
  if (!goal || timeRatio === undefined) return '-'
  const ok = timeRatio <= goal.time && (goal.rss === undefined || rssRatio <= goal.rss)
  return ok ? 'OK' : 'MISS'
}

function goalText(goal) {
  if (!goal) return ''
  return goal.rss === undefined ? `time<=${goal.time}x` : `time<=${goal.time}x rss<=${goal.rss}x`
}

/**
 * Growth of the CLI on one variant across sizes: time and memory per job, and the exponent k of
 * time ~ n^k between consecutive sizes (n log n shows as k slightly above 1).
 */
function printGrowth(rows) {
  const byVariant = new Map()
  for (const row of rows) {
    if (row.pair.real || !row.measured.cli) continue
    byVariant.set(row.pair.variant, [...(byVariant.get(row.pair.variant) ?? []), row])
  }
  for (const [variant, list] of byVariant) {
    if (list.length < 2) continue
    list.sort((a, b) => a.pair.size - b.pair.size)
    console.log(`\ngrowth, ${variant}: per job (CLI), and the exponent k of time ~ n^k from the previous size`)
    let previous
    for (const { pair, measured } of list) {
      const { ms, peakKiB } = measured.cli
      const k = previous ? Math.log(ms / previous.ms) / Math.log(pair.size / previous.size) : undefined
      const nlogn = previous ? (pair.size * Math.log(pair.size)) / (previous.size * Math.log(previous.size)) : undefined
      console.log(
        `  n=${String(pair.size).padStart(7)}  ${((ms * 1000) / pair.size).toFixed(1).padStart(6)} µs/job  ` +
          `${((peakKiB * 1024) / pair.size / 1024).toFixed(2).padStart(6)} KiB/job` +
          (k === undefined ? '' : `  k=${k.toFixed(2)} (time x${(ms / previous.ms).toFixed(2)}, n log n x${nlogn.toFixed(2)})`)
      )
      previous = { ms, size: pair.size }
    }
  }
}

/**
 * The action bundle's cold start: `node dist/index.js` with an input it rejects at once (so it
 * loads, parses inputs and exits), against an empty `node -e 0`; medians of `runs` alternated runs.
 */
async function measureColdStart(runs, peakFile) {
  if (!existsSync(ACTION)) return undefined
  const env = { GITHUB_REPOSITORY: 'bench/cold-start', 'INPUT_FAIL-ON': 'not-a-threshold', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' }
  const action = []
  const empty = []
  for (let i = 0; i < runs; i++) {
    action.push((await runOnce([ACTION], peakFile, { ...process.env, ...env })).ms)
    empty.push((await runOnce(['-e', '0'], peakFile)).ms)
  }
  return { action: median(action), empty: median(empty) }
}

/** One row of the main table: `run` (the CLI's or the action's medians) against the pair's floor. */
function tableCells(name, size, run, floor, goal, error) {
  const timeRatio = run ? run.ms / floor.ms : undefined
  const rssRatio = run ? run.peakKiB / floor.peakKiB : undefined
  return [
    name,
    String(size ?? '-'),
    run ? (run.ms / 1000).toFixed(2) : '-',
    (floor.ms / 1000).toFixed(2),
    timeRatio === undefined ? '-' : `${timeRatio.toFixed(2)}x`,
    run ? (run.peakKiB / 1024).toFixed(0) : '-',
    (floor.peakKiB / 1024).toFixed(0),
    rssRatio === undefined ? '-' : `${rssRatio.toFixed(2)}x`,
    run ? `${(run.cpuMs / floor.cpuMs).toFixed(2)}x` : '-',
    goalText(goal),
    error ?? verdict(goal, timeRatio, rssRatio)
  ]
}

/**
 * The main table: a row per pair (the CLI); below a pair the action was run on, the action's row
 * against the same floor; below the real pair, the bundle's load alone (`(load only)`) against it.
 */
function printTable(rows) {
  const header = ['pair', 'jobs', 'dualrun s', 'floor s', 'ratio', 'dualrun MB', 'floor MB', 'ratio', 'cpu ratio', 'goal', '']
  const cells = rows.flatMap(({ pair, measured }) => {
    const { cli, floor, cliError, action, load } = measured
    const cliRow = tableCells(pair.name, pair.size, cli, floor, goalFor(pair), cliError && `CLI ${cliError}`)
    const more = []
    if (action !== undefined) more.push(tableCells(`${pair.name} (action)`, pair.size, action.error ? undefined : action.measured, floor, undefined, action.error && `action failed: ${action.error}`))
    if (load !== undefined) more.push(tableCells(`${pair.name} (load only)`, pair.size, load, floor, undefined, 'node loading dist/cli.js, nothing compared'))
    return [cliRow, ...more]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c) => c.map((text, i) => (i < 2 || i >= 9 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('  ').trimEnd()
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const c of cells) console.log(line(c))
}

/** Goal of the HTML report: its CLI run at most this many times the JSON report's. */
const HTML_GOAL = 1.5

/**
 * The CLI's wall time with --format json and with --format html on each pair, `runs` times each,
 * interleaved; returns the medians.
 */
async function measureHtml(pairs, runs, cli, peakFile) {
  const rows = []
  for (const pair of pairs) {
    console.error(`measuring html vs json on ${pair.name} (${runs} runs)...`)
    const times = { json: [], html: [] }
    for (let i = 0; i < runs; i++) {
      for (const format of ['json', 'html']) {
        const result = await runOnce(cliArgsFor(cli, pair, format), peakFile)
        if (!CLI_COMPARED.has(result.code)) throw new Error(`--format ${format} on ${pair.name}: exit ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}`)
        times[format].push(result.ms)
      }
    }
    rows.push({ name: pair.name, json: median(times.json), html: median(times.html) })
  }
  return rows
}

/** Prints the HTML-vs-JSON medians and their ratio against {@link HTML_GOAL}. */
function printHtml(rows, runs) {
  console.log(`\nHTML report vs JSON report: CLI wall time, median of ${runs} runs; goal html <= ${HTML_GOAL}x json\n`)
  const width = Math.max(4, ...rows.map((r) => r.name.length))
  console.log(`${'pair'.padEnd(width)}  json s  html s  ratio  goal`)
  for (const row of rows) {
    const ratio = row.html / row.json
    console.log(
      `${row.name.padEnd(width)}  ${(row.json / 1000).toFixed(2).padStart(6)}  ${(row.html / 1000).toFixed(2).padStart(6)}  ${`${ratio.toFixed(2)}x`.padStart(5)}  ${ratio <= HTML_GOAL ? 'OK' : 'MISS'}`
    )
  }
}

async function main() {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, variants: { type: 'string' }, runs: { type: 'string' }, cli: { type: 'string' } }
  })
  const cli = values.cli === undefined ? DEFAULT_CLI : resolve(values.cli)
  const runs = values.runs === undefined ? 3 : Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${values.runs}"`)
  const plan =
    values.sizes === undefined && values.variants === undefined
      ? DEFAULT_PLAN
      : [{ sizes: parseSizes(values.sizes), variants: parseVariants(values.variants ?? 'drifted,identical') }]

  if (!existsSync(cli)) console.error(`notice: ${cli} not found (run npm run build); measuring the floor only`)
  const pairs = plan
    .flatMap(({ sizes, variants }) => ensureBenchData(sizes, undefined, (line) => console.error(line), variants))
    .map((p) => ({ ...p, name: `n${p.size}/${p.variant}` }))
  if (existsSync(REAL_PAIR.left) && existsSync(REAL_PAIR.right)) pairs.push({ ...REAL_PAIR, name: 'real aws/onprem', real: true, size: jobsPerFile(REAL_PAIR.left) })
  else console.error(`notice: real pair not found under ${join(REPO, '../shared/upstream/runs')}; skipped`)

  const scratch = mkdtempSync(join(tmpdir(), 'dualrun-bench-'))
  const rows = []
  let coldStart
  let htmlRows
  // The HTML and action figures are stated for the 100k drift; without that size, the largest one generated.
  const sizes = pairs.filter((p) => !p.real).map((p) => p.size)
  const driftSize = sizes.includes(100000) ? 100000 : Math.max(...sizes)
  const drift = pairs.filter((p) => p.size === driftSize && p.variant !== 'identical' && !p.real)
  const actionPair = existsSync(ACTION) ? drift.find((p) => p.variant === 'drifted') : undefined
  if (!existsSync(ACTION)) console.error(`notice: ${ACTION} not found (run npm run build); the action is not measured`)
  try {
    for (const pair of pairs) {
      console.error(`measuring ${pair.name}${pair === actionPair ? ', with the action' : ''} (${runs} runs)...`)
      rows.push({ pair, measured: await measurePair(pair, runs, cli, join(scratch, 'peak'), pair === actionPair ? scratch : undefined) })
    }
    if (existsSync(cli) && drift.length > 0) htmlRows = await measureHtml(drift, runs, cli, join(scratch, 'peak'))
    console.error('measuring the action bundle cold start...')
    coldStart = await measureColdStart(Math.max(runs, 5), join(scratch, 'peak'))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  console.log(
    `\ndualrun bench: median of ${runs} runs; time = wall clock of the child process, MB = its peak RSS,` +
      ' cpu ratio = dualrun/floor user+system CPU time (a check on wall times taken on a busy machine);' +
      ' dualrun = the CLI, or on an (action) row the action bundle posting to a loopback GitHub, against the same floor runs\n'
  )
  printTable(rows)
  printGrowth(rows)
  if (htmlRows) printHtml(htmlRows, runs)
  if (coldStart) {
    const ratio = coldStart.action / coldStart.empty
    console.log(
      `\ncold start: action bundle ${coldStart.action.toFixed(0)} ms, node -e 0 ${coldStart.empty.toFixed(0)} ms: ` +
        `${ratio.toFixed(2)}x (goal <=2x: ${ratio <= 2 ? 'OK' : 'MISS'})`
    )
  } else console.log(`\ncold start: ${ACTION} not found (run npm run build)`)
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
