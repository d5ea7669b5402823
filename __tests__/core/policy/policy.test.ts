import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../../src/core/model/errors.js'
import { loadPolicy } from '../../../src/core/policy/loadPolicy.js'
import { compilePolicy } from '../../../src/core/policy/normalize.js'
import { pointerJoin, pointerSegments } from '../../../src/core/json/pointer.js'
import { SIGNALCRAFT_PUBLISHED, SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import { compileFileRules } from '../../../src/core/policy/fileRules.js'

const dir = mkdtempSync(join(tmpdir(), 'dualrun-policy-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('signalcraft-v1 preset', () => {
  it("has upstream's 16 volatile keys and the default plus ranking score fields", () => {
    expect(SIGNALCRAFT_V1.volatileKeys).toHaveLength(16)
    expect(SIGNALCRAFT_V1.scoreFields).toEqual(expect.arrayContaining(['score', 'final_score', 'heuristic_score', 'base_score']))
    expect(SIGNALCRAFT_V1.identityFields).toEqual(['job_id', 'id', 'apply_url', 'detail_url', 'url'])
  })
})

describe('loadPolicy', () => {
  it('returns the preset without a file', async () => {
    expect(await loadPolicy(undefined)).toBe(SIGNALCRAFT_V1)
  })
  it('extends the preset from YAML with add/remove and replacements', async () => {
    const policy = await loadPolicy(
      file(
        'p.yml',
        'volatileKeys:\n  add: [ingested_at]\n  remove: [timestamp]\nignore:\n  run_health:\n    add: ["/phases/*/duration_sec"]\nscoreFields: [score]\nnumericTolerance: 0.01\nordering: ties-may-swap\n'
      )
    )
    expect(policy.volatileKeys).toContain('ingested_at')
    expect(policy.volatileKeys).not.toContain('timestamp')
    expect(policy.ignore.run_health).toEqual([...SIGNALCRAFT_V1.ignore.run_health, '/phases/*/duration_sec'])
    expect(policy.scoreFields).toEqual(['score'])
    expect(policy.numericTolerance).toBe(0.01)
    expect(policy.ordering).toBe('ties-may-swap')
    expect(policy.name).toBe('signalcraft-v1+p.yml')
  })
  it('reads JSON and can start from nothing', async () => {
    const policy = await loadPolicy(file('p.json', '{"extends":"none","name":"strict","volatileKeys":["ts"]}'))
    expect(policy).toMatchObject({ name: 'strict', volatileKeys: ['ts'], scoreFields: [] })
  })
  it.each([
    ['bad-key.yml', 'volatilekeys: [a]\n', "policy .*bad-key.yml: invalid: / unknown key 'volatilekeys'"],
    ['bad-enum.yml', 'ordering: random\n', 'invalid: /ordering must be one of \\["strict","ties-may-swap"\\]'],
    ['bad-pointer.yml', 'ignore:\n  run_health: ["phases"]\n', 'invalid: /ignore/run_health/0 must match pattern'],
    ['bad-tolerance.yml', 'numericTolerance: -1\n', 'invalid: /numericTolerance must be >= 0'],
    ['bad-yaml.yml', 'a: [\n', 'policy .*bad-yaml.yml: '],
    ['dup.yml', 'ordering: strict\nordering: strict\n', 'policy .*dup.yml: .*[Mm]ap keys must be unique']
  ])('rejects %s with one line naming the file and the problem', async (name, text, pattern) => {
    const error = await loadPolicy(file(name, text)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(new RegExp(pattern))
    expect((error as Error).message).not.toContain('\n')
  })
  it('rejects a missing file', async () => {
    await expect(loadPolicy(join(dir, 'none.yml'))).rejects.toThrow(/^policy .*none.yml: /)
  })
})

describe('compilePolicy', () => {
  it('normalizes ranked rows: volatile keys at any depth, run_id only under drift, and ignored pointers with wildcards', () => {
    const doc = {
      run_id: 'a',
      status: 'ok',
      phases: { score: { duration_sec: 1, status: 'ok', n: 1 }, publish: { n: 2 } },
      logs: { x: 1 },
      list: [{ started_at: 'x', keep: 1 }]
    }
    const policy = { ...SIGNALCRAFT_V1, ignore: { ...SIGNALCRAFT_V1.ignore, ranked_json: ['/logs', '/phases/*/n'] } }
    expect(compilePolicy(policy, { allowRunIdDrift: false }).normalizer('ranked_json')(doc)).toEqual({
      run_id: 'a',
      status: 'ok',
      phases: { score: { status: 'ok' }, publish: {} },
      list: [{ keep: 1 }]
    })
    expect(compilePolicy(policy, { allowRunIdDrift: true }).normalizer('ranked_json')(doc)).not.toHaveProperty('run_id')
  })
  it('always drops the drift keys from documents (run_id is the contract check\'s), and builds each normalizer once', () => {
    const compiled = compilePolicy(SIGNALCRAFT_V1, { allowRunIdDrift: false })
    expect(compiled.normalizer('run_health')({ run_id: 'a', status: 'ok' })).toEqual({ status: 'ok' })
    expect(compiled.normalizer('run_health')).toBe(compiled.normalizer('run_health'))
    expect(compiled.droppedKeys.has('run_id')).toBe(false)
    expect(compiled.documentDroppedKeys.has('run_id')).toBe(true)
  })
  it('copies a __proto__ key as data, never as the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')
    const out = compilePolicy(SIGNALCRAFT_V1, { allowRunIdDrift: true }).normalizer('run_health')(hostile) as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('escapes and unescapes pointer segments', () => {
    expect(pointerJoin('/a', 'b/c~d')).toBe('/a/b~1c~0d')
    expect(pointerSegments('/a/b~1c~0d/*')).toEqual(['a', 'b/c~d', '*'])
  })
})

describe('file rules', () => {
  const classify = compileFileRules(SIGNALCRAFT_V1)

  it('classifies the contract documents, the ranked outputs, logs and everything else', () => {
    expect(classify('run_summary.v1.json').mode).toBe('contract')
    expect(classify('artifacts/provider_availability_v1.json').mode).toBe('contract')
    expect(classify('openai/cs/openai_ranked_jobs.cs.csv').mode).toBe('ranked')
    expect(classify('openai/cs/openai_ranked_families.cs.json').mode).toBe('ranked')
    expect(classify('logs/stdout.log')).toMatchObject({ mode: 'ignored', reason: expect.stringContaining('logs') })
    expect(classify('openai/cs/openai_shortlist.cs.md')).toEqual({ mode: 'content', ignore: [] })
    expect(classify('artifacts/run_audit_v1.json')).toMatchObject({ mode: 'content', ignore: ['/config_hashes/config_fingerprint'] })
  })

  it('gives every ignored rule and every rule with ignore pointers a reason', () => {
    for (const rule of SIGNALCRAFT_V1.files) if (rule.mode === 'ignored' || rule.ignore !== undefined) expect(rule.reason?.length).toBeGreaterThan(10)
  })

  it('lets user rules added in front win (first match)', async () => {
    const policy = await loadPolicy(file('p.yaml', 'files:\n  add:\n    - { glob: "openai/**/*.md", mode: ignored, reason: "rendered views" }\n'))
    expect(compileFileRules(policy)('openai/cs/openai_top.cs.md')).toMatchObject({ mode: 'ignored', reason: 'rendered views' })
    expect(compileFileRules(policy)('run_summary.v1.json').mode).toBe('contract')
  })

  it('rejects an ignored rule without a reason, naming the file', async () => {
    const path = file('bad.yaml', 'files:\n  - { glob: "*.md", mode: ignored }\n')
    await expect(loadPolicy(path)).rejects.toThrow(UserError)
    await expect(loadPolicy(path)).rejects.toThrow(/bad\.yaml.*reason/)
  })
})

describe('presets by name', () => {
  it('loads signalcraft-published by name: only the ranked kinds are required', async () => {
    expect(await loadPolicy('signalcraft-published')).toBe(SIGNALCRAFT_PUBLISHED)
    expect(SIGNALCRAFT_PUBLISHED.required).toEqual(['ranked_json', 'ranked_csv', 'ranked_families_json'])
    expect(SIGNALCRAFT_V1.required).toHaveLength(6)
  })
  it('extends a preset from a file with acceptStatus, required and integrity', async () => {
    const policy = await loadPolicy(file('q.json', JSON.stringify({ extends: 'signalcraft-published', acceptStatus: { add: ['partial'] }, integrity: 'error' })))
    expect(policy.acceptStatus).toEqual(['success', 'partial'])
    expect(policy.integrity).toBe('error')
    expect(policy.required).toEqual(SIGNALCRAFT_PUBLISHED.required)
  })
})
