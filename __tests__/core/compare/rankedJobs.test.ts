import { readFileSync } from 'node:fs'
import { compareRankedJobs, inspectRankedJobs } from '../../../src/core/compare/rankedJobs.js'
import type { Finding, JsonValue } from '../../../src/core/model/types.js'
import { context, expectedOn, job, mirrored, sorted, withoutMessage } from '../../support/rankedFixtures.js'
import { UPSTREAM, upstreamAvailable } from '../../support/paths.js'

const ARTIFACT = 'ranked_json:openai:cs' as const
const expected = expectedOn(ARTIFACT)
const ctx = context()

function compare(left: JsonValue, right: JsonValue, c = ctx): Finding[] {
  return sorted(compareRankedJobs(ARTIFACT, left, right, c).findings)
}

const A = job('A', 40)
const B = job('B', 35)
const C = job('C', 30)
const D = job('D', 25)
const E = job('E', 20)

describe('compareRankedJobs: matching by identity', () => {
  test('identical lists have no findings and count their jobs', () => {
    expect(compareRankedJobs(ARTIFACT, [A, B, C], structuredClone([A, B, C]), ctx)).toMatchObject({ findings: [], leftItems: 3, rightItems: 3 })
  })

  test('a job added at the end', () => {
    expect(compare([A, B, C], [A, B, C, D])).toEqual([
      expected('job-added', { job: 'D', field: 'rank', pointer: '/3', right: 4, message: 'job D ("Title D") added at rank 4' })
    ])
  })

  test('a job removed from the middle: no moves for the jobs below it', () => {
    expect(compare([A, B, C, D], [A, C, D])).toEqual([
      expected('job-removed', { job: 'B', field: 'rank', pointer: '/1', left: 2, message: 'job B ("Title B") removed (was rank 2)' })
    ])
  })

  test('an insertion at the top reports only the added job, not every later job as moved', () => {
    const X = job('X', 50)
    expect(compare([A, B, C, D, E], [X, A, B, C, D, E])).toEqual([
      expected('job-added', { job: 'X', field: 'rank', pointer: '/0', right: 1, message: 'job X ("Title X") added at rank 1' })
    ])
  })

  test('two jobs swapped far apart: exactly those two are moved', () => {
    expect(compare([A, B, C, D, E], [E, B, C, D, A])).toEqual([
      expected('job-moved', { job: 'A', field: 'rank', pointer: '/0', left: 1, right: 5, message: 'job A ("Title A") moved from rank 1 to rank 5' }),
      expected('job-moved', { job: 'E', field: 'rank', pointer: '/4', left: 5, right: 1, message: 'job E ("Title E") moved from rank 5 to rank 1' })
    ])
  })

  test('an adjacent swap is one move (the earlier job), not a cascade', () => {
    expect(compare([A, B, C, D], [B, A, C, D])).toEqual([
      expected('job-moved', { job: 'A', field: 'rank', pointer: '/0', left: 1, right: 2, message: 'job A ("Title A") moved from rank 1 to rank 2' })
    ])
  })

  test('one job moved to the end while another is added and another removed', () => {
    const X = job('X', 10)
    expect(compare([A, B, C, D], [B, X, C, A])).toEqual(sorted([
      expected('job-added', { job: 'X', field: 'rank', pointer: '/1', right: 2, message: 'job X ("Title X") added at rank 2' }),
      expected('job-moved', { job: 'A', field: 'rank', pointer: '/0', left: 1, right: 4, message: 'job A ("Title A") moved from rank 1 to rank 4' }),
      expected('job-removed', { job: 'D', field: 'rank', pointer: '/3', left: 4, message: 'job D ("Title D") removed (was rank 4)' })
    ]))
  })

  test('identity falls back through the identity fields, trims strings and accepts numbers', () => {
    const left: JsonValue = [{ id: 7, title: 'n' }, { job_id: '  ', apply_url: ' https://x/1 ', title: 'u' }]
    const right: JsonValue = [{ job_id: 'https://x/1', title: 'u' }, { id: '7', title: 'n' }]
    expect(compare(left, right)).toEqual(sorted([
      expected('job-moved', { job: '7', field: 'rank', pointer: '/0', left: 1, right: 2, message: 'job 7 ("n") moved from rank 1 to rank 2' }),
      expected('job-field', { job: 'https://x/1', field: 'apply_url', pointer: '/1/apply_url', left: ' https://x/1 ', message: 'job https://x/1 ("u") changed: apply_url " https://x/1 " -> (absent)' }),
      expected('job-field', { job: 'https://x/1', field: 'job_id', pointer: '/1/job_id', left: '  ', right: 'https://x/1', message: 'job https://x/1 ("u") changed: job_id "  " -> "https://x/1"' }),
      expected('job-field', { job: '7', field: 'id', pointer: '/0/id', left: 7, right: '7', message: 'job 7 ("n") changed: id 7 -> "7"' })
    ]))
  })
})

