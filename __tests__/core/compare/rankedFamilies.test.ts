import { readFileSync } from 'node:fs'
import { compareRankedFamilies, inspectRankedFamilies } from '../../../src/core/compare/rankedFamilies.js'
import type { Finding, JsonValue } from '../../../src/core/model/types.js'
import { context, expectedOn, job, mirrored, sorted, withoutMessage } from '../../support/rankedFixtures.js'
import { UPSTREAM, upstreamAvailable } from '../../support/paths.js'

const ARTIFACT = 'ranked_families_json:openai:cs' as const
const expected = expectedOn(ARTIFACT)
const ctx = context()

function family(id: string, score: number, variants: string[]): { [key: string]: JsonValue } {
  return job(id, score, { family_variants: variants.map((v) => ({ job_id: v, score, title: `Variant ${v}` })) })
}

function compare(left: JsonValue, right: JsonValue, c = ctx): Finding[] {
  return sorted(compareRankedFamilies(ARTIFACT, left, right, c).findings)
}

const F1 = family('F1', 40, ['F1', 'v1'])
const F2 = family('F2', 30, ['F2'])
const F3 = family('F3', 20, ['F3', 'v3'])

describe('compareRankedFamilies', () => {
  test('identical family lists have no findings', () => {
    expect(compareRankedFamilies(ARTIFACT, [F1, F2, F3], structuredClone([F1, F2, F3]), ctx)).toMatchObject({ findings: [], leftItems: 3, rightItems: 3 })
  })

  test('a family added and one removed are family findings saying which', () => {
    const F4 = family('F4', 10, ['F4'])
    expect(compare([F1, F2, F3], [F1, F3, F4])).toEqual([
      expected('family', { rule: 'family/removed', job: 'F2', field: 'rank', pointer: '/1', left: 2, message: 'family F2 ("Title F2") removed (was rank 2)' }),
      expected('family', { rule: 'family/added', job: 'F4', field: 'rank', pointer: '/2', right: 3, message: 'family F4 ("Title F4") added at rank 3' })
    ])
  })

  test('a changed variant list, score and a move', () => {
    const changed = family('F1', 41, ['F1', 'v1', 'v9'])
    expect(compare([F1, F2, F3], [F2, F3, changed])).toEqual([
      expected('family', { rule: 'family/moved', job: 'F1', field: 'rank', pointer: '/0', left: 1, right: 3, message: 'family F1 ("Title F1") moved from rank 1 to rank 3' }),
      expected('family', {
        rule: 'family/field',
        job: 'F1',
        field: 'explanation',
        pointer: '/0/explanation/final_score',
        left: 40,
        right: 41,
        message: 'family F1 ("Title F1") changed: explanation/final_score 40 -> 41'
      }),
      expected('family', {
        rule: 'family/field',
        job: 'F1',
        field: 'family_variants',
        pointer: '/0/family_variants',
        left: (F1.family_variants as JsonValue[]),
        right: (changed.family_variants as JsonValue[]),
        message: `family F1 ("Title F1") changed: family_variants ${JSON.stringify(F1.family_variants).slice(0, 59)}… -> ${JSON.stringify(changed.family_variants).slice(0, 59)}…`
      }),
      expected('family', { rule: 'family/score', job: 'F1', field: 'final_score', pointer: '/0/final_score', left: 40, right: 41, message: 'family F1 ("Title F1") changed: final_score 40 -> 41' }),
      expected('family', { rule: 'family/score', job: 'F1', field: 'score', pointer: '/0/score', left: 40, right: 41, message: 'family F1 ("Title F1") changed: score 40 -> 41' })
    ])
  })

  test('a variant field change inside an equal-length variant list has its own pointer', () => {
    const right = [F1, F2, { ...F3, family_variants: [{ job_id: 'F3', score: 20, title: 'Variant F3' }, { job_id: 'v3', score: 20, title: 'Renamed' }] }]
    expect(compare([F1, F2, F3], right)).toEqual([
      expected('family', {
        rule: 'family/field',
        job: 'F3',
        field: 'family_variants',
        pointer: '/2/family_variants/1/title',
        left: 'Variant v3',
        right: 'Renamed',
        message: 'family F3 ("Title F3") changed: family_variants/1/title "Variant v3" -> "Renamed"'
      })
    ])
  })

  test('volatile keys inside variants are ignored, and run_id under drift', () => {
    const stamp = (f: { [key: string]: JsonValue }, value: string) => ({
      ...f,
      run_id: value,
      family_variants: (f.family_variants as { [key: string]: JsonValue }[]).map((v) => ({ ...v, scored_at: value }))
    })
    expect(compare([stamp(F1, 'a'), F2], [stamp(F1, 'b'), F2], context({}, true))).toEqual([])
  })

  test('duplicate and missing identities keep their job-* kinds', () => {
    const anonymous = { title: 'anon', family_variants: [] }
    expect(inspectRankedFamilies(ARTIFACT, 'left', [F1, F1, anonymous], ctx)).toMatchObject({
      findings: [
        expected('job-identity', {
          side: 'left',
          pointer: '/2',
          message: 'family at index 2 ("anon") has none of the identity fields (job_id, id, apply_url, detail_url, url); it is matched by its whole content'
        }),
        expected('job-duplicate', { side: 'left', job: 'F1', message: "family F1 appears 2 times (indexes 0, 1); occurrences are paired with the other side's in order" })
      ],
      items: 3
    })
  })

  test('a families document that is a string is unreadable', () => {
    expect(compare('families', [F1])).toEqual([expected('unreadable', { rule: 'unreadable/not-a-list', side: 'left', message: 'ranked list is a string, not an array' })])
  })

  test('mirror: swapping sides swaps added/removed and values', () => {
    const left = [F1, F2, F3]
    const right = [F1, { ...F3, score: 21 }, family('F5', 5, ['F5'])]
    const forward = compare(left, right)
    const backward = compare(right, left)
    expect(forward.length).toBe(3)
    // Families share one kind: added/removed are told apart by their rule.
    expect(sorted(backward.map(withoutMessage))).toEqual(
      sorted(forward.map((f) => mirrored(f, (x) => (x.job === 'F3' ? x.pointer?.replace('/2', '/1') : x.pointer))))
    )
  })
})

const SHARED = UPSTREAM
const haveShared = upstreamAvailable('ranked families on real data')
const realTest = haveShared ? test : test.skip
const readJson = (path: string): JsonValue => JSON.parse(readFileSync(`${SHARED}${path}`, 'utf8')) as JsonValue

describe('real upstream ranked families', () => {
  const path = 'openai/cs/openai_ranked_families.cs.json'
  realTest('the left-aws-like and right-onprem-like pair has no findings', () => {
    const result = compareRankedFamilies(ARTIFACT, readJson(`runs/left-aws-like/${path}`), readJson(`runs/right-onprem-like/${path}`), context({}, true))
    expect(result).toMatchObject({ findings: [], leftItems: 19, rightItems: 19 })
  })
  realTest('m19c primary vs dr (545 families) has no findings', () => {
    const result = compareRankedFamilies(ARTIFACT, readJson(`m19c/primary/${path}`), readJson(`m19c/dr/${path}`), context({}, true))
    expect(result).toMatchObject({ findings: [], leftItems: 545, rightItems: 545 })
  })
})
