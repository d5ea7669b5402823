/**
 * Runs the committed action bundle `dist/index.js` as a child process with the environment the
 * runner gives a step (inputs as `INPUT_<NAME>` with defaults from action.yml, `GITHUB_*`,
 * `RUNNER_TEMP`, the runtime token), pointed at a {@link FakeGitHub}.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runtimeToken, type FakeGitHub } from './githubServer.js'
import { REPO_ROOT } from './paths.js'

/** The token the tests give the action; it must never appear in anything the action writes. */
export const TEST_TOKEN = 'ghs_TESTTOKEN0123456789abcdefSECRET'

/** What one action run left behind. */
export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
  /** What the step saved for its post step (`core.saveState`), by name. */
  state: Record<string, string>
  /** The environment the step ran with (the post step gets the same, plus the state). */
  env: Record<string, string>
  workspace: string
}

/** How to run the action. */
export interface ActionRunOptions {
  inputs: Record<string, string>
  eventName: string
  payload: object
  sha?: string
  env?: Record<string, string>
  /** The node binary that runs the bundle (default: the one running the tests). */
  node?: string
  /** Called once the bundle is started, e.g. to signal it as the runner does when the job is cancelled. */
  whileRunning?: (child: ChildProcess) => void
}

/** The default value of every input in action.yml (expressions resolved as the runner would). */
function inputDefaults(repository: string): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default === undefined) continue
    defaults[name] = spec.default.replace('${{ github.token }}', TEST_TOKEN).replace('${{ github.repository }}', repository)
  }
  return defaults
}

/** Parses the `GITHUB_OUTPUT` file (`name<<delimiter` blocks written by @actions/core). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

/** Runs `dist/index.js` once and collects its exit code, logs, outputs and job summary. */
export async function runAction(server: FakeGitHub, options: ActionRunOptions): Promise<ActionRun> {
  const bundle = join(REPO_ROOT, 'dist', 'index.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run node scripts/build.mjs first`)
  const root = mkdtempSync(join(tmpdir(), 'dualrun-e2e-'))
  const runnerTemp = join(root, 'temp')
  const workspace = join(root, 'workspace')
  mkdirSync(runnerTemp)
  mkdirSync(workspace)
  const eventPath = join(root, 'event.json')
  const outputFile = join(root, 'output')
  const summaryFile = join(root, 'summary.md')
  const stateFile = join(root, 'state')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputFile, '')
  writeFileSync(stateFile, '')
  writeFileSync(summaryFile, '')
  const repository = `${server.options.owner}/${server.options.repo}`
  const inputs = { ...inputDefaults(repository), ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: root,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: server.options.owner,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_RUN_ID: String(server.options.currentRunId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    RUNNER_TEMP: runnerTemp,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_RESULTS_URL: `${server.url}/`,
    DUALRUN_RETRY_BASE_MS: '1',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env
  }
  const { code, stdout, stderr } = await runBundle(bundle, env, workspace, options)
  const state = parseOutputs(readFileSync(stateFile, 'utf8'))
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), runnerTemp, state, env, workspace }
}

/** Runs one bundle of the action as a step's process and collects its exit code and logs. */
async function runBundle(
  bundle: string,
  env: Record<string, string>,
  cwd: string,
  options: Pick<ActionRunOptions, 'node' | 'whileRunning'>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(options.node ?? process.execPath, [bundle], { env, cwd })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  options.whileRunning?.(child)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

/**
 * Runs the post step `dist/post.js` after `run`, as the runner does at the end of the job: the
 * step's environment, with each value the step saved as `STATE_<name>`.
 */
export async function runPostStep(run: ActionRun, options: Pick<ActionRunOptions, 'node'> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bundle = join(REPO_ROOT, 'dist', 'post.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run node scripts/build.mjs first`)
  const env = { ...run.env, ...Object.fromEntries(Object.entries(run.state).map(([name, value]) => [`STATE_${name}`, value])) }
  return runBundle(bundle, env, run.workspace, options)
}
