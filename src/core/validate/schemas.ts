import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toViolations, type SchemaViolation } from './ajv.js'
import { UserError, oneLine } from '../model/errors.js'
import { commonJsExport } from './lazyImport.js'
import { validateProviderAvailability, validateRunHealth, validateRunSummary, type CompiledValidator } from './validators.generated.js'
import type { DocumentId, JsonValue } from '../model/types.js'
import type { KindTable } from '../model/finding.js'

/** The kinds the validate stage stands for (compareRuns makes them from this module's violations). */
export const SCHEMA_KINDS = {
  schema: {
    severity: 'error',
    category: 'validity',
    stage: 'run-status',
    description: 'a contract document violates its JSON Schema. There is one finding per violation',
    fields: 'side, path, pointer',
    rules: []
  }
} as const satisfies KindTable

/** Validates one contract document, returning every violation (empty when valid). */
export type DocumentValidator = (id: DocumentId, value: JsonValue) => SchemaViolation[]

const BUILTIN: Record<DocumentId, CompiledValidator> = {
  run_summary: validateRunSummary,
  run_health: validateRunHealth,
  provider_availability: validateProviderAvailability
}

function runValidator(validator: CompiledValidator, value: JsonValue): SchemaViolation[] {
  return validator(value) ? [] : toViolations(validator.errors)
}

/** The shipped schemas, precompiled at build time (no Ajv at start-up). */
export const builtinValidator: DocumentValidator = (id, value) => runValidator(BUILTIN[id], value)

/**
 * Validators from a folder of the user's own schema files, compiled with Ajv (loaded only here).
 * Each document's schema is the folder's file whose name starts with the document id and ends
 * in `.json` (upstream's `run_summary.schema.v1.json` and ours `run_summary.v1.schema.json` both match).
 */
export async function loadUserValidator(dir: string): Promise<DocumentValidator> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    throw new UserError(`schemas ${dir}: not a readable folder`)
  }
  const Ajv = commonJsExport(await import('ajv'), 'Ajv')
  const ajv = new Ajv({ allErrors: true, strict: false })
  const compiled = {} as Record<DocumentId, CompiledValidator>
  for (const id of Object.keys(BUILTIN) as DocumentId[]) {
    const name = names.find((n) => n.startsWith(`${id}.`))
    if (name === undefined) throw new UserError(`schemas ${dir}: no schema file for ${id} (expected ${id}.*.json)`)
    const file = join(dir, name)
    try {
      compiled[id] = ajv.compile(JSON.parse(await readFile(file, 'utf8')) as object) as CompiledValidator
    } catch (error) {
      throw new UserError(`schema ${file}: ${oneLine(error)}`)
    }
  }
  return (id, value) => runValidator(compiled[id], value)
}