describe('compareRankedJobs: scores and fields', () => {
  test('a score change (35 vs 34) is a job-score finding', () => {
    expect(compare([A, B, C], [A, { ...B, score: 34 }, C])).toEqual([
      expected('job-score', { job: 'B', field: 'score', pointer: '/1/score', left: 35, right: 34, message: 'job B ("Title B") changed: score 35 -> 34' })
    ])
  })

  test('35 and 35.0 are equal (parsed from JSON text)', () => {
    const left = JSON.parse('[{"job_id":"B","score":35,"explanation":{"final_score":35}}]') as JsonValue
    const right = JSON.parse('[{"job_id":"B","score":35.0,"explanation":{"final_score":35.0}}]') as JsonValue
    expect(compare(left, right)).toEqual([])
  })

  test('numeric tolerance applies to scores and nested numbers', () => {
    const right = [A, { ...B, score: 35.004, explanation: { final_score: 35.004, heuristic_reasons_top3: ['boost_relevant(10)'] } }, C]
    expect(compare([A, B, C], right, context({ numericTolerance: 0.01 }))).toEqual([])
    expect(compare([A, B, C], right)).toEqual([
      expected('job-field', { job: 'B', field: 'explanation', pointer: '/1/explanation/final_score', left: 35, right: 35.004, message: 'job B ("Title B") changed: explanation/final_score 35 -> 35.004' }),
      expected('job-score', { job: 'B', field: 'score', pointer: '/1/score', left: 35, right: 35.004, message: 'job B ("Title B") changed: score 35 -> 35.004' })
    ])
  })

  test('a score field present on one side only', () => {
    expect(compare([{ ...A, total_score: 9 }], [A])).toEqual([
      expected('job-score', { job: 'A', field: 'total_score', pointer: '/0/total_score', left: 9, message: 'job A ("Title A") changed: total_score 9 -> (absent)' })
    ])
  })

  test('a nested field change has the pointer inside the row, prefixed by the left index', () => {
    const changed = { ...C, explanation: { final_score: 30, heuristic_reasons_top3: ['penalty(-5)'] } }
    expect(compare([A, B, C], [A, B, changed])).toEqual([
      expected('job-field', {
        job: 'C',
        field: 'explanation',
        pointer: '/2/explanation/heuristic_reasons_top3/0',
        left: 'boost_relevant(10)',
        right: 'penalty(-5)',
        message: 'job C ("Title C") changed: explanation/heuristic_reasons_top3/0 "boost_relevant(10)" -> "penalty(-5)"'
      })
    ])
  })

  test('a moved job that also changed uses its left index in field pointers', () => {
    expect(compare([A, B, C], [B, C, { ...A, title: 'Renamed' }])).toEqual(sorted([
      expected('job-moved', { job: 'A', field: 'rank', pointer: '/0', left: 1, right: 3, message: 'job A ("Title A") moved from rank 1 to rank 3' }),
      expected('job-field', { job: 'A', field: 'title', pointer: '/0/title', left: 'Title A', right: 'Renamed', message: 'job A ("Title A") changed: title "Title A" -> "Renamed"' })
    ]))
  })

  test('volatile keys are ignored at any depth', () => {
    const left = [{ ...A, scored_at: '2026-01-01', explanation: { final_score: 40, timestamp: 1, heuristic_reasons_top3: ['boost_relevant(10)'] } }]
    const right = [{ ...A, scored_at: '2026-02-02', explanation: { final_score: 40, timestamp: 2, heuristic_reasons_top3: ['boost_relevant(10)'] } }]
    expect(compare(left, right)).toEqual([])
  })

  test('run_id is ignored only when run-id drift is allowed', () => {
    const left = [{ ...A, run_id: 'r1' }]
    const right = [{ ...A, run_id: 'r2' }]
    expect(compare(left, right, context({}, true))).toEqual([])
    expect(compare(left, right)).toEqual([
      expected('job-field', { job: 'A', field: 'run_id', pointer: '/0/run_id', left: 'r1', right: 'r2', message: 'job A ("Title A") changed: run_id "r1" -> "r2"' })
    ])
  })

  test('the policy ignore pointers apply relative to each row', () => {
    const right = [A, { ...B, explanation: { final_score: 35, heuristic_reasons_top3: ['other'] } }]
    const ignoring = context({ ignore: { ...context().policy.ignore, ranked_json: ['/explanation/heuristic_reasons_top3'] } })
    expect(compare([A, B], right, ignoring)).toEqual([])
  })
})

