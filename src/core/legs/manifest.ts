import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError, oneLine } from '../model/errors.js'
import type { AjvErrorLike } from '../validate/ajv.js'
import { commonJsExport } from '../validate/lazyImport.js'
import { validateLegsManifest } from '../validate/validators.generated.js'

/**
 * The legs manifest (`schemas/dualrun-legs-manifest.v1.schema.json`): the pairs of runs one gate
 * compares. Parsed as YAML (a superset of JSON), validated by the precompiled schema, then checked
 * for what the schema cannot say (unique names). Every problem is one line naming the manifest,
 * the leg (by name, or by position when it has none) and the key.
 */

/** The gate over the aggregate verdict: `error` fails on a failing or error leg, `warning` also on warnings, `never` only reports. */
export type FailOn = 'error' | 'warning' | 'never'

/** The closed set of {@link FailOn} values, in the order messages list them. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never']

/** Where one side's run dir comes from. */
export type LegSource =
  /** A workflow artifact (the action downloads it); `runId` absent means this run. */
  | { kind: 'artifact'; name: string; runId?: number; runDir?: string }
  /** A folder that is the run dir, or holds it (`runDir` picks one of several). */
  | { kind: 'path'; path: string; runDir?: string }
  /** A zip file holding the run dir, at its top or in `runDir`. */
  | { kind: 'zip'; path: string; runDir?: string }

/** One side of a leg: its source and display label. */
export interface LegSide {
  source: LegSource
  label: string
}

/** One pair of runs to compare. */
export interface Leg {
  name: string
  left: LegSide
  right: LegSide
  /** A policy file for this leg, instead of the default one. */
  policy?: string
}

/** A validated manifest. */
export interface LegsManifest {
  /** The file it was read from, or `inline` (for messages). */
  source: string
  legs: Leg[]
  failOn?: FailOn
}

/** Largest manifest read, in bytes: a manifest lists legs, not data. */
const MAX_MANIFEST_BYTES = 1024 * 1024

/** The keys allowed at each level, listed in `unknown key` messages. */
const ALLOWED_KEYS = {
  manifest: ['legs', 'fail-on'],
  leg: ['name', 'left', 'right', 'policy'],
  side: ['artifact', 'path', 'zip', 'run-id', 'run-dir', 'label']
} as const

/** A leg name as the schema allows it (only such a name is quoted in messages). */
const LEG_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const SOURCE_KEYS = ['artifact', 'path', 'zip'] as const

/** The manifest as the schema describes it (after validation). */
interface SideFile {
  artifact?: string
  path?: string
  zip?: string
  'run-id'?: number | string
  'run-dir'?: string
  label?: string
}
interface ManifestFile {
  legs: { name: string; left: SideFile; right: SideFile; policy?: string }[]
  'fail-on'?: FailOn
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `leg 'aws-dr'`, or `leg #3` when the leg has no usable name. */
function legRef(data: unknown, index: number): string {
  const leg = isObject(data) && Array.isArray(data.legs) ? data.legs[index] : undefined
  const name = isObject(leg) ? leg.name : undefined
  return typeof name === 'string' && LEG_NAME.test(name) && name.length <= 64 ? `leg '${name}'` : `leg #${index + 1}`
}

/** The value at a JSON pointer of the parsed manifest. */
function at(data: unknown, segments: string[]): unknown {
  let value = data
  for (const s of segments) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[s] : undefined
  return value
}

const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value))

