/**
 * A PASS is a proof (issue 8): on copies of the real upstream pair and m19c, every file is
 * accounted for, failed runs never pass, edits anywhere are caught, ranked files are found by the
 * union of run_summary and the convention; on the fixture pair, JSON over 8 MiB is still checked
 * exactly and a hard link is refused. Tests on ../shared copy before changing anything.
 */
import { cpSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { Finding, Report } from '../../src/core/model/types.js'
import { renderText } from '../../src/render/text.js'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

const available = upstreamAvailable('proof')
const realIt = available ? it : it.skip

/** A temp copy of two run dirs as `left/` and `right/`; removed after the test. */
function copyPair(left: string, right: string): { left: string; right: string; remove: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'dualrun-proof-'))
  cpSync(left, join(base, 'left'), { recursive: true })
  cpSync(right, join(base, 'right'), { recursive: true })
  return { left: join(base, 'left'), right: join(base, 'right'), remove: () => rmSync(base, { recursive: true, force: true }) }
}

async function compare(pair: { left: string; right: string }, policyFile?: string): Promise<Report> {
  const report = await compareRuns({
    left: { path: pair.left, label: 'aws' },
    right: { path: pair.right, label: 'onprem' },
    allowRunIdDrift: true,
    ...(policyFile !== undefined ? { policyFile } : {})
  })
  expect(reportSchemaErrors(report)).toEqual([])
  return report
}

const kinds = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.kind))].sort()

function editJson(path: string, edit: (value: any) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8'))
  edit(value)
  writeFileSync(path, JSON.stringify(value))
}

const REAL_LEFT = join(UPSTREAM, 'runs/left-aws-like')
const REAL_RIGHT = join(UPSTREAM, 'runs/right-onprem-like')

describe('the real pair', () => {
  realIt('PASSes with every one of its 30 files in the inventory, none ignored', async () => {
    const pair = copyPair(REAL_LEFT, REAL_RIGHT)
    try {
      const report = await compare(pair)
      expect(report.findings).toEqual([])
      expect(report.verdict).toBe('pass')
      expect(report.files).toHaveLength(30)
      expect(report.files.filter((f) => f.outcome !== 'same')).toEqual([])
      expect(report.files.filter((f) => f.mode === 'contract').map((f) => f.path)).toEqual(['artifacts/provider_availability_v1.json', 'run_health.v1.json', 'run_summary.v1.json'])
      expect(report.files.filter((f) => f.mode === 'ranked')).toHaveLength(3)
      expect(renderText(report)).toContain('files: 30 files: 30 compared\n')
    } finally {
      pair.remove()
    }
  })

  realIt('never PASSes two runs that both failed the same way', async () => {
    const pair = copyPair(REAL_LEFT, REAL_RIGHT)
    try {
      for (const dir of [pair.left, pair.right]) {
        editJson(join(dir, 'run_summary.v1.json'), (s) => (s.status = 'failed'))
        editJson(join(dir, 'run_health.v1.json'), (h) => {
          h.status = 'failed'
          h.failed_stage = 'score'
        })
      }
      const report = await compare(pair)
      const status = report.findings.filter((f) => f.kind === 'run-status')
      expect(status.map((f) => [f.side, f.artifact]).sort()).toEqual([
        ['left', 'run_health'],
        ['left', 'run_summary'],
        ['right', 'run_health'],
        ['right', 'run_summary']
      ])
      expect(status[0]?.message).toContain('failed_stage "score"')
      expect(report.verdict).toBe('fail')
    } finally {
      pair.remove()
    }
  })

  realIt('catches an edited shortlist, semantic scores and alerts on one side', async () => {
    const pair = copyPair(REAL_LEFT, REAL_RIGHT)
    try {
      const shortlist = join(pair.right, 'openai/cs/openai_shortlist.cs.md')
      writeFileSync(shortlist, readFileSync(shortlist, 'utf8').replace('Min score: **40**', 'Min score: **10**'))
      editJson(join(pair.right, 'semantic/scores_openai_cs.json'), (s) => (s.policy.max_boost = 6))
      editJson(join(pair.right, 'openai/cs/openai_alerts.cs.json'), (a) => (a.counts = { edited: true }))
      const report = await compare(pair)
      const byFile = (path: string): Finding[] => report.findings.filter((f) => f.artifact === `file:${path}`)
      expect(byFile('openai/cs/openai_shortlist.cs.md').map((f) => [f.kind, f.severity, f.pointer ?? null, f.left ?? null, f.right ?? null])).toEqual([
        ['content', 'error', '/3', 'Min score: **40**', 'Min score: **10**'],
        ['integrity', 'warning', null, null, expect.any(String)]
      ])
      expect(byFile('semantic/scores_openai_cs.json').map((f) => [f.kind, f.pointer, f.left, f.right])).toEqual([['content', '/policy/max_boost', 5, 6]])
      expect(kinds(byFile('openai/cs/openai_alerts.cs.json'))).toEqual(['content'])
      expect(report.verdict).toBe('fail')
      expect(report.files.filter((f) => f.outcome === 'differs').map((f) => f.path)).toEqual([
        'openai/cs/openai_alerts.cs.json',
        'openai/cs/openai_shortlist.cs.md',
        'semantic/scores_openai_cs.json'
      ])
    } finally {
      pair.remove()
    }
  })

  realIt('compares the ranked files on disk when both run_summaries list none (union discovery), with a warning each', async () => {
    const pair = copyPair(REAL_LEFT, REAL_RIGHT)
    try {
      for (const dir of [pair.left, pair.right]) editJson(join(dir, 'run_summary.v1.json'), (s) => (s.ranked_outputs = { ranked_json: [], ranked_csv: [], ranked_families_json: [], shortlist_md: [] }))
      // ...and a changed score on the right, which must still be found.
      editJson(join(pair.right, 'openai/cs/openai_ranked_jobs.cs.json'), (jobs) => (jobs[0].score = 34))
      const report = await compare(pair)
      expect(report.stats.map((s) => s.artifact)).toEqual(['ranked_json:openai:cs', 'ranked_csv:openai:cs', 'ranked_families_json:openai:cs'])
      expect(report.findings.filter((f) => f.kind === 'unrecorded')).toHaveLength(6)
      expect(report.findings.some((f) => f.kind === 'job-score' && f.artifact === 'ranked_json:openai:cs')).toBe(true)
      // The right run's CSV no longer is its JSON's projection.
      expect(report.findings.filter((f) => f.kind === 'inconsistent').map((f) => [f.side, f.artifact, f.pointer])).toEqual([['right', 'ranked_csv:openai:cs', '/0/score']])
    } finally {
      pair.remove()
    }
  })

  realIt('reports one job more in the ranked JSON than in the CSV of the same run as inconsistent', async () => {
    const pair = copyPair(REAL_LEFT, REAL_RIGHT)
    try {
      editJson(join(pair.right, 'openai/cs/openai_ranked_jobs.cs.json'), (jobs) => jobs.push({ ...jobs[18], job_id: 'an-extra-job' }))
      const report = await compare(pair)
      const inconsistent = report.findings.filter((f) => f.kind === 'inconsistent')
      expect(inconsistent.map((f) => [f.side, f.artifact, f.job])).toEqual([['right', 'ranked_csv:openai:cs', 'an-extra-job']])
      expect(inconsistent[0]?.message).toContain('ranked CSV (19 rows) is not the ranked JSON\'s (20 jobs) projection')
    } finally {
      pair.remove()
    }
  })
})

