/** What the step saves for its post step, and what the post step makes of it (saved by the step's own functions, or spoiled). */
import { readUnfinishedCheckRun, saveCheckRun, saveCheckRunCompleted, saveCheckRunConclusion, SavedState } from '../../src/action/postState.js'
import { fakeCore } from '../support/fakeCore.js'

const TARGET = { owner: 'octo', repo: 'repo', name: 'dualrun', headSha: 'b'.repeat(40), externalId: 'dualrun:900:1:gate' }
const reader = (state: Record<string, string>) => (name: string) => state[name] ?? ''

describe('the state saved for the post step', () => {
  it('follows the check run from its create to its confirmed completion', () => {
    const core = fakeCore()
    expect(readUnfinishedCheckRun(reader(core.state))).toBeUndefined()
    saveCheckRun(core, { target: TARGET })
    expect(readUnfinishedCheckRun(reader(core.state))).toEqual({ run: { target: TARGET }, conclusion: undefined })
    saveCheckRun(core, { target: TARGET, id: 4242 })
    saveCheckRunConclusion(core, 'failure')
    expect(readUnfinishedCheckRun(reader(core.state))).toEqual({ run: { target: TARGET, id: 4242 }, conclusion: 'failure' })
    saveCheckRunCompleted(core)
    expect(readUnfinishedCheckRun(reader(core.state))).toBeUndefined()
  })

  it.each([
    ['not JSON', '{"target":'],
    ['no target', '{"id":7}'],
    ['a target without its commit', JSON.stringify({ target: { ...TARGET, headSha: '' } })],
    ['a target of another shape', JSON.stringify({ target: { ...TARGET, owner: 7 } })],
    ['null', 'null']
  ])('is nothing to do when it is %s', (_what, saved) => {
    expect(readUnfinishedCheckRun(reader({ [SavedState.CheckRun]: saved }))).toBeUndefined()
  })

  it('keeps only what the step writes: a positive integer id and a known conclusion', () => {
    const state = { [SavedState.CheckRun]: JSON.stringify({ target: { ...TARGET, extra: 'x' }, id: -1 }), [SavedState.Conclusion]: 'maybe' }
    expect(readUnfinishedCheckRun(reader(state))).toEqual({ run: { target: TARGET }, conclusion: undefined })
  })
})
