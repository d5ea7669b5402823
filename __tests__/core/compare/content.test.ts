/**
 * Text content files are diffed line by line: an added or removed line is one difference (not a
 * shift of every later line), a changed line names both line numbers when they differ, and past
 * MAX_LINE_EDITS edits lines are paired by position.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_LINE_EDITS } from '../../../src/core/compare/content.js'
import { compareRuns } from '../../../src/core/compareRuns.js'
import type { Finding } from '../../../src/core/model/types.js'
import { REPO_ROOT } from '../../support/paths.js'

/** The findings on `notes.md` when the fixture pair holds `left` and `right` there, and its outcome. */
async function notesDiff(left: string, right: string): Promise<{ findings: Pick<Finding, 'pointer' | 'left' | 'right' | 'message'>[]; outcome: string | undefined }> {
  const base = mkdtempSync(join(tmpdir(), 'dualrun-content-'))
  try {
    const runs = { left: join(base, 'left'), right: join(base, 'right') }
    cpSync(join(REPO_ROOT, 'fixtures/runs/aws'), runs.left, { recursive: true })
    cpSync(join(REPO_ROOT, 'fixtures/runs/onprem'), runs.right, { recursive: true })
    writeFileSync(join(runs.left, 'notes.md'), left)
    writeFileSync(join(runs.right, 'notes.md'), right)
    const report = await compareRuns({ left: { path: runs.left, label: 'aws' }, right: { path: runs.right, label: 'onprem' }, allowRunIdDrift: true })
    return {
      findings: report.findings
        .filter((f) => f.path === 'notes.md' || f.artifact === 'file:notes.md')
        .map((f) => ({ pointer: f.pointer, ...(f.left !== undefined ? { left: f.left } : {}), ...(f.right !== undefined ? { right: f.right } : {}), message: f.message })),
      outcome: report.files.find((f) => f.path === 'notes.md')?.outcome
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

const lines = (n: number, word = 'line'): string[] => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`)

describe('text content files', () => {
  it('reports a line added in the middle and a line changed after it once each, with both line numbers', async () => {
    const left = lines(50)
    const right = [...left.slice(0, 9), 'a new line', ...left.slice(9)]
    right[40] = 'changed'
    const diff = await notesDiff(left.join('\n'), right.join('\n'))
    expect(diff.findings).toEqual([
      { pointer: '/10', right: 'a new line', message: 'line 10 added: "a new line"' },
      { pointer: '/40', left: 'line 40', right: 'changed', message: 'line 40 (now line 41): "line 40" != "changed"' }
    ])
    expect(diff.outcome).toBe('differs')
  })

  it('reports a removed line once, and an added last line', async () => {
    const left = lines(30)
    expect((await notesDiff(left.join('\n'), [...left.slice(0, 4), ...left.slice(5)].join('\n'))).findings).toEqual([
      { pointer: '/5', left: 'line 5', message: 'line 5 removed: "line 5"' }
    ])
    expect((await notesDiff(left.join('\n'), [...left, 'Edited by hand.'].join('\n'))).findings).toEqual([
      { pointer: '/31', right: 'Edited by hand.', message: 'line 31 added: "Edited by hand."' }
    ])
  })

  it('pairs a block of changed lines in order', async () => {
    const left = lines(20)
    const right = [...left]
    right.splice(7, 2, 'new 8', 'new 9', 'new 9b')
    expect((await notesDiff(left.join('\n'), right.join('\n'))).findings.map((f) => [f.pointer, f.left, f.right])).toEqual([
      ['/8', 'line 8', 'new 8'],
      ['/9', 'line 9', 'new 9'],
      ['/10', undefined, 'new 9b']
    ])
  })

  it('pairs lines by position past the edit limit, listing five and counting the rest', async () => {
    const count = MAX_LINE_EDITS + 100
    const diff = await notesDiff(lines(count).join('\n'), lines(count, 'other').join('\n'))
    expect(diff.findings).toHaveLength(5)
    expect(diff.findings[0]).toEqual({ pointer: '/1', left: 'line 1', right: 'other 1', message: 'line 1: "line 1" != "other 1"' })
    expect(diff.findings[4]?.message).toBe(`line 5: "line 5" != "other 5" (and ${count - 5} more differing lines in this file)`)
  })

  it('finds no difference in the same lines with other line breaks', async () => {
    expect(await notesDiff(lines(5).join('\n'), lines(5).join('\r\n'))).toEqual({ findings: [], outcome: 'same' })
  })
})
