// Types of the validators that scripts/build-validators.mjs generates from schemas/*.json.
import type { AjvErrorLike } from '../ajvErrors.js'

/** A precompiled Ajv validator: returns true when valid, else sets `errors` (all of them). */
export interface CompiledValidator {
  (data: unknown): boolean
  errors?: AjvErrorLike[] | null
}

export declare const validateRunSummary: CompiledValidator
export declare const validateRunHealth: CompiledValidator
export declare const validateProviderAvailability: CompiledValidator
export declare const validatePolicy: CompiledValidator
export declare const validateLegsManifest: CompiledValidator
