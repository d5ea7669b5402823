import * as core from '@actions/core'

/**
 * Secrets the action holds (the github-token, the runner's runtime token). Each is masked in the
 * runner's log (`::add-mask::`) and, because a masked log is not the only place text goes (the PR
 * comment, the check run, the job summary, the report), removed by {@link redact} from every
 * message the action builds out of an error.
 */

/** Every secret registered in this process, longest first so that one containing another is replaced whole. */
const secrets: string[] = []

/** Shapes of credentials that must never be echoed even when not registered: GitHub tokens, JWTs, `Authorization` values. */
const CREDENTIAL_SHAPES = /\bgh[pousr]_[A-Za-z0-9_]{16,}|\bgithub_pat_[A-Za-z0-9_]{16,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g

/** A credential after the word that introduces it: `Authorization: token …`, `Bearer …`, `token=…`. */
const INTRODUCED_CREDENTIAL = /\b(authorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)?\s*|bearer\s+|token["']?\s*[:=]\s*["']?)[^\s"',;]{8,}/gi

/** Query strings of URLs (signed blob URLs carry their signature there). */
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi

/** Masks `value` in the runner's log and remembers it for {@link redact}. Empty values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (!value || secrets.includes(value)) return
  core.setSecret(value)
  secrets.push(value)
  secrets.sort((a, b) => b.length - a.length)
}

/**
 * `text` with every registered secret, anything shaped like a credential and every URL query
 * string replaced by `***`. Applied to every error text the action prints or posts.
 */
export function redact(text: string): string {
  let clean = text
  for (const secret of secrets) clean = clean.split(secret).join('***')
  return clean.replace(CREDENTIAL_SHAPES, '***').replace(INTRODUCED_CREDENTIAL, '$1***').replace(URL_QUERY, '$1?***')
}
