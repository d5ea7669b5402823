import { pickedList, scanJsonList, type ListReference, type ListScan, type RowKeys } from '../../../src/core/json/listScan.js'
import { scanJsonText } from '../../../src/core/json/scan.js'

const scan = (text: string, keys: RowKeys = { keys: [] }): ListScan => scanJsonList(Buffer.from(text, 'utf8'), keys)
const slices = (text: string, pointer: string): string[] => {
  const bytes = Buffer.from(text, 'utf8')
  const result = scanJsonList(bytes, { keys: [] })
  if (!result.ok) throw new Error(result.problem)
  const list = result.lists.get(pointer)
  return (list?.starts ?? []).map((start, i) => bytes.subarray(start, list?.ends[i]).toString('utf8'))
}

/** What a skeleton of `keys` must hold for a parsed element: each present key's scalar, or an empty container. */
function expectedSkeleton(row: unknown, wanted: RowKeys): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return undefined
  const source = row as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of new Set([...wanted.keys, ...(wanted.nested !== undefined ? [wanted.nested.key] : [])])) {
    if (!Object.hasOwn(source, key)) continue
    const value = source[key]
    if (wanted.nested?.key === key && Array.isArray(value)) out[key] = value.map((v) => expectedSkeleton(v, { keys: wanted.nested?.keys ?? [] }) ?? null)
    else out[key] = value !== null && typeof value === 'object' ? (Array.isArray(value) ? [] : {}) : value
  }
  return out
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const STRINGS = ['', 'a', 'é', '"q"', 'back\\slash', 'line\nbreak', 'tab\t', '\u0001', '😀', 'x'.repeat(37), '\u2028']
const NUMBERS = [0, -0, 1, -1, 35, 0.5, 1e21, 1.5e-7, 123456789012345, 2 ** 53 + 2, 0.1]
const KEYS = ['job_id', 'title', 'score', 'x', 'family_variants', 'é']
function value(next: () => number, depth: number): unknown {
  const pick = next()
  if (depth > 3 || pick < 0.45) {
    const scalar = next()
    if (scalar < 0.4) return STRINGS[Math.floor(next() * STRINGS.length)]
    if (scalar < 0.8) return NUMBERS[Math.floor(next() * NUMBERS.length)]
    return [true, false, null][Math.floor(next() * 3)]
  }
  if (pick < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1))
  return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [KEYS[Math.floor(next() * KEYS.length)] as string, value(next, depth + 1)]))
}
const MUTATIONS = ['', ',', ':', '"', '\\', '{', '}', '[', ']', '0', '-', '.', 'e', 't', ' ', '\n', '\u0001', '\u000c', 'é']
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1))
  const insert = MUTATIONS[Math.floor(next() * MUTATIONS.length)] as string
  return next() < 0.5 ? text.slice(0, at) + insert + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at)
}

const WANTED: RowKeys = { keys: ['job_id', 'title', 'score'], nested: { key: 'family_variants', keys: ['job_id'] } }

/** Checks one text against JSON.parse and the exact text scan: the scan may decline, but when it vouches it must be right. */
function checkAgainstParse(generated: string): 'vouched' | 'declined' {
  // As the bytes of a file hold it (a lone surrogate left by a mutation has no UTF-8 form).
  const text = Buffer.from(generated, 'utf8').toString('utf8')
  const result = scan(text, WANTED)
  let parsed: unknown
  let parses = true
  try {
    parsed = JSON.parse(text)
  } catch {
    parses = false
  }
  if (!result.ok) {
    // Declining is right for invalid JSON, for what the exact scan flags, and for escaped keys; otherwise it is a miss.
    if (parses) {
      const exact = scanJsonText(text)
      const flagged = exact.duplicateKeyCount + exact.inexactNumberCount > 0 || exact.depth > 1000 || /"(?:[^"\\]|\\.)*\\(?:[^"\\]|\\.)*"\s*:/.test(text)
      expect({ text, flagged, problem: result.problem }).toEqual({ text, flagged: true, problem: result.problem })
    }
    return 'declined'
  }
  expect({ text, parses }).toEqual({ text, parses: true })
  const exact = scanJsonText(text)
  expect(exact.duplicateKeyCount + exact.inexactNumberCount).toBe(0)
  expect(result.depth).toBe(exact.depth)
  const list = result.lists.get('')
  if (Array.isArray(parsed)) {
    const bytes = Buffer.from(text, 'utf8')
    expect(list?.starts.map((start, i) => JSON.parse(bytes.subarray(start, list.ends[i]).toString('utf8')))).toEqual(parsed)
    expect(list?.skeletons).toEqual(parsed.map((row) => expectedSkeleton(row, WANTED)))
  } else expect(list).toBeUndefined()
  return 'vouched'
}

