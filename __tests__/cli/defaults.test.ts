/** One set of defaults (core/model/defaults.ts): the action's inputs, the read limits and the README's table say the same. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseInputs } from '../../src/action/inputs.js'
import { DEFAULTS } from '../../src/core/model/defaults.js'
import { DEFAULT_LIMITS } from '../../src/core/model/limits.js'
import { parseReadLimits } from '../../src/core/model/options.js'
import { REPO_ROOT } from '../support/paths.js'


describe('the shared defaults', () => {
  it('are action.yml’s input defaults', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
    for (const [name, value] of Object.entries(DEFAULTS)) {
      expect([name, action.inputs[name]?.default]).toEqual([name, String(value)])
    }
  })

  it('are what both edges parse an absent value as', () => {
    expect(parseReadLimits({}, (n) => n)).toEqual(DEFAULT_LIMITS)
    const inputs = parseInputs((name) => ({ 'left-path': 'l', 'right-path': 'r' })[name as string] ?? '', 'octo/repo')
    expect([inputs.allowRunIdDrift, inputs.left!.label, inputs.right!.label, inputs.failOn, inputs.comment, inputs.downloadTimeoutMs]).toEqual([
      DEFAULTS['allow-run-id-drift'],
      DEFAULTS['left-label'],
      DEFAULTS['right-label'],
      DEFAULTS['fail-on'],
      DEFAULTS.comment,
      10 * 60_000
    ])
  })

  it('are the README settings table', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('### Inputs'), readme.indexOf('### Outputs'))
    const rows = table.split('\n').filter((line) => line.startsWith('| `'))
    for (const [name, value] of Object.entries(DEFAULTS)) {
      const row = rows.find((line) => line.split('|')[1]!.includes(`\`${name}\``))
      expect([name, row?.split('|')[3]?.includes(`\`${String(value)}\``)]).toEqual([name, true])
    }
  })
})
