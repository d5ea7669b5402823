/** RUNNER_TEMP: created when missing, or one line saying why it cannot be (never "unexpected error"). */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerTempDir } from '../../src/action/context.js'
import { UserError } from '../../src/core/model/errors.js'

describe('runnerTempDir', () => {
  it('creates a missing RUNNER_TEMP', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'dualrun-rt-')), 'a', 'b')
    expect(await runnerTempDir({ RUNNER_TEMP: folder })).toBe(folder)
    expect(existsSync(folder)).toBe(true)
  })

  it('says in one line when RUNNER_TEMP cannot be created', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dualrun-rt-')), 'file')
    writeFileSync(file, '')
    const error = await runnerTempDir({ RUNNER_TEMP: join(file, 'temp') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(new RegExp(`^RUNNER_TEMP ${join(file, 'temp')} does not exist and cannot be created \\(.*ENOTDIR.*\\); dualrun writes its downloads and reports there$`))
  })
})