describe('compareRankedJobs: ordering ties-may-swap', () => {
  const T1 = job('T1', 35)
  const T2 = job('T2', 35)
  const T3 = job('T3', 35)
  const low = job('L', 10)

  test('a reorder among equal scores is reported in strict mode and not under ties-may-swap', () => {
    expect(compare([A, T1, T2, T3, low], [A, T3, T1, T2, low])).toEqual([
      expected('job-moved', { job: 'T3', field: 'rank', pointer: '/3', left: 4, right: 2, message: 'job T3 ("Title T3") moved from rank 4 to rank 2' })
    ])
    expect(compare([A, T1, T2, T3, low], [A, T3, T1, T2, low], context({ ordering: 'ties-may-swap' }))).toEqual([])
  })

  test('a move across different scores is still reported under ties-may-swap', () => {
    expect(compare([T1, T2, low], [T1, low, T2], context({ ordering: 'ties-may-swap' }))).toEqual([
      expected('job-moved', { job: 'T2', field: 'rank', pointer: '/1', left: 2, right: 3, message: 'job T2 ("Title T2") moved from rank 2 to rank 3' })
    ])
  })

  test('an added job inside a tie run does not make the others move', () => {
    const T4 = job('T4', 35)
    expect(compare([T1, T2, T3], [T3, T4, T2, T1], context({ ordering: 'ties-may-swap' }))).toEqual([
      expected('job-added', { job: 'T4', field: 'rank', pointer: '/1', right: 2, message: 'job T4 ("Title T4") added at rank 2' })
    ])
  })
})

describe('compareRankedJobs: identity problems', () => {
  test('duplicate identities: one finding per side, k-th occurrence paired with k-th', () => {
    const A2 = { ...A, title: 'second A' }
    expect(compare([A, B, A2], [A, B, { ...A, title: 'other second A' }])).toEqual(sorted([
      expected('job-duplicate', { side: 'left', job: 'A', message: 'job A appears 2 times (indexes 0, 2); occurrences are paired with the other side\'s in order' }),
      expected('job-field', { job: 'A', field: 'title', pointer: '/2/title', left: 'second A', right: 'other second A', message: 'job A ("second A") changed: title "second A" -> "other second A"' }),
      expected('job-duplicate', { side: 'right', job: 'A', message: 'job A appears 2 times (indexes 0, 2); occurrences are paired with the other side\'s in order' })
    ]))
  })

  test('an extra duplicate occurrence is removed', () => {
    expect(compare([A, B, A], [A, B])).toEqual(sorted([
      expected('job-removed', { job: 'A', field: 'rank', pointer: '/2', left: 3, message: 'job A ("Title A") removed (was rank 3)' }),
      expected('job-duplicate', { side: 'left', job: 'A', message: 'job A appears 2 times (indexes 0, 2); occurrences are paired with the other side\'s in order' })
    ]))
  })

  test('a job without identity is a warning per side and is matched by its normalized content', () => {
    const anonymous = { title: 'No id', score: 5, scraped_at: 'x' }
    const identityWarning = (side: 'left' | 'right') =>
      expected('job-identity', {
        side,
        pointer: '/1',
        message: `job at index 1 ("No id") has none of the identity fields (job_id, id, apply_url, detail_url, url); it is matched by its whole content`
      })
    expect(compare([A, anonymous], [A, { score: 5, title: 'No id', scraped_at: 'y' }])).toEqual([identityWarning('left'), identityWarning('right')])
    expect(compare([A, anonymous], [A, { ...anonymous, score: 6 }])).toEqual([
      expected('job-added', { field: 'rank', pointer: '/1', right: 2, message: 'job at index 1 ("No id") added at rank 2' }),
      expected('job-removed', { field: 'rank', pointer: '/1', left: 2, message: 'job at index 1 ("No id") removed (was rank 2)' }),
      identityWarning('left'),
      identityWarning('right')
    ])
  })
})

