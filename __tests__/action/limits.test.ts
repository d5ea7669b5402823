import { failureHint, rateLimitHint } from '../../src/action/hints.js'
import { parseDuration } from '../../src/action/inputs.js'
import { ANNOTATION_MESSAGE_MAX_BYTES, CHECK_RUN_OUTPUT_MAX_BYTES, COMMENT_BODY_MAX_CHARS, utf8Bytes } from '../../src/action/limits.js'
import { createOnce, RequestTimeoutError, retryDelay } from '../../src/action/retry.js'
import { finding } from '../../src/core/findingKinds.js'
import { renderAnnotations } from '../../src/render/annotations.js'
import { shortenTo } from '../../src/render/format.js'
import { renderMarkdownReport } from '../../src/render/markdown.js'
import { reportWith } from '../support/reports.js'

/** Multi-byte values: 4-byte emoji (with ZWJ sequences and skin tones), 3-byte CJK, letters with combining marks. */
const MULTI_BYTE = ['👩🏽‍💻🚀', '数据工程师東京', 'e\u0301\u0301a\u0308']

/** A drift whose every finding carries long multi-byte values. */
function multiByteReport(count: number) {
  return reportWith(
    Array.from({ length: count }, (_, i) =>
      finding('job-field', { artifact: 'ranked_json:openai:cs', job: `${MULTI_BYTE[i % 3]!.repeat(10)}-${i}`, field: 'title', left: MULTI_BYTE[i % 3]!.repeat(40), right: `x${i}`, message: `title differs ${MULTI_BYTE[i % 3]}` })
    )
  )
}

describe('shortenTo', () => {
  it.each(MULTI_BYTE)('fits %s to a byte limit at a grapheme boundary, every size from 1 to its length', (value) => {
    const text = value.repeat(3)
    for (let max = 1; max <= utf8Bytes(text); max++) {
      const cut = shortenTo(text, { maxSize: max, measure: utf8Bytes })
      expect(utf8Bytes(cut)).toBeLessThanOrEqual(max)
      if (cut !== text && cut !== '') {
        const kept = cut.slice(0, -1)
        // Kept whole: the kept part is a prefix of the text made of whole grapheme clusters.
        expect(text.startsWith(kept)).toBe(true)
        const clusters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index)
        expect(clusters).toContain(kept.length)
      }
    }
  })
  it('leaves a value within the limit unchanged, and counts characters by default', () => {
    expect(shortenTo('数据', { maxSize: 2 })).toBe('数据')
    expect(shortenTo('数据工', { maxSize: 2 })).toBe('数…')
  })
})

describe('GitHub limits in their own unit', () => {
  it('keeps a multi-byte check-run summary within 65,535 bytes, though far fewer characters', () => {
    const summary = renderMarkdownReport(multiByteReport(2_000), { budget: { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES, measure: utf8Bytes } })
    expect(utf8Bytes(summary)).toBeLessThanOrEqual(CHECK_RUN_OUTPUT_MAX_BYTES)
    expect(utf8Bytes(summary)).toBeGreaterThan(CHECK_RUN_OUTPUT_MAX_BYTES - 2_000)
    expect(summary.length).toBeLessThan(CHECK_RUN_OUTPUT_MAX_BYTES)
  })
  it('keeps the comment within 65,536 characters', () => {
    const body = renderMarkdownReport(multiByteReport(2_000), { budget: { maxSize: COMMENT_BODY_MAX_CHARS } })
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_MAX_CHARS)
    expect(body.length).toBeGreaterThan(COMMENT_BODY_MAX_CHARS - 2_000)
  })
  it('keeps annotation messages within a byte limit and titles within a character limit', () => {
    const { annotations } = renderAnnotations(multiByteReport(30), { maxAnnotations: 50, title: { maxSize: 40 }, message: { maxSize: 100, measure: utf8Bytes } })
    for (const a of annotations) {
      expect(utf8Bytes(a.message)).toBeLessThanOrEqual(100)
      expect(a.title.length).toBeLessThanOrEqual(40)
      expect(a.message).not.toMatch(/[\uD800-\uDBFF]$|[\uD800-\uDBFF][^\uDC00-\uDFFF]/)
    }
    expect(ANNOTATION_MESSAGE_MAX_BYTES).toBe(65_536)
  })
})

describe('download-timeout', () => {
  it.each([
    ['600', 600_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1.5h', 5_400_000],
    ['0.5s', 500]
  ])('reads %s', (raw, ms) => expect(parseDuration(raw)).toBe(ms))
  it.each(['', 'soon', '10 minutes', '-5', '0', '5d'])('refuses %j', (raw) => expect(parseDuration(raw)).toBeUndefined())
})

describe('hints that are true', () => {
  const error = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } })
  const now = Date.UTC(2026, 10, 27, 5, 0, 0)
  it('says a primary rate limit is one, and when it resets, and does not retry it when the reset is far', () => {
    const limited = error(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 1_800) })
    expect(rateLimitHint(new Date(now + 1_800_000), now)).toBe('the API rate limit of the github-token is exhausted; it resets at 2026-11-27T05:30:00Z (in 30 min)')
    expect(failureHint(limited, 'checks: write', true)).toContain('rate limit')
    expect(retryDelay(limited, 0, { attempts: 4, baseDelayMs: 10, maxDelayMs: 600 }, now)).toBeUndefined()
  })
  it('names the missing permission, and blames the fork only on a pull request from one', () => {
    const refused = error(403, 'Resource not accessible by integration')
    expect(failureHint(refused, 'pull-requests: write', false)).toBe(" (the github-token lacks pull-requests: write; grant it in the job's permissions)")
    expect(failureHint(refused, 'checks: write', true)).toContain('read-only on a pull request from a fork')
    expect(failureHint(error(422, 'Validation Failed'), 'checks: write', false)).toBe('')
  })
})

describe('createOnce', () => {
  const policy = { attempts: 4, baseDelayMs: 0, maxDelayMs: 0 }
  it('adopts what a timed-out create made instead of sending it again', async () => {
    let creates = 0
    const result = await createOnce(
      async () => {
        creates++
        throw new RequestTimeoutError(10)
      },
      async () => 'found',
      () => undefined,
      policy
    )
    expect([result, creates]).toEqual(['found', 1])
  })
  it('sends again when nothing was made, and never looks after a refusal', async () => {
    let looks = 0
    let creates = 0
    const refused = Object.assign(new Error('429'), { status: 429, response: { headers: {} } })
    const result = await createOnce(
      async () => {
        creates++
        if (creates === 1) throw Object.assign(new Error('502'), { status: 502 })
        if (creates === 2) throw refused
        return 'made'
      },
      async () => (looks++, undefined),
      () => undefined,
      policy
    )
    expect([result, creates, looks]).toEqual(['made', 3, 1])
  })
})