describe('scanJsonList', () => {
  it.each([
    ['[{"a":1,"b":[1,2]},{"a":"x\\"y"}]', true],
    ['{"jobs":[{"a":1}],"n":0.30000000000000004}', true],
    ['[{"a":1,"a":2}]', false],
    ['[{"a\\u0041":1}]', false],
    ['[12345678901234567890]', false],
    ['[1e400]', false],
    ['[1.5e3, -0.25]', true],
    ['["\\/\\b\\f\\n\\r\\t\\u00e9\\"\\\\"]', true]
  ])('%s: vouched %s, and never when the exact text scan finds something', (text, ok) => {
    const exact = scanJsonText(text)
    const result = scan(text)
    expect(result.ok).toBe(ok)
    if (result.ok) {
      expect(exact.duplicateKeyCount + exact.inexactNumberCount).toBe(0)
      expect(result.depth).toBe(exact.depth)
    }
  })

  it.each([
    '',
    ' ',
    '[1,]',
    '{"a":1,}',
    '{"a" 1}',
    '[1 2]',
    '{}{}',
    '[01]',
    '[1.]',
    '[.5]',
    '[-]',
    '[1e]',
    '[+1]',
    '["\\x"]',
    '["\\u12G4"]',
    '["a\u0001"]',
    '["line\nbreak"]',
    '[tru]',
    '[nul]',
    '\u000c[]',
    '[\u00a0]',
    ']',
    '{"a":}',
    '{1:2}',
    '["unterminated'
  ])('declines what JSON.parse rejects: %j', (text) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(scan(text).ok).toBe(false)
  })

  it('declines nesting past the depth limit and accepts it at the limit', () => {
    expect(scan(`${'['.repeat(1001)}${']'.repeat(1001)}`).ok).toBe(false)
    expect(scan(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toMatchObject({ ok: true, depth: 1000 })
  })

  it('gives the byte range of every element of a top-level list and of a wrapped one', () => {
    expect(slices(' [ {"t":"é,]"} , 2 ,[3,[4]] ] ', '')).toEqual(['{"t":"é,]"}', '2', '[3,[4]]'])
    expect(slices('{"meta":[9],"jobs":[ {"a":[1]},{"b":{}} ]}', '/jobs')).toEqual(['{"a":[1]}', '{"b":{}}'])
    expect(slices('[]', '')).toEqual([])
  })

  it('copies the wanted keys of each row as JSON.parse reads them, containers as empty placeholders', () => {
    const text = JSON.stringify([
      { job_id: 'j-1', title: 'Tab\there "quoted" é', score: -0, extra: { job_id: 'nested, not copied' } },
      { job_id: 7, title: null, score: 1.5e-7, family_variants: [{ job_id: 'v-1', title: 'x' }, 3, { other: 1 }] },
      'not an object',
      { title: { deep: [1] }, score: true, __proto__x: 1 }
    ]).replace('"score":0', '"score":-0')
    const result = scan(text, WANTED)
    expect(result.ok && result.lists.get('')?.skeletons).toEqual([
      { job_id: 'j-1', title: 'Tab\there "quoted" é', score: -0 },
      { job_id: 7, title: null, score: 1.5e-7, family_variants: [{ job_id: 'v-1' }, null, {}] },
      undefined,
      { title: {}, score: true }
    ])
  })

  it('keeps a __proto__ key as an own property, as JSON.parse does', () => {
    const result = scan('[{"__proto__":"p","job_id":"a"}]', { keys: ['__proto__', 'job_id'] })
    const row = result.ok ? result.lists.get('')?.skeletons[0] : undefined
    expect(row !== undefined && Object.hasOwn(row, '__proto__')).toBe(true)
    expect(row).toEqual(JSON.parse('{"__proto__":"p","job_id":"a"}'))
  })

  it('never vouches for a text JSON.parse rejects or the exact scan flags, on 3,000 generated and mutated documents', () => {
    const next = random(20261201)
    const outcomes = { vouched: 0, declined: 0 }
    for (let n = 0; n < 1500; n++) {
      const doc = Array.from({ length: 1 + Math.floor(next() * 4) }, () => value(next, 0))
      const text = JSON.stringify(next() < 0.8 ? doc : { jobs: doc }, null, next() < 0.3 ? 1 : undefined)
      outcomes[checkAgainstParse(text)]++
      outcomes[checkAgainstParse(mutate(text, next))]++
    }
    // Both outcomes occur often, so the property is exercised both ways.
    expect(outcomes.vouched).toBeGreaterThan(500)
    expect(outcomes.declined).toBeGreaterThan(500)
  })
})

describe('scanJsonList with a reference (the other side\'s scan)', () => {
  /** The scan of `text` as a reference for another text's scan. */
  const referenceOf = (text: string): ListReference => {
    const bytes = Buffer.from(text, 'utf8')
    const result = scanJsonList(bytes, WANTED)
    const picked = result.ok ? pickedList(result.lists) : undefined
    if (picked === undefined) throw new Error('no list in the reference')
    return { bytes, pointer: picked.pointer, list: picked.list }
  }
  const taken = (result: ListScan, reference: ListReference): number => {
    const list = result.ok ? result.lists.get(reference.pointer) : undefined
    return (list?.skeletons ?? []).filter((skeleton, k) => skeleton !== undefined && skeleton === reference.list.skeletons[k]).length
  }

  it('takes the rows whose bytes equal the reference\'s at the same position, and scans the others', () => {
    const reference = referenceOf('{"jobs":[{"job_id":"a","score":1},{"job_id":"b","score":2},{"job_id":"c","family_variants":[[[{}]]]}]}')
    const text = '{"jobs":[{"job_id":"a","score":1},{"job_id":"b","score":3},{"job_id":"c","family_variants":[[[{}]]]}]}'
    const result = scanJsonList(Buffer.from(text, 'utf8'), WANTED, reference)
    expect(result).toEqual(scanJsonList(Buffer.from(text, 'utf8'), WANTED))
    expect(taken(result, reference)).toBe(2)
    // The deepest nesting is the taken row's, as the scan of its bytes would find.
    expect(result.ok && result.depth).toBe(7)
  })

  it('never takes a number, whose bytes may go on past the reference\'s', () => {
    const reference = referenceOf('[12,{"job_id":"a"}]')
    expect(scanJsonList(Buffer.from('[123,{"job_id":"a"}]', 'utf8'), WANTED, reference)).toEqual(scanJsonList(Buffer.from('[123,{"job_id":"a"}]', 'utf8'), WANTED))
  })

  it('takes nothing from a reference whose list sits at another pointer', () => {
    const reference = referenceOf('[{"job_id":"a"}]')
    const result = scanJsonList(Buffer.from('{"jobs":[{"job_id":"a"}]}', 'utf8'), WANTED, reference)
    expect(taken(result, reference)).toBe(0)
    expect(result.ok).toBe(true)
  })

  it('gives the same result as a scan without it, on 2,000 generated pairs of documents (rows kept, changed, swapped and broken)', () => {
    const next = random(20261202)
    let takenRows = 0
    for (let n = 0; n < 2000; n++) {
      const rows = Array.from({ length: 2 + Math.floor(next() * 5) }, () => (next() < 0.8 ? { job_id: `j-${n}`, ...(value(next, 1) as object) } : value(next, 1)))
      const wrap = next() < 0.7 ? (list: unknown[]): unknown => list : (list: unknown[]): unknown => ({ jobs: list })
      const reference = referenceOf(JSON.stringify(wrap(rows)))
      const other = rows.map((row) => (next() < 0.2 ? value(next, 1) : row))
      if (next() < 0.3) other.reverse()
      let text = JSON.stringify(wrap(next() < 0.2 ? other.slice(1) : other))
      if (next() < 0.4) text = mutate(text, next)
      const bytes = Buffer.from(Buffer.from(text, 'utf8').toString('utf8'), 'utf8')
      const result = scanJsonList(bytes, WANTED, reference)
      expect({ text, result }).toEqual({ text, result: scanJsonList(bytes, WANTED) })
      takenRows += taken(result, reference)
    }
    // Rows are taken often, so the property covers the taking.
    expect(takenRows).toBeGreaterThan(2000)
  })
})
