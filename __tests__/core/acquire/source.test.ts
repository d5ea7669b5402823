/** Acquisition of one side: a run dir, a folder of run dirs (by name, `latest`), a zip of either; every failure says what was looked for and found. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acquireRunDir, locateRunDir } from '../../../src/core/acquire/source.js'
import { UnusableSideError } from '../../../src/core/model/errors.js'
import { REPO_ROOT } from '../../support/paths.js'
import { makeStateDir } from '../../support/stateDir.js'
import { makeZip, zipFolder } from '../../support/zip.js'

const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
const RUNS = [
  { folder: 'runs/20261125T052901Z', createdAt: '2026-11-25T05:29:02Z' },
  { folder: 'runs/20261127T052901Z', createdAt: '2026-11-27T05:29:02Z' },
  { folder: 'runs/20261126T052901Z', createdAt: '2026-11-26T05:29:02Z' }
]

async function failure(work: Promise<unknown>): Promise<UnusableSideError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UnusableSideError)
  return error as UnusableSideError
}

describe('acquireRunDir', () => {
  it('takes a run dir as it is, and the only run dir inside a folder', async () => {
    expect((await acquireRunDir({ path: AWS })).root).toBe(AWS)
    const state = makeStateDir([RUNS[0]!])
    expect((await acquireRunDir({ path: state })).root).toBe(join(state, RUNS[0]!.folder))
  })

  it('refuses to guess between several run dirs, listing them and naming the setting', async () => {
    const state = makeStateDir(RUNS)
    const error = await failure(acquireRunDir({ path: state, runDirSetting: '--left-run-dir / left-run-dir' }))
    expect(error.message).toBe(
      `${state} holds 3 run dirs (runs/20261125T052901Z, runs/20261126T052901Z, runs/20261127T052901Z); set --left-run-dir / left-run-dir to one of them, or to latest for the newest created_at_utc`
    )
    expect(error.kind).toBe('unreadable')
  })

  it('picks latest by the newest created_at_utc, not by folder name', async () => {
    const state = makeStateDir([
      { folder: 'b-older', createdAt: '2026-11-25T05:29:02Z' },
      { folder: 'a-newer', createdAt: '2026-11-27T05:29:02Z' }
    ])
    expect((await acquireRunDir({ path: state, runDir: 'latest' })).root).toBe(join(state, 'a-newer'))
  })

  it('refuses latest when two run dirs tie, naming both', async () => {
    const state = makeStateDir([
      { folder: 'x', createdAt: '2026-11-27T05:29:02Z' },
      { folder: 'y', createdAt: '2026-11-27T05:29:02Z' }
    ])
    expect((await failure(acquireRunDir({ path: state, runDir: 'latest' }))).message).toBe(
      `${state}: --run-dir / run-dir is latest, but 2 run dirs share the newest created_at_utc (x, y); set --run-dir / run-dir to one of them`
    )
  })

  it('takes a run dir by its path or by its folder name', async () => {
    const state = makeStateDir(RUNS)
    expect((await acquireRunDir({ path: state, runDir: 'runs/20261126T052901Z' })).root).toBe(join(state, 'runs/20261126T052901Z'))
    expect((await acquireRunDir({ path: state, runDir: '20261126T052901Z' })).root).toBe(join(state, 'runs/20261126T052901Z'))
    // A folder holding exactly one run dir is as good as the run dir.
    const one = makeStateDir([RUNS[0]!])
    expect((await acquireRunDir({ path: one, runDir: 'runs' })).root).toBe(join(one, RUNS[0]!.folder))
  })

  it('answers a name that matches none with what is there and the closest names', async () => {
    const state = makeStateDir(RUNS)
    const error = await failure(acquireRunDir({ path: state, runDir: '20261127T052091Z', runDirSetting: '--right-run-dir / right-run-dir' }))
    expect(error.kind).toBe('missing')
    expect(error.message).toBe(
      `${state}: --right-run-dir / right-run-dir '20261127T052091Z' is not a folder in it; run dirs there: runs/20261125T052901Z, runs/20261126T052901Z, runs/20261127T052901Z; did you mean 20261127T052901Z, 20261125T052901Z, 20261126T052901Z?`
    )
  })

  it('refuses a run-dir that leaves the folder', async () => {
    const state = makeStateDir(RUNS)
    const error = await failure(acquireRunDir({ path: state, runDir: '../elsewhere' }))
    expect([error.kind, error.message]).toEqual(['unsafe-path', `${state}: --run-dir / run-dir '../elsewhere' points outside it`])
  })

  it('says what is at the top of a folder that holds no run dir', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dualrun-norun-'))
    mkdirSync(join(empty, 'logs'))
    writeFileSync(join(empty, 'README'), 'x')
    const error = await failure(acquireRunDir({ path: empty }))
    expect([error.kind, error.message]).toEqual([
      'missing',
      `${empty} holds no run dir: no run_summary.v1.json within 6 folders of its top (at its top: README, logs); point to the run dir, or set --run-dir / run-dir to the folder inside that is one`
    ])
  })

  it('takes a folder in the published layout (index.json or ranked outputs, no run_summary) as the run dir itself', async () => {
    for (const file of ['index.json', 'openai/cs/openai_ranked_jobs.cs.json']) {
      const published = mkdtempSync(join(tmpdir(), 'dualrun-published-'))
      mkdirSync(join(published, 'openai/cs'), { recursive: true })
      writeFileSync(join(published, file), '[]')
      const acquired = await acquireRunDir({ path: published })
      expect(acquired.root).toBe(published)
      await acquired.cleanup()
    }
  })

  it('extracts a zip of a state dir, finds latest inside, and removes the extraction on cleanup', async () => {
    const state = makeStateDir(RUNS)
    const dir = mkdtempSync(join(tmpdir(), 'dualrun-zipsrc-'))
    const zip = join(dir, 'onprem-run.zip')
    writeFileSync(zip, zipFolder(state))
    const temp = mkdtempSync(join(tmpdir(), 'dualrun-temp-'))
    const acquired = await acquireRunDir({ path: zip, runDir: 'latest', tempDir: temp, tempPrefix: 'dualrun-right-' })
    expect(acquired.root.endsWith(join('runs', '20261127T052901Z'))).toBe(true)
    expect(existsSync(join(acquired.root, 'run_summary.v1.json'))).toBe(true)
    await acquired.cleanup()
    expect(readdirSync(temp)).toEqual([])
  })

  it('refuses an unsafe zip with one problem per entry and extracts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualrun-zipsrc-'))
    const zip = join(dir, 'evil.zip')
    writeFileSync(zip, makeZip([{ name: '../escaped.json', data: Buffer.from('{}') }]))
    const temp = mkdtempSync(join(tmpdir(), 'dualrun-temp-'))
    const error = await failure(acquireRunDir({ path: zip, tempDir: temp }))
    expect(error.kind).toBe('unsafe-path')
    expect(error.problems).toEqual([`${zip}: entry "../escaped.json" leaves the artifact (a .. segment); the artifact was not extracted`])
    expect(readdirSync(temp)).toEqual([])
  })

  it('says a file that is not a zip is neither a folder nor a zip', async () => {
    const file = join(AWS, 'run_summary.v1.json')
    expect((await failure(acquireRunDir({ path: file }))).message).toBe(`${file}: neither a folder nor a zip file (expected a run dir, a folder holding run dirs, or a zip of one)`)
  })

  it('prefers the top when the folder itself is a run dir', async () => {
    expect(await locateRunDir(AWS, undefined, 'x')).toBe(AWS)
  })
})
