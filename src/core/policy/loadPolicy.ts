import { readFile, stat } from 'node:fs/promises'
import { toViolations } from '../validate/ajv.js'
import { UserError, oneLine } from '../model/errors.js'
import { commonJsExport } from '../validate/lazyImport.js'
import { validatePolicy } from '../validate/validators.generated.js'
import type { EffectivePolicy, FileRule, RequiredKind, Severity } from '../model/types.js'
import { PRESETS, SIGNALCRAFT_V1 } from './preset.js'

/** A list in a policy file: an array replaces the preset's list, `{add, remove}` edits it. */
type ListEdit = string[] | { add?: string[]; remove?: string[] }

/** The shape of a user's policy file (validated against schemas/policy.v1.schema.json first). */
export interface PolicyFile {
  extends?: string
  name?: string
  volatileKeys?: ListEdit
  driftKeys?: ListEdit
  identityFields?: ListEdit
  scoreFields?: ListEdit
  ignore?: Partial<Record<keyof EffectivePolicy['ignore'], ListEdit>>
  numericTolerance?: number
  ordering?: EffectivePolicy['ordering']
  /** Per-field tolerances, merged over the preset's (a field given here replaces the preset's value). */
  tolerance?: Record<string, number>
  ranking?: { topK: number }
  /** An array replaces the preset's rules; `{add}` puts rules before them, so they match first. */
  files?: FileRule[] | { add: FileRule[] }
  acceptStatus?: ListEdit
  required?: RequiredKind[]
  integrity?: Severity
}

const MAX_POLICY_BYTES = 1024 * 1024

function applyEdit(base: readonly string[], edit: ListEdit | undefined): string[] {
  if (edit === undefined) return [...base]
  if (Array.isArray(edit)) return [...edit]
  const removed = new Set(edit.remove ?? [])
  const result = base.filter((item) => !removed.has(item))
  for (const item of edit.add ?? []) if (!result.includes(item)) result.push(item)
  return result
}

/** `base` with the entries of `extra` as own data properties (a `__proto__` field name stays a field). */
function ownEntries(base: Record<string, number>, extra: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>
  for (const [key, value] of [...Object.entries(base), ...Object.entries(extra ?? {})]) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return { ...out }
}

/** Merges a validated policy file onto its preset. */
function mergePolicy(file: PolicyFile, source: string): EffectivePolicy {
  const base = PRESETS[file.extends ?? SIGNALCRAFT_V1.name] ?? SIGNALCRAFT_V1
  const ignore = { ...base.ignore }
  for (const key of Object.keys(ignore) as (keyof EffectivePolicy['ignore'])[]) {
    ignore[key] = applyEdit(base.ignore[key], file.ignore?.[key])
  }
  const tolerance = file.tolerance !== undefined || base.tolerance !== undefined ? ownEntries({ ...base.tolerance }, file.tolerance) : undefined
  const ranking = file.ranking ?? base.ranking
  return {
    name: file.name ?? `${base.name}+${source}`,
    volatileKeys: applyEdit(base.volatileKeys, file.volatileKeys),
    driftKeys: applyEdit(base.driftKeys, file.driftKeys),
    ignore,
    identityFields: applyEdit(base.identityFields, file.identityFields),
    scoreFields: applyEdit(base.scoreFields, file.scoreFields),
    numericTolerance: file.numericTolerance ?? base.numericTolerance,
    ordering: file.ordering ?? base.ordering,
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(ranking !== undefined ? { ranking: { topK: ranking.topK } } : {}),
    files: file.files === undefined ? base.files : Array.isArray(file.files) ? file.files : [...file.files.add, ...base.files],
    acceptStatus: applyEdit(base.acceptStatus, file.acceptStatus),
    required: file.required ?? base.required,
    integrity: file.integrity ?? base.integrity
  }
}

/** Parses policy text: JSON for `.json` files, YAML (a superset of JSON) for anything else. */
async function parsePolicyText(text: string, path: string): Promise<unknown> {
  if (path.endsWith('.json')) return JSON.parse(text)
  const parse = commonJsExport(await import('yaml'), 'parse')
  return parse(text, { uniqueKeys: true })
}

/**
 * Loads the effective policy: the `signalcraft-v1` preset when nothing is given, a built-in preset
 * by its name (`signalcraft-published`), or the user's file extending a preset. Throws a UserError
 * naming the file and every schema violation when the file is invalid.
 */
export async function loadPolicy(path: string | undefined): Promise<EffectivePolicy> {
  if (path === undefined || path === '') return SIGNALCRAFT_V1
  const preset = Object.hasOwn(PRESETS, path) ? PRESETS[path] : undefined
  if (preset !== undefined) return preset
  let data: unknown
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    if (info.size > MAX_POLICY_BYTES) throw new Error(`larger than ${MAX_POLICY_BYTES} bytes`)
    data = await parsePolicyText(await readFile(path, 'utf8'), path)
  } catch (error) {
    throw new UserError(`policy ${path}: ${oneLine(error)}`)
  }
  if (!validatePolicy(data)) {
    const problems = toViolations(validatePolicy.errors)
      .filter((v) => !v.message.startsWith('must match exactly one schema'))
      .map((v) => `${v.pointer} ${v.message}`)
    throw new UserError(`policy ${path}: invalid: ${[...new Set(problems)].join('; ')}`)
  }
  const name = path.split(/[\\/]/).pop() ?? path
  return mergePolicy(data as PolicyFile, name)
}
