/** The part of Ajv's ErrorObject that dualrun reads (structurally typed, so core needs no ajv import). */
export interface AjvErrorLike {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** One schema violation: where (JSON pointer, `/` for the root) and what, in one readable line. */
export interface SchemaViolation {
  pointer: string
  message: string
}

/** Turns Ajv errors into violations with messages that name the offending key or allowed values. */
export function toViolations(errors: readonly AjvErrorLike[] | null | undefined): SchemaViolation[] {
  return (errors ?? []).map((e) => {
    const pointer = e.instancePath === '' ? '/' : e.instancePath
    let message = e.message ?? e.keyword
    if (e.keyword === 'additionalProperties') message = `unknown key '${String(e.params.additionalProperty)}'`
    else if (e.keyword === 'required') message = `missing required key '${String(e.params.missingProperty)}'`
    else if (e.keyword === 'enum') message = `must be one of ${JSON.stringify(e.params.allowedValues)}`
    return { pointer, message }
  })
}
