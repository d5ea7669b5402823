/** One rule for the read limits on both edges: the same text is accepted or refused alike, named as each edge spells it. */
import { UserError } from '../../../src/core/model/errors.js'
import { DEFAULT_LIMITS } from '../../../src/core/model/limits.js'
import { parsePositiveInteger, parseReadLimits, setting } from '../../../src/core/model/options.js'

const asFlag = (name: string): string => `--${name}`

describe('parseReadLimits', () => {
  it('takes the defaults for absent or empty values', () => {
    expect(parseReadLimits({}, asFlag)).toEqual(DEFAULT_LIMITS)
    expect(parseReadLimits({ 'max-file-size': '', 'max-artifact-size': '', 'max-files': '' }, asFlag)).toEqual(DEFAULT_LIMITS)
  })

  it('reads sizes with units and a whole file count', () => {
    expect(parseReadLimits({ 'max-file-size': '500MB', 'max-artifact-size': '4GiB', 'max-files': '20000' }, asFlag)).toEqual({
      maxFileBytes: 500_000_000,
      maxTotalBytes: 4 * 2 ** 30,
      maxFiles: 20_000
    })
  })

  it.each([
    ['max-files', '010', "--max-files must be a positive whole number; got '010'"],
    ['max-files', '0', "--max-files must be a positive whole number; got '0'"],
    ['max-files', '1e3', "--max-files must be a positive whole number; got '1e3'"],
    ['max-file-size', 'huge', "--max-file-size must be a whole number of bytes (1048576) or a number with a unit (500MB, 2GiB; units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB); got 'huge'"]
  ])('refuses %s %j with one line naming the setting', (name, value, message) => {
    expect(() => parseReadLimits({ [name]: value }, asFlag)).toThrow(new UserError(message))
    expect(() => parseReadLimits({ [name]: value }, (n) => `input ${n}`)).toThrow(new UserError(message.replace(`--${name}`, `input ${name}`)))
  })
})

describe('parsePositiveInteger and setting', () => {
  it('accepts digits without a leading zero only', () => {
    expect(['1', '42', '010', '0', '-1', '1.5', ' 7', '12345678901234567'].map(parsePositiveInteger)).toEqual([1, 42, undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('names the CLI flag and the action input together', () => {
    expect(setting('allow-run-id-drift')).toBe('--allow-run-id-drift / allow-run-id-drift')
  })
})
