import { formatBytes, parseByteSize } from '../../../src/core/model/byteSize.js'

describe('parseByteSize', () => {
  it.each([
    ['1048576', 1_048_576],
    ['1', 1],
    ['500MB', 500_000_000],
    ['500 mb', 500_000_000],
    ['2GiB', 2 * 2 ** 30],
    ['512MiB', 512 * 2 ** 20],
    ['1.5 KiB', 1536],
    ['10kb', 10_000],
    ['3TB', 3e12],
    [' 7B ', 7]
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes)
  })

  it.each(['', '0', '0.1', '-5', 'MB', '5 parsecs', '1e9', '5 M B', '99999999999 TiB'])('rejects %j', (text) => {
    expect(parseByteSize(text)).toBeUndefined()
  })
})

describe('formatBytes', () => {
  it('gives exact bytes with a binary-unit reading', () => {
    expect([formatBytes(512), formatBytes(536_870_912), formatBytes(3_000_000_000)]).toEqual(['512 bytes', '536,870,912 bytes (512 MiB)', '3,000,000,000 bytes (2.8 GiB)'])
  })
})
