/**
 * Defence in depth: an unexpected exception while handling one artifact (simulated by making two
 * comparers throw, with a stack-like multi-line message) becomes one error-severity finding
 * naming the artifact in one line; the verdict is `error` and every other artifact is still compared.
 */
import { jest } from '@jest/globals'

const boom = (): never => {
  throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at walk (/src/core/compare/x.ts:1:2)")
}

// Each mocked producer declares no kinds (`*_KINDS: {}`): the registry spreads them, and these
// mocks never make a finding of their kinds (document, csv-header).
jest.unstable_mockModule('../../src/core/compare/documents.js', () => ({
  DOCUMENT_KINDS: {},
  // The untouched fixture documents are equal under the policy, so [] is the real answer for the other two.
  diffDocument: async (id: string) => (id === 'run_health' ? boom() : [])
}))
jest.unstable_mockModule('../../src/core/compare/rankedCsv.js', () => ({ CSV_KINDS: {}, compareRankedCsv: boom, inspectRankedCsv: boom, readCsv: boom, compareCsvSides: boom, inspectCsvSide: boom, csvSpec: boom, readCsvHeader: boom, sameHeader: boom }))

const { compareRuns } = await import('../../src/core/compareRuns.js')
const { runCli } = await import('../../src/cli/main.js')
const { captureIO } = await import('../support/paths.js')
// Imported after the mocks: support.ts imports compareRuns, which must see the mocked comparers.
const { FILES, makePair, reportProblems } = await import('./support.js')

describe('an unexpected exception in one artifact', () => {
  it('is one finding naming the artifact; the rest is still compared', async () => {
    const pair = makePair()
    try {
      pair.editJson('right', FILES.jobs, (jobs) => void (jobs[0].score = 1))
      const report = await compareRuns({ left: { path: pair.left, label: 'aws' }, right: { path: pair.right, label: 'onprem' }, allowRunIdDrift: true })
      expect(reportProblems(report)).toEqual([])
      expect(report.verdict).toBe('error')
      const problem = "internal error: Cannot read properties of undefined (reading 'x')"
      expect(report.findings.filter((f) => f.kind === 'unreadable').map(({ artifact, severity, message }) => ({ artifact, severity, message }))).toEqual([
        { artifact: 'run_health', severity: 'error', message: `could not be compared (${problem})` },
        { artifact: 'ranked_csv:anthropic:tam', severity: 'error', message: `could not be compared (${problem})` },
        { artifact: 'ranked_csv:openai:cs', severity: 'error', message: `could not be compared (${problem})` }
      ])
      // The other artifacts were compared: the changed score is still found.
      expect(report.findings.filter((f) => f.kind === 'job-score').map((f) => [f.artifact, f.left, f.right])).toEqual([['ranked_json:openai:cs', 49, 1]])
      expect(report.presence.filter((row) => row.left !== 'present' || row.right !== 'present').map((row) => row.artifact)).toEqual([
        'ranked_csv:anthropic:tam',
        'ranked_csv:openai:cs'
      ])
    } finally {
      pair.remove()
    }
  })

  it('never reaches the CLI as a stack trace', async () => {
    const pair = makePair()
    try {
      const io = captureIO()
      const code = await runCli(['compare', pair.left, pair.right, '--allow-run-id-drift'], io)
      expect(code).toBe(2)
      expect(io.err()).toBe('')
      expect(io.out()).toMatch(/\nranked_csv:openai:cs \(\d+\)\n(?:  - .*\n)*  - \[unreadable\] could not be compared \(internal error: /)
      expect(io.out()).not.toMatch(/\n\s+at /)
    } finally {
      pair.remove()
    }
  })
})