/** One Ajv error as `<where>: <problem>`, naming the leg and key. */
function describeError(error: AjvErrorLike, data: unknown): string {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  // /legs/<i>[/<left|right>[/<key>]]
  const where: string[] = []
  let level: keyof typeof ALLOWED_KEYS = 'manifest'
  if (segments[0] === 'legs' && segments[1] !== undefined) {
    where.push(legRef(data, Number(segments[1])))
    level = 'leg'
    if (segments[2] === 'left' || segments[2] === 'right') {
      where.push(segments[2])
      level = 'side'
    }
  }
  const depth = level === 'manifest' ? 0 : level === 'leg' ? 2 : 3
  const key = segments[depth]
  const value = at(data, segments)
  const problem = ((): string => {
    switch (error.keyword) {
      case 'additionalProperties':
        return `unknown key '${String(error.params.additionalProperty)}' (allowed: ${ALLOWED_KEYS[level].join(', ')})`
      case 'required':
        return error.params.missingProperty === 'name' && level === 'leg' ? `has no name` : `missing key '${String(error.params.missingProperty)}'`
      case 'oneOf': {
        const given = SOURCE_KEYS.filter((k) => isObject(value) && k in value)
        return given.length === 0
          ? `has none of artifact, path, zip (exactly one names where the run dir comes from)`
          : `has ${given.map((k) => `'${k}'`).join(' and ')}; give exactly one of artifact, path, zip`
      }
      case 'minItems':
        return `'legs' is empty; list at least one leg`
      case 'type': {
        const expected = String(error.params.type)
        const noun = expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`
        if (level === 'manifest' && key === undefined) return `must be a mapping with a 'legs' list`
        if (key === undefined) return `must be a mapping`
        return `'${key}' must be ${noun}, got ${quote(value)}`
      }
      case 'minLength':
        return `'${key}' must not be empty`
      case 'maxLength':
        return `'${key}' must be at most ${String(error.params.limit)} characters`
      case 'pattern':
        return `name ${quote(value)} must be letters, digits, '.', '_' or '-', starting with a letter or digit (it names the leg's report file)`
      case 'enum':
        return `'${key}' must be one of ${FAIL_ON_VALUES.join(', ')}, got ${quote(value)}`
      case 'anyOf':
        return `'run-id' must be a workflow run id (a positive whole number), got ${quote(value)}`
      case 'dependencies':
        return `'${String(error.params.property)}' goes with 'artifact' only`
      case 'not':
        return `'run-dir' does not go with 'path' (point 'path' at the run dir itself)`
      default:
        return `${key !== undefined ? `'${key}' ` : ''}${error.message ?? error.keyword}`
    }
  })()
  return where.length > 0 ? `${where.join(' ')}: ${problem}` : problem
}

/**
 * The first schema problem: a value of the wrong type before anything said about its content, and
 * the explanation of a failed `oneOf`/`anyOf` rather than its branches' errors.
 */
function firstSchemaProblem(errors: readonly AjvErrorLike[], data: unknown): string {
  const relevant = errors.filter((e) => !/\/(oneOf|anyOf)\/\d+\//.test((e as { schemaPath?: string }).schemaPath ?? ''))
  const first = relevant.find((e) => e.keyword === 'type') ?? relevant[0] ?? errors[0]
  return first === undefined ? 'invalid' : describeError(first, data)
}

/** A side's default label: the artifact's name, or the folder's or zip's file name. */
function defaultLabel(source: LegSource): string {
  if (source.kind === 'artifact') return source.name
  const name = basename(source.path.replace(/[\\/]+$/, ''))
  return source.kind === 'zip' ? name.replace(/\.zip$/i, '') : name
}

function toSide(side: SideFile): LegSide {
  const runDir = side['run-dir'] !== undefined ? { runDir: side['run-dir'] } : {}
  const source: LegSource =
    side.artifact !== undefined
      ? { kind: 'artifact', name: side.artifact, ...(side['run-id'] !== undefined && { runId: Number(side['run-id']) }), ...runDir }
      : side.zip !== undefined
        ? { kind: 'zip', path: side.zip, ...runDir }
        : { kind: 'path', path: side.path as string, ...runDir }
  return { source, label: side.label ?? defaultLabel(source) }
}

/** The parsed YAML/JSON document, or a UserError with the line and column of the first syntax error. */
async function parseManifestText(text: string, source: string): Promise<unknown> {
  const parseDocument = commonJsExport(await import('yaml'), 'parseDocument')
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  const error = doc.errors[0]
  if (error !== undefined) {
    const position = error.linePos?.[0]
    const message = (error.message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new UserError(`legs manifest ${source}: ${position ? `line ${position.line}, column ${position.col}: ` : ''}not valid YAML or JSON: ${message}`)
  }
  return doc.toJS()
}

/**
 * Parses and validates a manifest's text. `source` names it in messages (a file path, or
 * `inline`). Throws a one-line UserError for the first problem found.
 */
export async function parseLegsManifest(text: string, source: string): Promise<LegsManifest> {
  const data = await parseManifestText(text, source)
  const fail = (problem: string): never => {
    throw new UserError(`legs manifest ${source}: ${problem}`)
  }
  if (data === null || data === undefined) fail(`is empty; it needs a 'legs' list`)
  if (!validateLegsManifest(data)) fail(firstSchemaProblem(validateLegsManifest.errors ?? [], data))
  const file = data as ManifestFile
  const seen = new Map<string, number>()
  file.legs.forEach((leg, index) => {
    const first = seen.get(leg.name.toLowerCase())
    if (first !== undefined) fail(`${legRef(data, index)} (#${index + 1}): duplicate name; leg #${first + 1} is named '${file.legs[first]!.name}' (names are compared ignoring case: they name files)`)
    seen.set(leg.name.toLowerCase(), index)
  })
  return {
    source,
    legs: file.legs.map((leg) => ({ name: leg.name, left: toSide(leg.left), right: toSide(leg.right), ...(leg.policy !== undefined && { policy: leg.policy }) })),
    ...(file['fail-on'] !== undefined && { failOn: file['fail-on'] })
  }
}

/** Reads and validates the manifest file at `path` (see {@link parseLegsManifest}). */
export async function readLegsManifest(path: string): Promise<LegsManifest> {
  let text: string
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    if (info.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`)
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UserError(`legs manifest ${path}: ${oneLine(error).replace(/^ENOENT: no such file or directory.*$/, 'not found')}`)
  }
  return parseLegsManifest(text, path)
}

/**
 * The manifest from the action's `legs` input: the manifest itself when the value spans lines or
 * starts like a document (`legs:`, `{`), else the path of a manifest file.
 */
export async function loadLegsManifest(pathOrInline: string): Promise<LegsManifest> {
  const value = pathOrInline.trim()
  return value.includes('\n') || /^(legs\s*:|\{)/.test(value) ? parseLegsManifest(pathOrInline, 'inline') : readLegsManifest(value)
}
