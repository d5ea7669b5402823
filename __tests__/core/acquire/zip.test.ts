import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractZip, ZipRefusedError, type ZipRefusal } from '../../../src/core/acquire/zip.js'
import { makeZip, type ZipEntry } from '../../support/zip.js'

const LIMITS = { maxFileBytes: 1_000_000, maxTotalBytes: 2_000_000, maxFiles: 100 }

/** Writes a zip of `entries` into a fresh folder; returns the zip and an empty `out` folder beside it. */
function setUp(entries: ZipEntry[]): { dir: string; zip: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dualrun-zip-'))
  const zip = join(dir, 'artifact.zip')
  writeFileSync(zip, makeZip(entries))
  const out = join(dir, 'out')
  mkdirSync(out)
  return { dir, zip, out }
}

/** The refusal extractZip throws for `entries` (failing the test when it extracts). */
async function refusalOf(entries: ZipEntry[], limits = LIMITS): Promise<{ refusal: ZipRefusal; dir: string; out: string }> {
  const { dir, zip, out } = setUp(entries)
  const error = await extractZip(zip, out, limits).then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof ZipRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`)
  return { refusal: error.refusal, dir, out }
}

const text = (s: string) => Buffer.from(s, 'utf8')

describe('extractZip', () => {
  it('extracts stored and deflated files and folders', async () => {
    const { zip, out } = setUp([
      { name: 'run/', data: Buffer.alloc(0) },
      { name: 'run/run_summary.v1.json', data: text('{"run_id":"r1"}') },
      { name: 'run/openai/cs/ranked.json', data: text('[1,2,3]'.repeat(100)), deflate: true },
      { name: 'run/./notes.md', data: text('# notes') }
    ])
    expect(await extractZip(zip, out, LIMITS)).toBe(3)
    expect(readFileSync(join(out, 'run/run_summary.v1.json'), 'utf8')).toBe('{"run_id":"r1"}')
    expect(readFileSync(join(out, 'run/openai/cs/ranked.json'), 'utf8')).toBe('[1,2,3]'.repeat(100))
    expect(readdirSync(join(out, 'run')).sort()).toEqual(['notes.md', 'openai', 'run_summary.v1.json'])
  })

  it('refuses every entry that would escape or is not a plain file, naming each, and writes nothing', async () => {
    const { refusal, dir, out } = await refusalOf([
      { name: 'run_summary.v1.json', data: text('{}') },
      { name: '../evil.json', data: text('pwned') },
      { name: 'a/../../evil2.json', data: text('pwned') },
      { name: '..\\..\\evil3.json', data: text('pwned') },
      { name: '/etc/cron.d/evil', data: text('pwned') },
      { name: 'C:/Windows/evil', data: text('pwned') },
      { name: 'link', data: text('/etc'), unixMode: 0o120777 },
      { name: 'fifo', data: Buffer.alloc(0), unixMode: 0o010644 },
      { name: 'nul\0.json', data: text('x') },
      { name: 'run_summary.v1.json', data: text('{"second":true}') }
    ])
    expect(refusal).toEqual({
      reason: 'unsafe',
      entries: [
        { name: '../evil.json', problem: 'leaves the artifact (a .. segment)' },
        { name: 'a/../../evil2.json', problem: 'leaves the artifact (a .. segment)' },
        { name: '../../evil3.json', problem: 'leaves the artifact (a .. segment)' },
        { name: '/etc/cron.d/evil', problem: 'is an absolute path' },
        { name: 'C:/Windows/evil', problem: 'starts with a drive letter' },
        { name: 'link', problem: 'is a symbolic link (artifacts hold regular files only; links are never followed or created)' },
        { name: 'fifo', problem: 'is a special file, not a regular file or folder' },
        { name: 'nul\0.json', problem: 'contains a NUL byte' },
        { name: 'run_summary.v1.json', problem: 'appears twice (a later copy would replace the first)' }
      ]
    })
    expect(readdirSync(out)).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(['artifact.zip', 'out'])
  })

  it('refuses more entries than max-files before reading them', async () => {
    const entries = ['a', 'b', 'c'].map((name) => ({ name, data: text(name) }))
    expect((await refusalOf(entries, { ...LIMITS, maxFiles: 2 })).refusal).toEqual({ reason: 'limit', limit: 'maxFiles', value: 3 })
  })

  it('refuses an entry whose declared size is over the per-file limit, without inflating it (a 3 GB bomb)', async () => {
    const bomb = { name: 'big.json', data: Buffer.alloc(10_000), deflate: true, declaredSize: 3_000_000_000 }
    expect((await refusalOf([bomb])).refusal).toEqual({ reason: 'limit', limit: 'maxFileBytes', value: 3_000_000_000, entry: 'big.json' })
  })

  it('refuses entries whose sizes add up to more than the per-artifact limit', async () => {
    const entries = [1, 2, 3].map((i) => ({ name: `f${i}`, data: Buffer.alloc(800_000) }))
    expect((await refusalOf(entries)).refusal).toEqual({ reason: 'limit', limit: 'maxTotalBytes', value: 2_400_000 })
  })

  it('refuses a compression ratio deflate cannot produce', async () => {
    const entry = { name: 'ratio.json', data: Buffer.alloc(1_000), deflate: true, declaredSize: 900_000 }
    const { refusal } = await refusalOf([entry])
    expect(refusal).toMatchObject({ reason: 'ratio', entry: 'ratio.json', uncompressed: 900_000 })
  })

  it('refuses an entry that holds more bytes than it declares, and a file that is no zip', async () => {
    const liar = { name: 'liar.json', data: Buffer.alloc(5_000, 'a'), deflate: true, declaredSize: 100 }
    expect((await refusalOf([liar])).refusal).toEqual({ reason: 'corrupt', detail: 'too many bytes in the stream. expected 100. got at least 5000' })
    const { dir, out } = setUp([])
    writeFileSync(join(dir, 'not.zip'), 'this is not a zip')
    const error = await extractZip(join(dir, 'not.zip'), out, LIMITS).catch((e: unknown) => e)
    expect((error as ZipRefusedError).refusal).toEqual({ reason: 'corrupt', detail: 'End of central directory record signature not found. Either not a zip file, or file is truncated.' })
    expect(readdirSync(out)).toEqual([])
  })
})
