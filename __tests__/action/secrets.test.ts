import { describeHttpError } from '../../src/action/github.js'
import { RequestTimeoutError } from '../../src/action/retry.js'
import { redact, registerSecret } from '../../src/action/secrets.js'

const REGISTERED = 'registered-secret-value-0123'

describe('redact', () => {
  beforeAll(() => registerSecret(REGISTERED))

  it('removes registered secrets, credential-shaped strings and URL query strings', () => {
    expect(
      redact(
        `x ${REGISTERED} y ghs_abcdefghijklmnopqrstuvwxyz0123 github_pat_11AAAAAAA0aaaaaaaaaaaa_bbbbbbbb eyJhbGciOiJub25lIn0.eyJzY3AiOiJ4In0.c2ln https://blob.example/a.zip?sig=SIGNATURE&se=2026 Authorization: token abcdefgh12345 Bearer zzzzzzzzzzzz token=qqqqqqqqqq`
      )
    ).toBe('x *** y *** *** *** https://blob.example/a.zip?*** Authorization: token *** Bearer *** token=***')
  })

  it('leaves ordinary prose alone', () => {
    const prose = 'cannot read artifact a in run 5 of o/r: HTTP 404: Not Found - https://docs.github.com/rest; the github-token needs actions:read'
    expect(redact(prose)).toBe(prose)
  })
})

describe('describeHttpError', () => {
  it('keeps the status and the first line of the message, never a header or a signed URL it echoes', () => {
    const error = Object.assign(new Error(`Bad credentials (Authorization: token ${REGISTERED}) at https://api.example/x?access_token=leak\nsecond line`), {
      status: 401,
      request: { headers: { authorization: `token ${REGISTERED}` } }
    })
    expect(describeHttpError(error)).toBe('HTTP 401: Bad credentials (Authorization: token ***) at https://api.example/x?***')
  })

  it('describes a timeout and a non-HTTP error', () => {
    expect([describeHttpError(new RequestTimeoutError(50)), describeHttpError('boom')]).toEqual(['no answer within 50 ms', 'boom'])
  })
})