describe('compareRankedJobs: list shapes', () => {
  test('a list under the jobs key, pointers include the key', () => {
    const left = { generated_at: 'a', jobs: [A, B] }
    const right = { generated_at: 'b', jobs: [A, { ...B, title: 'New' }] }
    expect(compare(left, right)).toEqual([
      expected('job-field', { job: 'B', field: 'title', pointer: '/jobs/1/title', left: 'Title B', right: 'New', message: 'job B ("Title B") changed: title "Title B" -> "New"' })
    ])
  })

  test('the first of jobs/ranked_jobs/items/results holding an array wins', () => {
    expect(compareRankedJobs(ARTIFACT, { items: [A], results: 'x' }, { ranked_jobs: [A], items: [B] }, ctx)).toMatchObject({ findings: [], leftItems: 1, rightItems: 1 })
  })

  test('a ranked list that is an object without a list key is unreadable, and the other side is still inspected', () => {
    const result = compareRankedJobs(ARTIFACT, { count: 2 }, [A, A], ctx)
    expect(sorted(result.findings)).toEqual([
      expected('unreadable', { rule: 'unreadable/not-a-list', side: 'left', message: 'ranked list is an object without a jobs/ranked_jobs/items/results array' }),
      expected('job-duplicate', { side: 'right', job: 'A', message: 'job A appears 2 times (indexes 0, 1); occurrences are paired with the other side\'s in order' })
    ])
    expect([result.leftItems, result.rightItems]).toEqual([0, 2])
  })

  test('a ranked list that is a number or null is unreadable', () => {
    expect(compare([A], 42)).toEqual([expected('unreadable', { rule: 'unreadable/not-a-list', side: 'right', message: 'ranked list is a number, not an array' })])
    expect(compare(null, [A])).toEqual([expected('unreadable', { rule: 'unreadable/not-a-list', side: 'left', message: 'ranked list is null, not an array' })])
  })

  test('non-object entries are unreadable at their index and skipped', () => {
    expect(compare([A, 5, null, B], [A, B, ['x']])).toEqual([
      expected('unreadable', { rule: 'unreadable/bad-entry', side: 'left', pointer: '/1', message: 'entry 1 of the ranked list is a number, not a job object; it is skipped' }),
      expected('unreadable', { rule: 'unreadable/bad-entry', side: 'left', pointer: '/2', message: 'entry 2 of the ranked list is null, not a job object; it is skipped' }),
      expected('unreadable', { rule: 'unreadable/bad-entry', side: 'right', pointer: '/2', message: 'entry 2 of the ranked list is an array, not a job object; it is skipped' })
    ])
  })

  test('pathologically deep rows are unreadable at their index instead of crashing', () => {
    let deep: JsonValue = 0
    for (let i = 0; i < 200_000; i++) deep = { d: deep }
    expect(compare([A, { job_id: 'Z', nested: deep }], [A, { job_id: 'Z', nested: [deep] }])).toEqual([
      expected('unreadable', { rule: 'unreadable/too-deep', pointer: '/1', message: 'job at index 1 is nested too deeply to compare' })
    ])
    expect(compare([A, { nested: deep }], [A])).toEqual([
      expected('unreadable', { rule: 'unreadable/too-deep', side: 'left', pointer: '/1', message: 'job at index 1 is nested too deeply to compare' })
    ])
  })
})

describe('inspectRankedJobs', () => {
  test('reports one side alone and counts its entries', () => {
    expect(inspectRankedJobs(ARTIFACT, 'right', { jobs: [A, 'x', { title: 't' }] }, ctx)).toMatchObject({
      findings: [
        expected('unreadable', { rule: 'unreadable/bad-entry', side: 'right', pointer: '/jobs/1', message: 'entry 1 of the ranked list is a string, not a job object; it is skipped' }),
        expected('job-identity', {
          side: 'right',
          pointer: '/jobs/2',
          message: 'job at index 2 ("t") has none of the identity fields (job_id, id, apply_url, detail_url, url); it is matched by its whole content'
        })
      ],
      items: 3
    })
    expect(inspectRankedJobs(ARTIFACT, 'left', [A, B], ctx)).toMatchObject({ findings: [], items: 2 })
  })
})

describe('mirror property: swapping left and right mirrors the findings', () => {
  const X = job('X', 12)
  const cases: [string, { [key: string]: JsonValue }[], { [key: string]: JsonValue }[]][] = [
    ['added and removed', [A, B, C, D], [A, C, D, X]],
    ['far move with a change', [A, B, C, D, E], [B, C, D, E, { ...A, score: 41, extra: [1, 2] }]],
    ['nested change at shifted index', [A, B, C], [X, A, B, { ...C, explanation: { final_score: 30 } }]]
  ]
  test.each(cases)('%s', (_name, left, right) => {
    const indexes = (list: { [key: string]: JsonValue }[]) => new Map(list.map((row, i) => [row.job_id as string, i]))
    const leftIndex = indexes(left)
    const rightIndex = indexes(right)
    const forward = compare(left, right)
    const backward = compare(right, left)
    expect(forward.length).toBeGreaterThan(0)
    const pointerAfterSwap = (f: Finding): string | undefined =>
      f.kind === 'job-added' || f.kind === 'job-removed' || f.job === undefined || f.pointer === undefined
        ? f.pointer
        : f.pointer.replace(`/${leftIndex.get(f.job)}`, `/${rightIndex.get(f.job)}`)
    expect(sorted(backward.map(withoutMessage))).toEqual(sorted(forward.map((f) => mirrored(f, pointerAfterSwap))))
  })
})

