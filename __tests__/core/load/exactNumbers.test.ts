import { inexactNumberFindings } from '../../../src/core/load/artifact.js'

const side = (s: 'left' | 'right', text: string) => ({ side: s, relPath: 'x.json', numbers: [{ pointer: '/score', text }], count: 1 })

describe('numbers compare by their exact decimal value', () => {
  it('1e400 and 10e399 are the same number: a warning only', () => {
    const findings = inexactNumberFindings('ranked_json:openai:cs', side('left', '1e400'), side('right', '10e399'))
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning'])
  })
  it('1e400 and 1e401 differ, though both read as Infinity: errors', () => {
    const findings = inexactNumberFindings('ranked_json:openai:cs', side('left', '1e400'), side('right', '1e401'))
    expect(findings.map((f) => [f.side, f.severity])).toEqual([
      ['left', 'error'],
      ['right', 'error']
    ])
  })
  it('2^53 + 1 on one side against 2^53 on the other is an error', () => {
    const findings = inexactNumberFindings('ranked_json:openai:cs', undefined, side('right', '9007199254740993'))
    expect(findings.map((f) => [f.side, f.severity, f.right])).toEqual([['right', 'error', '9007199254740993']])
  })
})
