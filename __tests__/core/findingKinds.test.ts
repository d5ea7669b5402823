import { readFileSync } from 'node:fs'
import { compareFindings, FINDING_KINDS, fingerprint, finding, PIPELINE_STAGES, sortFindings } from '../../src/core/findingKinds.js'
import { countFindings, verdictOf } from '../../src/core/report.js'
import type { Finding, PresenceRow } from '../../src/core/model/types.js'
import { VERSION } from '../../src/core/model/version.js'
import { REPO_ROOT } from '../support/paths.js'

describe('finding kind registry', () => {
  it('describes every kind completely', () => {
    for (const [kind, info] of Object.entries(FINDING_KINDS)) {
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(['error', 'warning']).toContain(info.severity)
      expect(info.description.length).toBeGreaterThan(20)
    }
  })
  it('has the mirrored pairs (added/removed)', () => {
    expect(FINDING_KINDS['job-added'].severity).toBe(FINDING_KINDS['job-removed'].severity)
  })
  it('gives every rule its kind as prefix, once', () => {
    const rules = Object.entries(FINDING_KINDS).flatMap(([kind, info]) => info.rules.map((rule) => [kind, rule] as const))
    for (const [kind, rule] of rules) expect(rule).toMatch(new RegExp(`^${kind}/[a-z0-9]+(-[a-z0-9]+)*$`))
    expect(new Set(rules.map(([, rule]) => rule)).size).toBe(rules.length)
  })
  it('is what the committed report schema enums were generated from (npm run build)', () => {
    const schema = JSON.parse(readFileSync(`${REPO_ROOT}schemas/dualrun-report.v1.schema.json`, 'utf8'))
    expect(schema.definitions.finding.properties.kind.enum).toEqual(Object.keys(FINDING_KINDS))
    expect(schema.definitions.finding.properties.rule.enum).toEqual(Object.values(FINDING_KINDS).flatMap((info) => info.rules))
  })
})

describe('order, fingerprint, verdict', () => {
  const a = finding('job-score', { artifact: 'ranked_json:openai:cs', job: 'j1', field: 'score', left: 35, right: 34, message: 'x' })
  const w = finding('integrity', { artifact: 'ranked_json:openai:cs', side: 'left', message: 'y' })
  const m = finding('missing', { artifact: 'run_health', side: 'right', message: 'z' })
  const presence: PresenceRow[] = [{ artifact: 'run_health', path: 'run_health.v1.json', left: 'present', right: 'missing' }]

  it('sorts in pipeline order: documents before ranked outputs, then by stage, then by rank, then errors before warnings', () => {
    const moved = finding('job-moved', { artifact: 'ranked_json:openai:cs', job: 'j2', field: 'rank', pointer: '/1', left: 2, right: 5, message: 'm' })
    const scoredLow = { ...a, pointer: '/7/score' }
    const scoredHigh = { ...a, job: 'j0', pointer: '/0/score' }
    const csv = finding('csv-header', { artifact: 'ranked_csv:openai:cs', message: 'h' })
    const otherList = finding('job-field', { artifact: 'ranked_json:anthropic:tam', job: 'k', field: 'title', pointer: '/3/title', message: 't' })
    expect([w, csv, moved, scoredLow, m, otherList, scoredHigh].sort(compareFindings)).toEqual([m, otherList, scoredHigh, scoredLow, moved, w, csv])
    expect(sortFindings([w, csv, moved, scoredLow, m, otherList, scoredHigh])).toEqual([m, otherList, scoredHigh, scoredLow, moved, w, csv])
  })
  it('gives every kind a pipeline stage', () => {
    for (const info of Object.values(FINDING_KINDS)) expect(PIPELINE_STAGES).toContain(info.stage)
  })
  it('fingerprints by content, not by message', () => {
    expect(fingerprint(a)).toBe(fingerprint({ ...a, message: 'reworded' }))
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprint(a)).not.toBe(fingerprint({ ...a, right: 33 }))
    expect(fingerprint(w)).not.toBe(fingerprint({ ...w, path: 'other.json' }))
    expect(fingerprint(w)).not.toBe(fingerprint({ ...w, rule: 'integrity/absent' }))
  })
  it('decides the verdict from the presence rows and run-dir problems, never from how findings look', () => {
    const present: PresenceRow[] = [{ ...presence[0]!, right: 'present' }]
    expect(verdictOf([], present)).toBe('pass')
    expect(verdictOf([w], present)).toBe('pass')
    expect(verdictOf([a, w], present)).toBe('fail')
    // A required artifact not present on one side: error, whatever the findings say.
    expect(verdictOf([a, m], presence)).toBe('error')
    expect(verdictOf([], presence)).toBe('error')
    // An unreadable finding without a pointer on a present artifact is an error finding, not an unusable artifact.
    expect(verdictOf([finding('unreadable', { artifact: 'run_health', side: 'left', message: 'repeated column' })], present)).toBe('fail')
    expect(verdictOf([finding('missing', { artifact: 'run_dir', side: 'left', message: 'artifact aws-run not found' })], [])).toBe('error')
    expect(verdictOf([a], present, true)).toBe('error')
  })
  it('counts by severity and kind', () => {
    const findings: Finding[] = [a, w, m]
    expect(countFindings(findings)).toEqual({ errors: 2, warnings: 1, total: 3, changes: 3, byKind: { 'job-score': 1, integrity: 1, missing: 1 } })
  })
  it('keeps VERSION equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')).version)
  })
})