const SHARED = UPSTREAM
const haveShared = upstreamAvailable('ranked jobs on real data')
const readJson = (path: string): JsonValue => JSON.parse(readFileSync(`${SHARED}${path}`, 'utf8')) as JsonValue

describe('real upstream ranked jobs', () => {
  const realTest = haveShared ? test : test.skip

  realTest('the left-aws-like and right-onprem-like pair has no findings (run-id drift allowed)', () => {
    const path = 'openai/cs/openai_ranked_jobs.cs.json'
    const result = compareRankedJobs(ARTIFACT, readJson(`runs/left-aws-like/${path}`), readJson(`runs/right-onprem-like/${path}`), context({}, true))
    expect(result).toMatchObject({ findings: [], leftItems: 19, rightItems: 19 })
  })

  realTest('m19c primary vs dr (582 jobs) has no findings', () => {
    const path = 'openai/cs/openai_ranked_jobs.cs.json'
    const result = compareRankedJobs(ARTIFACT, readJson(`m19c/primary/${path}`), readJson(`m19c/dr/${path}`), context({}, true))
    expect(result).toMatchObject({ findings: [], leftItems: 582, rightItems: 582 })
  })

  realTest('m19c with a job inserted at the top, one removed and one score changed: exactly those three', () => {
    const left = readJson('m19c/primary/openai/cs/openai_ranked_jobs.cs.json') as { [key: string]: JsonValue }[]
    const right = structuredClone(left)
    const removed = right.splice(300, 1)[0] as { [key: string]: JsonValue }
    const changed = right[99] as { [key: string]: JsonValue }
    const oldScore = changed.score as number
    changed.score = oldScore + 1
    right.unshift({ ...structuredClone(removed), job_id: 'new-job', apply_url: 'https://example/new', title: 'New job' })
    const at = (i: number) => left[i] as { [key: string]: JsonValue }
    const id = (i: number) => at(i).job_id as string
    expect(compare(left, right)).toEqual(
      sorted([
        expected('job-added', { job: 'new-job', field: 'rank', pointer: '/0', right: 1, message: 'job new-job ("New job") added at rank 1' }),
        expected('job-removed', { job: id(300), field: 'rank', pointer: '/300', left: 301, message: `job ${id(300)} ("${at(300).title as string}") removed (was rank 301)` }),
        expected('job-score', {
          job: id(99),
          field: 'score',
          pointer: '/99/score',
          left: oldScore,
          right: oldScore + 1,
          message: `job ${id(99)} ("${at(99).title as string}") changed: score ${oldScore} -> ${oldScore + 1}`
        })
      ])
    )
  })

  // Standalone node compares these in ~0.45 s on a 2-core runner; jest's module VM runs the same code
  // several times slower, so the bound here only catches a quadratic regression (minutes at 100k).
  realTest('100k real-shaped jobs per side: exact findings, linearithmic time', () => {
    const base = readJson('runs/left-aws-like/openai/cs/openai_ranked_jobs.cs.json') as { [key: string]: JsonValue }[]
    // Built through JSON text, so the rows are shaped like parsed ones.
    const text = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ ...base[i % base.length], job_id: `job-${i}`, apply_url: `https://x/${i}` })))
    const left = JSON.parse(text) as { [key: string]: JsonValue }[]
    const right = JSON.parse(text) as { [key: string]: JsonValue }[]
    right.splice(50_000, 1)
    right.unshift({ ...(left[0] as { [key: string]: JsonValue }), job_id: 'top', apply_url: 'https://x/top' })
    ;(right[70_000] as { [key: string]: JsonValue }).title = 'changed'
    const started = performance.now()
    const result = compareRankedJobs(ARTIFACT, left, right, context({}, true))
    const elapsed = performance.now() - started
    console.log(`compareRankedJobs: 100k jobs per side in ${elapsed.toFixed(0)} ms`)
    expect(sorted(result.findings).map((f) => [f.kind, f.job, f.pointer])).toEqual([
      ['job-field', 'job-70000', '/70000/title'],
      ['job-added', 'top', '/0'],
      ['job-removed', 'job-50000', '/50000']
    ])
    expect(elapsed).toBeLessThan(15_000)
  })
})
