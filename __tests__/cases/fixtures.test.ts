// Guards the committed fixtures: they must be exactly what scripts/make-fixtures.mjs generates
// (so they stay reproducible), and the v1 documents must validate against the shipped schemas.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  validateProviderAvailability,
  validateRunHealth,
  validateRunSummary,
  type CompiledValidator
} from '../../src/core/validate/validators.generated.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const fixtures = join(repo, 'fixtures')

/** Every file under `dir`, as sorted paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

const DOCUMENTS: [string, CompiledValidator][] = [
  ['run_summary.v1.json', validateRunSummary],
  ['run_health.v1.json', validateRunHealth],
  ['artifacts/provider_availability_v1.json', validateProviderAvailability]
]

function validate(path: string, validator: CompiledValidator): { ok: boolean; errors: string[] } {
  const ok = validator(JSON.parse(readFileSync(path, 'utf8')))
  return { ok, errors: (validator.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`) }
}

describe('fixtures', () => {
  let generated: string

  beforeAll(() => {
    generated = mkdtempSync(join(tmpdir(), 'dualrun-fixtures-'))
    execFileSync(process.execPath, [join(repo, 'scripts/make-fixtures.mjs'), generated])
  })

  afterAll(() => rmSync(generated, { recursive: true, force: true }))

  it.each(['runs', 'cases'])('committed fixtures/%s equal the generator output byte for byte', (sub) => {
    const committed = listFiles(join(fixtures, sub))
    expect(committed).toEqual(listFiles(join(generated, sub)))
    const differing = committed.filter(
      (file) => !readFileSync(join(fixtures, sub, file)).equals(readFileSync(join(generated, sub, file)))
    )
    expect(differing).toEqual([])
  })

  it('has the base pair and one case per finding kind', () => {
    expect(readdirSync(join(fixtures, 'runs')).sort()).toEqual(['aws', 'onprem'])
    expect(readdirSync(join(fixtures, 'cases')).sort()).toEqual([
      'README.md',
      'content',
      'content-json',
      'contract',
      'csv-header',
      'document',
      'family',
      'file-added',
      'file-removed',
      'inconsistent',
      'integrity',
      'job-added',
      'job-duplicate',
      'job-field',
      'job-identity',
      'job-moved',
      'job-removed',
      'job-score',
      'kitchen-sink',
      'missing',
      'run-status',
      'schema',
      'unreadable',
      'unrecorded'
    ])
  })

  it.each(['aws', 'onprem'])('every v1 document of runs/%s validates', (side) => {
    for (const [file, validator] of DOCUMENTS) {
      expect({ file, ...validate(join(fixtures, 'runs', side, file), validator) }).toEqual({ file, ok: true, errors: [] })
    }
  })

  it('the base pair differs only in the three v1 documents and the run-dependent side files; ranked files are byte-identical', () => {
    const aws = listFiles(join(fixtures, 'runs/aws'))
    expect(aws).toEqual(listFiles(join(fixtures, 'runs/onprem')))
    const differing = aws.filter(
      (file) => !readFileSync(join(fixtures, 'runs/aws', file)).equals(readFileSync(join(fixtures, 'runs/onprem', file)))
    )
    // run_report, the digest and its receipt, and index.json embed the run id, times and host paths (as the real ones do).
    const sideFiles = ['artifacts/digest_receipt_v1.json', 'artifacts/digest_v1.json', 'index.json', 'run_report.json']
    expect(differing).toEqual([...DOCUMENTS.map(([file]) => file), ...sideFiles].sort())
  })

  it('ranked_outputs record the sha256 and size of the run dir’s own ranked files', async () => {
    const { createHash } = await import('node:crypto')
    for (const side of ['aws', 'onprem']) {
      const dir = join(fixtures, 'runs', side)
      const summary = JSON.parse(readFileSync(join(dir, 'run_summary.v1.json'), 'utf8')) as {
        ranked_outputs: Record<string, { provider: string; profile: string; path: string; sha256: string; bytes: number }[]>
      }
      const entries = Object.values(summary.ranked_outputs).flat()
      expect(entries).toHaveLength(8)
      for (const entry of entries) {
        const name = entry.path.slice(entry.path.lastIndexOf('/') + 1)
        const bytes = readFileSync(join(dir, entry.provider, entry.profile, name))
        expect([name, createHash('sha256').update(bytes).digest('hex'), bytes.length]).toEqual([name, entry.sha256, entry.bytes])
      }
    }
  })

  it('case documents validate, except the deliberate schema errors', () => {
    const invalid: string[] = []
    for (const name of readdirSync(join(fixtures, 'cases')).filter((n) => n !== 'README.md' && n !== 'unreadable')) {
      for (const side of ['left', 'right']) {
        for (const [file, validator] of DOCUMENTS) {
          const result = validate(join(fixtures, 'cases', name, side, file), validator)
          if (!result.ok) invalid.push(`${name}/${side}/${file}: ${result.errors.join('; ')}`)
        }
      }
    }
    expect(invalid).toEqual(['schema/right/run_health.v1.json: /timestamps additionalProperties; /durations/total_sec type'])
  })
})
