import { UserError } from '../core/model/errors.js'
import type { ReadLimits } from '../core/model/limits.js'
import { parsePositiveInteger, parseReadLimits } from '../core/model/options.js'
import { DEFAULTS } from '../core/model/defaults.js'

/** Names of the action's inputs, exactly as in `action.yml`. */
export enum Input {
  LeftArtifact = 'left-artifact',
  RightArtifact = 'right-artifact',
  LeftRunId = 'left-run-id',
  RightRunId = 'right-run-id',
  Repository = 'repository',
  GitHubToken = 'github-token',
  LeftPath = 'left-path',
  RightPath = 'right-path',
  LeftLabel = 'left-label',
  RightLabel = 'right-label',
  RunDir = 'run-dir',
  LeftRunDir = 'left-run-dir',
  RightRunDir = 'right-run-dir',
  AllowRunIdDrift = 'allow-run-id-drift',
  Policy = 'policy',
  Schemas = 'schemas',
  FailOn = 'fail-on',
  Comment = 'comment',
  CommentKey = 'comment-key',
  CheckName = 'check-name',
  PrNumber = 'pr-number',
  MaxFileSize = 'max-file-size',
  MaxArtifactSize = 'max-artifact-size',
  MaxFiles = 'max-files',
  DownloadTimeout = 'download-timeout',
  Legs = 'legs',
  MaxParallelLegs = 'max-parallel-legs'
}

/** Names of the action's outputs, exactly as in `action.yml`. */
export enum Output {
  Verdict = 'verdict',
  Findings = 'findings',
  Report = 'report',
  CommentId = 'comment-id',
  CheckRunId = 'check-run-id',
  CheckRunUrl = 'check-run-url',
  CommentUrl = 'comment-url',
  Errors = 'errors',
  Warnings = 'warnings',
  Markdown = 'markdown',
  Legs = 'legs'
}

/** What fails the step: `error` (an error-severity finding or an `error` verdict), `warning` (any finding), `never`. */
export enum FailOn {
  Error = 'error',
  Warning = 'warning',
  Never = 'never'
}

/** How the PR comment is written: `update` the sticky one, always a `new` one, or `off`. */
export enum CommentMode {
  Update = 'update',
  New = 'new',
  Off = 'off'
}

/** Where one side's run dir comes from: a folder on disk, or an artifact of this or another run. */
export type SideSource = ({ kind: 'path'; path: string } | { kind: 'artifact'; name: string; runId?: number }) & {
  label: string
  /** Which run dir inside the folder or artifact: `left-run-dir`/`right-run-dir`, else `run-dir`. */
  runDir?: string
  /** The input that set `runDir` (or would set it), for messages. */
  runDirInput: Input
}

/** A legs manifest to compare instead of one pair. */
export interface LegsInput {
  /** The manifest itself, or the path of its file (see loadLegsManifest). */
  manifest: string
  maxParallel: number
}

/** The parsed, validated inputs: one pair (`left`, `right`) or a legs manifest (`legs`). */
export type ActionInputs = CommonInputs & ({ left: SideSource; right: SideSource; legs?: undefined } | { legs: LegsInput; left?: undefined; right?: undefined })

/** The inputs every mode has. */
export interface CommonInputs {
  /** `owner/name` artifacts of another run are looked up in. */
  repository: { owner: string; repo: string }
  token: string
  allowRunIdDrift: boolean
  policyFile?: string
  schemasDir?: string
  failOn: FailOn
  comment: CommentMode
  commentKey: string
  checkName: string
  prNumber?: number
  /** Size limits for each artifact's zip and each run dir: per file, per artifact (or run dir) in total, file count. */
  limits: ReadLimits
  /** Overall deadline for downloading one artifact, in milliseconds. */
  downloadTimeoutMs: number
}

/** Reads one input's raw value (`@actions/core` `getInput` in the action, a map in tests). */
export type InputReader = (name: Input) => string

function closedChoice<T extends string>(name: Input, raw: string, choices: Record<string, T>, fallback: T): T {
  if (raw === '') return fallback
  const valid = Object.values(choices)
  const match = valid.find((choice) => choice === raw.toLowerCase())
  if (match === undefined) throw new UserError(`input ${name} must be one of ${valid.join(', ')}; got '${raw}'`)
  return match
}

function booleanInput(name: Input, raw: string, fallback: boolean): boolean {
  switch (raw.toLowerCase()) {
    case '':
      return fallback
    case 'true':
      return true
    case 'false':
      return false
    default:
      throw new UserError(`input ${name} must be true or false; got '${raw}'`)
  }
}

function positiveInteger(name: Input, raw: string): number | undefined {
  if (raw === '') return undefined
  const value = parsePositiveInteger(raw)
  if (value === undefined) throw new UserError(`input ${name} must be a positive whole number; got '${raw}'`)
  return value
}

const DURATION_UNITS_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000 }

/** A duration: seconds (`600`), or a number with `s`, `m` or `h` (`90s`, `10m`, `1.5h`); undefined when malformed or zero. */
export function parseDuration(raw: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(raw.trim())
  if (!match) return undefined
  const ms = Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2]!.toLowerCase()]!)
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined
}

