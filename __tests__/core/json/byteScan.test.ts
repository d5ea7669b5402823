import { scanJsonBytes } from '../../../src/core/json/byteScan.js'
import { scanJsonText } from '../../../src/core/json/scan.js'

const scan = (text: string) => scanJsonBytes(Buffer.from(text, 'utf8'))
const slices = (text: string, pointer: string): string[] => {
  const bytes = Buffer.from(text, 'utf8')
  const list = scanJsonBytes(bytes).lists.get(pointer)
  return (list?.starts ?? []).map((start, i) => bytes.subarray(start, list?.ends[i]).toString('utf8'))
}

describe('scanJsonBytes', () => {
  it.each([
    ['[{"a":1,"b":[1,2]},{"a":"x\\"y"}]', true],
    ['{"jobs":[{"a":1}],"n":0.30000000000000004}', true],
    ['[{"a":1,"a":2}]', false],
    ['[{"a\\u0041":1}]', false],
    ['[12345678901234567890]', false],
    ['[1e400]', false],
    ['[1.5e3, -0.25]', true]
  ])('%s is clean: %s, exactly when the text scan finds nothing', (text, clean) => {
    const exact = scanJsonText(text)
    const found = exact.duplicateKeyCount + exact.inexactNumberCount > 0
    expect(scan(text).clean).toBe(clean)
    if (clean) expect(found).toBe(false)
    expect(scan(text).depth).toBe(exact.depth)
  })

  it('is not clean past the depth limit', () => {
    expect(scan(`${'['.repeat(1001)}${']'.repeat(1001)}`).clean).toBe(false)
  })

  it('gives the byte range of every element of a top-level list and of a wrapped one', () => {
    expect(slices(' [ {"t":"é,]"} , 2 ,[3,[4]] ] ', '')).toEqual(['{"t":"é,]"}', '2', '[3,[4]]'])
    expect(slices('{"meta":[9],"jobs":[ {"a":[1]},{"b":{}} ]}', '/jobs')).toEqual(['{"a":[1]}', '{"b":{}}'])
    expect(slices('[]', '')).toEqual([])
  })
})