describe('the published layout (m19c)', () => {
  const pair = { left: join(UPSTREAM, 'm19c/primary'), right: join(UPSTREAM, 'm19c/dr') }

  realIt('is an error under signalcraft-v1: the v1 documents it never has are required', async () => {
    const report = await compare(pair)
    expect(report.verdict).toBe('error')
    expect(report.findings.filter((f) => f.kind === 'missing').map((f) => f.artifact).sort()).toEqual(
      ['provider_availability', 'provider_availability', 'run_health', 'run_health', 'run_summary', 'run_summary']
    )
  })

  realIt('PASSes under signalcraft-published, its five files compared', async () => {
    const report = await compare(pair, 'signalcraft-published')
    expect(report.findings).toEqual([])
    expect(report.verdict).toBe('pass')
    expect(report.policy.name).toBe('signalcraft-published')
    expect(report.files.map((f) => [f.path, f.mode, f.outcome])).toEqual([
      ['index.json', 'content', 'same'],
      ['openai/cs/openai_ranked_families.cs.json', 'ranked', 'same'],
      ['openai/cs/openai_ranked_jobs.cs.csv', 'ranked', 'same'],
      ['openai/cs/openai_ranked_jobs.cs.json', 'ranked', 'same'],
      ['openai/cs/openai_shortlist.cs.md', 'content', 'same']
    ])
  })
})

