import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { REPO_ROOT } from './paths.js'

const schema = JSON.parse(readFileSync(`${REPO_ROOT}schemas/dualrun-report.v1.schema.json`, 'utf8')) as object
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)

/** The violations of `dualrun-report/v1` in a report (empty when it is valid). */
export function reportSchemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
}