function duration(name: Input, raw: string, fallbackMs: number): number {
  if (raw === '') return fallbackMs
  const ms = parseDuration(raw)
  if (ms === undefined) throw new UserError(`input ${name} must be a number of seconds or a duration such as 90s, 10m or 1h; got '${raw}'`)
  return ms
}

function side(read: InputReader, which: 'left' | 'right', labelFallback: string): SideSource {
  const [artifactInput, pathInput, runIdInput, labelInput, runDirInput] =
    which === 'left'
      ? [Input.LeftArtifact, Input.LeftPath, Input.LeftRunId, Input.LeftLabel, Input.LeftRunDir]
      : [Input.RightArtifact, Input.RightPath, Input.RightRunId, Input.RightLabel, Input.RightRunDir]
  const artifact = read(artifactInput)
  const path = read(pathInput)
  const label = read(labelInput) || labelFallback
  if (artifact !== '' && path !== '') throw new UserError(`set either ${artifactInput} or ${pathInput}, not both`)
  if (artifact === '' && path === '') throw new UserError(`set ${artifactInput} (an artifact name) or ${pathInput} (a folder on disk)`)
  const runId = positiveInteger(runIdInput, read(runIdInput))
  const own = read(runDirInput)
  const shared = read(Input.RunDir)
  const runDir = own || shared
  const common = { label, runDirInput: own !== '' || shared === '' ? runDirInput : Input.RunDir, ...(runDir !== '' && { runDir }) }
  if (path !== '') {
    if (runId !== undefined) throw new UserError(`${runIdInput} applies to ${artifactInput} only, not to ${pathInput}`)
    return { kind: 'path', path, ...common }
  }
  return { kind: 'artifact', name: artifact, ...(runId !== undefined && { runId }), ...common }
}

/** The inputs that name a side, which a legs manifest replaces. */
const SIDE_INPUTS = [Input.LeftArtifact, Input.RightArtifact, Input.LeftPath, Input.RightPath, Input.LeftRunId, Input.RightRunId, Input.RunDir, Input.LeftRunDir, Input.RightRunDir]

/** The single pair, or the legs manifest when `legs` is set (then no side input may be). */
function pairOrLegs(read: InputReader): { left: SideSource; right: SideSource } | { legs: LegsInput } {
  const manifest = read(Input.Legs)
  if (manifest.trim() === '') return { left: side(read, 'left', DEFAULTS['left-label']), right: side(read, 'right', DEFAULTS['right-label']) }
  const clashing = SIDE_INPUTS.filter((name) => read(name) !== '')
  if (clashing.length > 0) throw new UserError(`input ${Input.Legs} names every side in its manifest; drop ${clashing.join(', ')}`)
  return { legs: { manifest, maxParallel: positiveInteger(Input.MaxParallelLegs, read(Input.MaxParallelLegs)) ?? Number(DEFAULTS['max-parallel-legs']) } }
}

function repository(raw: string, fallback: string | undefined): { owner: string; repo: string } {
  const value = raw || fallback || ''
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value)
  if (!match) throw new UserError(`input ${Input.Repository} must be owner/name; got '${value}'`)
  return { owner: match[1]!, repo: match[2]! }
}

/**
 * Parses every input; throws `UserError` with one line naming the input and listing the valid
 * values for a closed choice. `defaultRepository` is `GITHUB_REPOSITORY`.
 */
export function parseInputs(read: InputReader, defaultRepository: string | undefined): ActionInputs {
  const optional = (name: Input): string | undefined => read(name) || undefined
  const commentKey = read(Input.CommentKey)
  const parsed: CommonInputs = {
    repository: repository(read(Input.Repository), defaultRepository),
    token: read(Input.GitHubToken),
    allowRunIdDrift: booleanInput(Input.AllowRunIdDrift, read(Input.AllowRunIdDrift), DEFAULTS['allow-run-id-drift']),
    failOn: closedChoice(Input.FailOn, read(Input.FailOn), FailOn, DEFAULTS['fail-on'] as FailOn),
    comment: closedChoice(Input.Comment, read(Input.Comment), CommentMode, DEFAULTS.comment as CommentMode),
    commentKey: commentKey || 'default',
    checkName: read(Input.CheckName) || (commentKey ? `dualrun (${commentKey})` : 'dualrun'),
    limits: parseReadLimits(
      { [Input.MaxFileSize]: read(Input.MaxFileSize), [Input.MaxArtifactSize]: read(Input.MaxArtifactSize), [Input.MaxFiles]: read(Input.MaxFiles) },
      (name) => `input ${name}`
    ),
    downloadTimeoutMs: duration(Input.DownloadTimeout, read(Input.DownloadTimeout), parseDuration(DEFAULTS['download-timeout'])!)
  }
  const policyFile = optional(Input.Policy)
  const schemasDir = optional(Input.Schemas)
  const prNumber = positiveInteger(Input.PrNumber, read(Input.PrNumber))
  return {
    ...parsed,
    ...pairOrLegs(read),
    ...(policyFile !== undefined && { policyFile }),
    ...(schemasDir !== undefined && { schemasDir }),
    ...(prNumber !== undefined && { prNumber })
  }
}