describe('exact at any size', () => {
  /** The fixture pair with the right openai/cs ranked JSON replaced by `text` (padded past 8 MiB). */
  async function withLargeRightJobs(edit: (jobsText: string) => string): Promise<Report> {
    const pair = copyPair(join(REPO_ROOT, 'fixtures/runs/aws'), join(REPO_ROOT, 'fixtures/runs/onprem'))
    try {
      for (const dir of [pair.left, pair.right]) {
        const path = join(dir, 'openai/cs/openai_ranked_jobs.cs.json')
        const jobs = JSON.parse(readFileSync(path, 'utf8'))
        // Over 8 MiB: every job carries a long, identical note (not a CSV column).
        for (const job of jobs) job.note = 'x'.repeat(400_000)
        const text = JSON.stringify(jobs)
        expect(text.length).toBeGreaterThan(8 * 1024 * 1024)
        writeFileSync(path, dir === pair.right ? edit(text) : text)
      }
      return await compare(pair)
    } finally {
      pair.remove()
    }
  }

  it('finds a duplicate key in a ranked JSON over 8 MiB', async () => {
    const report = await withLargeRightJobs((text) => text.replace('"score":', '"score":99,"score":'))
    const duplicate = report.findings.filter((f) => f.kind === 'unreadable' && f.artifact === 'ranked_json:openai:cs')
    expect(duplicate.map((f) => [f.side, f.pointer, f.severity])).toEqual([['right', '/0/score', 'error']])
    expect(report.verdict).toBe('fail')
  })

  it('finds a score a double cannot hold (2^53 + 1 vs 2^53) in a ranked JSON over 8 MiB', async () => {
    const report = await withLargeRightJobs((text) => text.replace(/"score":\d+/, '"score":9007199254740993'))
    const inexact = report.findings.filter((f) => f.kind === 'unreadable' && f.artifact === 'ranked_json:openai:cs')
    expect(inexact.map((f) => [f.side, f.pointer, f.severity, f.right])).toEqual([['right', '/0/score', 'error', '9007199254740993']])
    expect(report.verdict).toBe('fail')
  })
})

describe('byte-identical content JSON', () => {
  /** The fixture pair with `extra.json` holding `text` on both sides; its findings and inventory outcome. */
  async function withSameExtra(text: string | Buffer): Promise<{ findings: [string | undefined, string | undefined, string][]; outcome: string | undefined }> {
    const pair = copyPair(join(REPO_ROOT, 'fixtures/runs/aws'), join(REPO_ROOT, 'fixtures/runs/onprem'))
    try {
      for (const dir of [pair.left, pair.right]) writeFileSync(join(dir, 'extra.json'), text)
      const report = await compare(pair)
      return {
        findings: report.findings.filter((f) => f.path === 'extra.json').map((f) => [f.side, f.rule, f.severity]),
        outcome: report.files.find((f) => f.path === 'extra.json')?.outcome
      }
    } finally {
      pair.remove()
    }
  }

  it('is the same on both sides when clean: no finding', async () => {
    expect(await withSameExtra('{"a": [1, 2.5, "x\\u00e9"], "b": {"c": null}}')).toEqual({ findings: [], outcome: 'same' })
  })

  it('still reports what JSON.parse hides on each side: a repeated key, an inexact number, too deep, a byte-order mark, invalid JSON', async () => {
    expect(await withSameExtra('{"a": 1, "a": 2}')).toEqual({
      findings: [
        ['left', 'unreadable/duplicate-key', 'error'],
        ['right', 'unreadable/duplicate-key', 'error']
      ],
      outcome: 'differs'
    })
    // The same exact value on both sides: a warning each, and the files are the same.
    expect(await withSameExtra('{"n": 1e400}')).toEqual({
      findings: [
        ['left', 'unreadable/inexact-number', 'warning'],
        ['right', 'unreadable/inexact-number', 'warning']
      ],
      outcome: 'same'
    })
    expect((await withSameExtra('['.repeat(1001) + ']'.repeat(1001))).findings).toEqual([
      ['left', 'unreadable/too-deep', 'error'],
      ['right', 'unreadable/too-deep', 'error']
    ])
    expect((await withSameExtra('\ufeff{"a": 1}')).findings).toEqual([
      ['left', 'unreadable/byte-order-mark', 'warning'],
      ['right', 'unreadable/byte-order-mark', 'warning']
    ])
    expect((await withSameExtra('{"a": 1,}')).findings).toEqual([
      ['left', 'unreadable/invalid-json', 'error'],
      ['right', 'unreadable/invalid-json', 'error']
    ])
  })
})

describe('confinement', () => {
  it('refuses a ranked CSV that is a hard link (its other link may lie outside the run dir)', async () => {
    const pair = copyPair(join(REPO_ROOT, 'fixtures/runs/aws'), join(REPO_ROOT, 'fixtures/runs/onprem'))
    try {
      const csv = join(pair.right, 'openai/cs/openai_ranked_jobs.cs.csv')
      const outside = join(pair.right, '..', 'outside.csv')
      cpSync(csv, outside)
      rmSync(csv)
      linkSync(outside, csv)
      const report = await compare(pair)
      const refused = report.findings.filter((f) => f.kind === 'unsafe-path')
      expect(refused.map((f) => [f.side, f.artifact])).toEqual([['right', 'ranked_csv:openai:cs']])
      expect(refused[0]?.message).toContain('has 2 hard links')
      expect(report.files.find((f) => f.path === 'openai/cs/openai_ranked_jobs.cs.csv')).toMatchObject({ right: 'unsafe' })
      expect(report.verdict).toBe('error')
    } finally {
      pair.remove()
    }
  })
})
