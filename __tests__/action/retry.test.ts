import { RequestTimeoutError, retryDelay, retryPolicy, withRetry } from '../../src/action/retry.js'

const policy = { attempts: 4, baseDelayMs: 10, maxDelayMs: 600 }
const httpError = (status: number, headers: Record<string, string> = {}, message = 'boom') => Object.assign(new Error(message), { status, response: { headers } })

describe('retryDelay', () => {
  it('backs off exponentially on 5xx', () => {
    expect([0, 1, 2].map((attempt) => retryDelay(httpError(502), attempt, policy))).toEqual([10, 20, 40])
  })
  it('honours retry-after on secondary rate limits, up to the cap', () => {
    expect(retryDelay(httpError(403, { 'retry-after': '0.2' }), 0, policy)).toBe(200)
    expect(retryDelay(httpError(403, { 'retry-after': '60' }), 0, policy)).toBe(600)
    expect(retryDelay(httpError(403, {}, 'You have exceeded a secondary rate limit'), 1, policy)).toBe(20)
    expect(retryDelay(httpError(429), 0, policy)).toBe(10)
  })
  it('retries a request that got no answer in time, with the same backoff', () => {
    expect([0, 3, 9].map((attempt) => retryDelay(new RequestTimeoutError(30_000), attempt, policy))).toEqual([10, 80, 600])
  })
  it('never retries other client errors or non-HTTP errors', () => {
    expect([retryDelay(httpError(403), 0, policy), retryDelay(httpError(404), 0, policy), retryDelay(httpError(422), 0, policy), retryDelay(new Error('x'), 0, policy)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe('withRetry', () => {
  it('retries until success and reports each retry', async () => {
    const seen: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw httpError(503)
        return 'ok'
      },
      (_error, delay) => seen.push(delay),
      { ...policy, baseDelayMs: 1, maxDelayMs: 60 }
    )
    expect([result, calls, seen]).toEqual(['ok', 3, [1, 2]])
  })
  it('gives up after the last attempt with the original error', async () => {
    const error = httpError(500)
    let calls = 0
    await expect(withRetry(async () => ((calls++), Promise.reject(error)), () => undefined, { ...policy, baseDelayMs: 0 })).rejects.toBe(error)
    expect(calls).toBe(4)
  })
  it('takes the base delay from DUALRUN_RETRY_BASE_MS', () => {
    expect(retryPolicy({ DUALRUN_RETRY_BASE_MS: '2' })).toEqual({ attempts: 4, baseDelayMs: 2, maxDelayMs: 120 })
    expect(retryPolicy({})).toEqual({ attempts: 4, baseDelayMs: 1000, maxDelayMs: 60000 })
  })
})
