import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../../src/core/model/errors.js'
import { DEFAULT_LIMITS } from '../../../src/core/model/limits.js'
import { RunDir } from '../../../src/core/acquire/runDir.js'

function makeTree(): { base: string; run: string } {
  const base = mkdtempSync(join(tmpdir(), 'dualrun-rundir-'))
  const run = join(base, 'run')
  mkdirSync(join(run, 'sub'), { recursive: true })
  writeFileSync(join(run, 'sub', 'a.json'), '{"a":1}')
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET')
  symlinkSync(join(base, 'secret.txt'), join(run, 'link-out'))
  symlinkSync(join(run, 'sub', 'a.json'), join(run, 'link-in'))
  symlinkSync(base, join(run, 'dir-out'))
  symlinkSync(join(base, 'nowhere'), join(run, 'dangling'))
  return { base, run }
}

describe('RunDir confinement', () => {
  const { base, run } = makeTree()
  let dir: RunDir
  beforeAll(async () => {
    dir = await RunDir.open(run, 'left', 'aws', DEFAULT_LIMITS)
  })

  it('reads files inside, including through inside symlinks', async () => {
    expect(await dir.read('sub/a.json')).toMatchObject({ state: 'present', bytes: Buffer.from('{"a":1}') })
    expect(await dir.read('link-in')).toMatchObject({ state: 'present' })
  })
  it.each([
    ['../secret.txt', 'leaves the run directory'],
    ['sub/../../secret.txt', 'leaves the run directory'],
    [join(base, 'secret.txt'), 'is an absolute path'],
    ['link-out', 'is a symlink to a location outside the run directory'],
    ['dir-out/secret.txt', 'is a symlink to a location outside the run directory'],
    ['dangling', 'is a symlink that does not resolve']
  ])('refuses %s without reading it', async (path, problem) => {
    const result = await dir.read(path)
    expect(result).toEqual({ state: 'unreadable', relPath: path, problem, unsafe: true })
    expect(JSON.stringify(result)).not.toContain('TOP SECRET')
  })
  it('reports missing files and folders where a file belongs', async () => {
    expect(await dir.read('nope.json')).toEqual({ state: 'missing', relPath: 'nope.json' })
    expect(await dir.read('sub')).toEqual({ state: 'unreadable', relPath: 'sub', problem: 'is a directory, not a file', unsafe: false })
  })
  it('lists nothing through a symlink that points out', async () => {
    expect(await dir.list('dir-out')).toEqual([])
    expect((await dir.list('')).map((e) => e.name).sort()).toEqual(['dangling', 'dir-out', 'link-in', 'link-out', 'sub'])
  })
  it('refuses files over the size limit before reading them', async () => {
    const small = await RunDir.open(run, 'right', 'onprem', { ...DEFAULT_LIMITS, maxFileBytes: 3 })
    expect(await small.read('sub/a.json')).toEqual({
      state: 'unreadable',
      relPath: 'sub/a.json',
      problem: 'is 7 bytes, over the per-file limit of 3 (raise --max-file-size / max-file-size)',
      unsafe: false
    })
  })
  it('maps recorded paths into the run dir only when they lie inside it', () => {
    expect(dir.recordedToRelative('openai/cs/x.json')).toBe('openai/cs/x.json')
    expect(dir.recordedToRelative(join(run, 'openai/cs/x.json'))).toBe('openai/cs/x.json')
    expect(dir.recordedToRelative('/var/lib/jobintel/data/x.json')).toBeUndefined()
    expect(dir.recordedToRelative('../x.json')).toBeUndefined()
  })
  it('rejects a run dir that does not exist with a one-line UserError', async () => {
    await expect(RunDir.open(join(base, 'missing'), 'left', 'aws', DEFAULT_LIMITS)).rejects.toThrow(UserError)
    await expect(RunDir.open(join(run, 'sub', 'a.json'), 'left', 'aws', DEFAULT_LIMITS)).rejects.toThrow('not a directory')
  })
})
