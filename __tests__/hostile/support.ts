/**
 * Helpers for the hostile-input tests: a fresh temp copy of the fixture pair (fixtures/runs/aws as
 * left, fixtures/runs/onprem as right) to mutate, and the checks every hostile report must pass.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { ReadLimits } from '../../src/core/model/limits.js'
import type { Finding, JsonValue, Report, Side } from '../../src/core/model/types.js'
import { renderText } from '../../src/render/text.js'
import { REPO_ROOT } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

/** A temp copy of the fixture pair: `base` holds `left/`, `right/` and room for files outside both. */
export interface RunPair {
  base: string
  left: string
  right: string
  /** Absolute path of `rel` inside one side's run dir. */
  path(side: Side, rel: string): string
  /** Reads one side's file as text. */
  text(side: Side, rel: string): string
  /** Writes one side's file (text or bytes). */
  write(side: Side, rel: string, content: string | Uint8Array): void
  /** Parses one side's JSON file, lets `edit` change it (or return a replacement), writes it back compactly. */
  editJson(side: Side, rel: string, edit: (value: any) => JsonValue | void): void
  remove(): void
}

/** The fixture files dualrun reads, relative to a run dir. */
export const FILES = {
  summary: 'run_summary.v1.json',
  health: 'run_health.v1.json',
  availability: 'artifacts/provider_availability_v1.json',
  jobs: 'openai/cs/openai_ranked_jobs.cs.json',
  csv: 'openai/cs/openai_ranked_jobs.cs.csv',
  families: 'openai/cs/openai_ranked_families.cs.json'
} as const

/** Copies fixtures/runs/aws and fixtures/runs/onprem into a new temp folder. */
export function makePair(): RunPair {
  const base = mkdtempSync(join(tmpdir(), 'dualrun-hostile-'))
  const left = join(base, 'left')
  const right = join(base, 'right')
  cpSync(join(REPO_ROOT, 'fixtures/runs/aws'), left, { recursive: true })
  cpSync(join(REPO_ROOT, 'fixtures/runs/onprem'), right, { recursive: true })
  const root = (side: Side): string => (side === 'left' ? left : right)
  const pair: RunPair = {
    base,
    left,
    right,
    path: (side, rel) => join(root(side), rel),
    text: (side, rel) => readFileSync(join(root(side), rel), 'utf8'),
    write: (side, rel, content) => writeFileSync(join(root(side), rel), content),
    editJson: (side, rel, edit) => {
      const value = JSON.parse(pair.text(side, rel)) as JsonValue
      const replaced = edit(value)
      pair.write(side, rel, JSON.stringify(replaced === undefined ? value : replaced))
    },
    remove: () => rmSync(base, { recursive: true, force: true })
  }
  return pair
}

/** Compares the pair as the real workflow does (run-id drift allowed). */
export async function comparePair(pair: RunPair, limits: Partial<ReadLimits> = {}): Promise<Report> {
  const options = { left: { path: pair.left, label: 'aws' }, right: { path: pair.right, label: 'onprem' }, allowRunIdDrift: true, limits }
  // Every hostile case also checks that the fast path (ranked tasks, byte-compared rows) and the plain path report the same.
  const [fast, plain] = [await compareRuns({ ...options, rankedEngine: 'inline' }), await compareRuns({ ...options, rankedEngine: 'plain' })]
  expect(fast).toEqual(plain)
  return fast
}

/**
 * What every report on hostile input must satisfy: valid `dualrun-report/v1`, every message one
 * line without a stack frame or a raw control character, and a text rendering without ESC.
 */
export function reportProblems(report: Report): string[] {
  const problems = reportSchemaErrors(report).map((e) => `schema: ${e}`)
  for (const f of report.findings) {
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(f.message)) problems.push(`control character in message: ${JSON.stringify(f.message)}`)
    if (/\bat .*\(.*:\d+:\d+\)/.test(f.message)) problems.push(`stack frame in message: ${f.message}`)
  }
  if (renderText(report).includes('\u001b')) problems.push('raw ESC in the text rendering')
  return problems
}

/** An expected finding: its kind, side and artifact exactly, the pointer when given, and the key part of the message. */
export interface ExpectedFinding {
  kind: Finding['kind']
  severity?: Finding['severity']
  side?: Side
  artifact: string
  pointer?: string
  message: string
}

/** The findings of a report in the shape of ExpectedFinding (severity, side and pointer only where set). */
export function shapeOf(f: Finding): Omit<ExpectedFinding, 'message'> {
  return {
    kind: f.kind,
    severity: f.severity,
    artifact: f.artifact,
    ...(f.side !== undefined ? { side: f.side } : {}),
    ...(f.pointer !== undefined ? { pointer: f.pointer } : {})
  }
}
