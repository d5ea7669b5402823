/** The legs manifest: what it accepts, and the exact one-line error for each kind of mistake. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadLegsManifest, parseLegsManifest, readLegsManifest } from '../../../src/core/legs/manifest.js'
import { REPO_ROOT } from '../../support/paths.js'

const legs = (...items: string[]): string => `legs:\n${items.join('')}`
const leg = (body: string): string => `  - ${body.trim().split('\n').join('\n    ')}\n`
const OK_LEFT = 'left: { path: runs/aws }'
const OK_RIGHT = 'right: { path: runs/onprem }'

async function problem(text: string): Promise<string> {
  try {
    await parseLegsManifest(text, 'legs.yml')
  } catch (error) {
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected the manifest to be refused')
}

describe('legs manifest', () => {
  it('reads every kind of side, with default labels from the artifact, folder or zip name', async () => {
    const manifest = await parseLegsManifest(
      [
        'fail-on: warning',
        'legs:',
        '  - name: aws-onprem',
        '    left: { artifact: nightly-aws, run-id: 42, run-dir: out }',
        '    right: { path: runs/onprem/, label: on-prem }',
        '  - name: aws-dr',
        '    left: { artifact: nightly-aws, run-id: "42" }',
        '    right: { zip: dl/dr.zip, run-dir: run }',
        '    policy: policies/dr.yml'
      ].join('\n'),
      'legs.yml'
    )
    expect(manifest).toEqual({
      source: 'legs.yml',
      failOn: 'warning',
      legs: [
        {
          name: 'aws-onprem',
          left: { source: { kind: 'artifact', name: 'nightly-aws', runId: 42, runDir: 'out' }, label: 'nightly-aws' },
          right: { source: { kind: 'path', path: 'runs/onprem/' }, label: 'on-prem' }
        },
        {
          name: 'aws-dr',
          left: { source: { kind: 'artifact', name: 'nightly-aws', runId: 42 }, label: 'nightly-aws' },
          right: { source: { kind: 'zip', path: 'dl/dr.zip', runDir: 'run' }, label: 'dr' },
          policy: 'policies/dr.yml'
        }
      ]
    })
  })

  it("reads the README's manifest example", async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const example = /```yaml\n(# parity\/legs\.yml[\s\S]*?)```/.exec(readme)?.[1]
    expect(example).toBeDefined()
    const manifest = await parseLegsManifest(example!, 'README.md')
    expect(manifest.legs.map((l) => [l.name, l.left.label, l.right.label])).toEqual([
      ['aws-onprem', 'aws', 'on-prem'],
      ['aws-dr', 'aws', 'dr']
    ])
  })

  it('reads JSON as well', async () => {
    const manifest = await parseLegsManifest(JSON.stringify({ legs: [{ name: 'a', left: { path: 'x' }, right: { zip: 'y.zip' } }] }), 'legs.json')
    expect(manifest.legs.map((l) => [l.left.label, l.right.label])).toEqual([['x', 'y']])
  })

  it.each([
    ['an unknown key in a side', legs(leg(`name: dr\nleft: { path: a, artefact: b }\n${OK_RIGHT}`)), "legs manifest legs.yml: leg 'dr' left: unknown key 'artefact' (allowed: artifact, path, zip, run-id, run-dir, label)"],
    ['an unknown key in a leg', legs(leg(`name: dr\n${OK_LEFT}\n${OK_RIGHT}\npolicies: p.yml`)), "legs manifest legs.yml: leg 'dr': unknown key 'policies' (allowed: name, left, right, policy)"],
    ['an unknown top-level key', `failOn: never\n${legs(leg(`name: dr\n${OK_LEFT}\n${OK_RIGHT}`))}`, "legs manifest legs.yml: unknown key 'failOn' (allowed: legs, fail-on)"],
    [
      'a duplicate leg name (ignoring case)',
      legs(leg(`name: aws-dr\n${OK_LEFT}\n${OK_RIGHT}`), leg(`name: other\n${OK_LEFT}\n${OK_RIGHT}`), leg(`name: AWS-DR\n${OK_LEFT}\n${OK_RIGHT}`)),
      "legs manifest legs.yml: leg 'AWS-DR' (#3): duplicate name; leg #1 is named 'aws-dr' (names are compared ignoring case: they name files)"
    ],
    ['a side with neither artifact nor path nor zip', legs(leg(`name: dr\nleft: { label: aws }\n${OK_RIGHT}`)), "legs manifest legs.yml: leg 'dr' left: has none of artifact, path, zip (exactly one names where the run dir comes from)"],
    ['a side with two sources', legs(leg(`name: dr\n${OK_LEFT}\nright: { path: a, zip: b.zip }`)), "legs manifest legs.yml: leg 'dr' right: has 'path' and 'zip'; give exactly one of artifact, path, zip"],
    ['a side that is not a mapping', legs(leg(`name: dr\nleft: runs/aws\n${OK_RIGHT}`)), "legs manifest legs.yml: leg 'dr' left: must be a mapping"],
    ['a leg without a name', legs(leg(`name: ok\n${OK_LEFT}\n${OK_RIGHT}`), leg(`${OK_LEFT}\n${OK_RIGHT}`)), 'legs manifest legs.yml: leg #2: has no name'],
    ['a name that cannot name a file', legs(leg(`name: aws/dr\n${OK_LEFT}\n${OK_RIGHT}`)), "legs manifest legs.yml: leg #1: name 'aws/dr' must be letters, digits, '.', '_' or '-', starting with a letter or digit (it names the leg's report file)"],
    ['no legs', 'legs: []\n', "legs manifest legs.yml: 'legs' is empty; list at least one leg"],
    ['no legs key', 'fail-on: never\n', "legs manifest legs.yml: missing key 'legs'"],
    ['an empty file', '', "legs manifest legs.yml: is empty; it needs a 'legs' list"],
    ['run-id without an artifact', legs(leg(`name: dr\nleft: { path: a, run-id: 7 }\n${OK_RIGHT}`)), "legs manifest legs.yml: leg 'dr' left: 'run-id' goes with 'artifact' only"],
    ['a run-id that is not a run id', legs(leg(`name: dr\nleft: { artifact: a, run-id: latest }\n${OK_RIGHT}`)), "legs manifest legs.yml: leg 'dr' left: 'run-id' must be a workflow run id (a positive whole number), got 'latest'"],
    ['a bad fail-on', `fail-on: sometimes\n${legs(leg(`name: dr\n${OK_LEFT}\n${OK_RIGHT}`))}`, "legs manifest legs.yml: 'fail-on' must be one of error, warning, never, got 'sometimes'"],
    ['bad YAML, with its line', 'legs:\n  - name: dr\n    left: { path: a\n', 'legs manifest legs.yml: line 4, column 1: not valid YAML or JSON: Flow map in block collection must be sufficiently indented and end with a }'],
    ['a duplicate key', 'legs:\n  - name: dr\n    name: dr2\n', 'legs manifest legs.yml: line 3, column 5: not valid YAML or JSON: Map keys must be unique']
  ])('refuses %s with one line naming the file, the leg and the key', async (_what, text, expected) => {
    expect(await problem(text)).toBe(expected)
  })

  it('names a manifest file that cannot be read', async () => {
    await expect(readLegsManifest('/no/such/legs.yml')).rejects.toThrow(/^legs manifest \/no\/such\/legs\.yml: not found$/)
  })

  it('takes the action input as a path or as the manifest inline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualrun-manifest-'))
    const file = join(dir, 'legs.yml')
    const text = legs(leg(`name: dr\n${OK_LEFT}\n${OK_RIGHT}`))
    writeFileSync(file, text)
    expect((await loadLegsManifest(file)).source).toBe(file)
    const inline = await loadLegsManifest(text)
    expect(inline.source).toBe('inline')
    expect(inline.legs.map((l) => l.name)).toEqual(['dr'])
    await expect(loadLegsManifest('legs: []')).rejects.toThrow("legs manifest inline: 'legs' is empty; list at least one leg")
  })
})
