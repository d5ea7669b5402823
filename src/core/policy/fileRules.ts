import picomatch from 'picomatch'
import type { EffectivePolicy, FileMode, FileRule } from '../model/types.js'

/** How the policy has one file compared: the first matching rule's mode, reason and ignore pointers. */
export interface FileClass {
  mode: FileMode
  reason?: string
  /** JSON pointers (with `*` for one segment) removed before a content comparison. */
  ignore: string[]
}

/** A compiled `files` list: classifies a run-dir relative path. */
export type FileClassifier = (relPath: string) => FileClass

const UNMATCHED: FileClass = { mode: 'content', ignore: [] }

/**
 * Compiles the policy's ordered `files` rules (picomatch globs: `*` within one folder, `**`
 * across folders, dot files matched too). The first rule that matches decides; a path no rule
 * matches is compared by `content`.
 */
export function compileFileRules(policy: EffectivePolicy): FileClassifier {
  const rules = policy.files.map((rule: FileRule) => ({
    matches: picomatch(rule.glob, { dot: true }),
    cls: {
      mode: rule.mode,
      ...(rule.reason !== undefined ? { reason: rule.reason } : {}),
      ignore: rule.ignore ?? []
    } satisfies FileClass
  }))
  return (relPath) => rules.find((rule) => rule.matches(relPath))?.cls ?? UNMATCHED
}
