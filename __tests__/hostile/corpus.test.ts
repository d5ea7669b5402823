/**
 * The hostile-input corpus: each row mutates a temp copy of the fixture pair (left aws, right
 * onprem, which PASS untouched with zero findings) and states exactly which findings appear
 * (kind, severity, side, artifact, pointer, and the key part of what the finding reads as: its
 * sentence as the renderers compose it, with each side named `left`/`right`) and the verdict, or
 * the exact one-line CLI error. Every report must also validate as `dualrun-report/v1`, keep each
 * message on one printable line without a stack frame, and render as text without a raw ESC.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, renameSync, rmSync, symlinkSync, cpSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding, Report, Verdict } from '../../src/core/model/types.js'
import { findingSentence } from '../../src/render/format.js'
import { renderText } from '../../src/render/text.js'
import { comparePair, FILES, makePair, reportProblems, shapeOf, type ExpectedFinding, type RunPair } from './support.js'
import { cli } from '../support/cli.js'

/** A finding as the renderers compose it (where, then the message body), each side named by its own name. */
const sentence = (f: Finding): string => findingSentence({ left: { label: 'left', path: '', run_id: null }, right: { label: 'right', path: '', run_id: null } }, f)

const J = 'ranked_json:openai:cs'
const C = 'ranked_csv:openai:cs'
const F = 'ranked_families_json:openai:cs'
const FIRST_JOB = '9e3779b1-d626-475a-8494-f86c2626774d'
const SECOND_JOB = '3c6ef362-81d5-45c7-9188-927565685f44'

/** The integrity warning a changed right-side ranked file gets (its sha256 no longer matches run_summary). */
const integrity = (artifact: string, side: 'left' | 'right' = 'right'): ExpectedFinding => ({
  kind: 'integrity',
  severity: 'warning',
  side,
  artifact,
  message: 'differs from the'
})

/** Sets the path run_summary.ranked_outputs records for one ranked kind of openai/cs. */
function recordPath(pair: RunPair, side: 'left' | 'right', kind: 'ranked_json' | 'ranked_csv' | 'ranked_families_json', path: string): void {
  pair.editJson(side, FILES.summary, (summary) => {
    const entry = summary.ranked_outputs[kind].find((e: { provider: string; profile: string }) => e.provider === 'openai' && e.profile === 'cs')
    entry.path = path
  })
}

/** Inserts raw text right after the `{` opening the first job of a ranked JSON file. */
function intoFirstJob(pair: RunPair, side: 'left' | 'right', rel: string, raw: string): void {
  const text = pair.text(side, rel)
  const at = text.indexOf('{') + 1
  pair.write(side, rel, text.slice(0, at) + raw + text.slice(at))
}

interface Row {
  name: string
  mutate: (pair: RunPair) => void
  limits?: { maxFileBytes?: number; maxTotalBytes?: number; maxFiles?: number }
  verdict: Verdict
  findings: ExpectedFinding[]
  /**
   * The findings of the whole-run-dir checks this mutation also (rightly) triggers: the inventory
   * (a file on one side only, every file read), receipts, and each run's self-consistency.
   */
  alsoFindings?: ExpectedFinding[]
  /** Extra checks on the report. */
  also?: (report: Report, pair: RunPair) => void
}

const bothSides = (make: (side: 'left' | 'right') => ExpectedFinding): ExpectedFinding[] => [make('left'), make('right')]
/** The self-consistency error of one side: its CSV or families no longer agree with its ranked JSON. */
const inconsistent = (artifact: string, side: 'left' | 'right', message: string, pointer?: string): ExpectedFinding => ({
  kind: 'inconsistent',
  severity: 'error',
  side,
  artifact,
  ...(pointer !== undefined ? { pointer } : {}),
  message
})
/** A file the inventory finds on one side only. */
const oneSide = (path: string, side: 'left' | 'right'): ExpectedFinding => ({
  kind: side === 'right' ? 'file-added' : 'file-removed',
  severity: 'error',
  side,
  artifact: `file:${path}`,
  message: `${side} ${path}: only in this run dir`
})
/** A content file the inventory could not read within a limit. */
const overLimit = (path: string, side: 'left' | 'right', limit: string): ExpectedFinding => ({ kind: 'unreadable', severity: 'error', side, artifact: `file:${path}`, message: `${side} ${path}: ${limit}` })

const ROWS: Row[] = [
  // ---- confinement: nothing outside the run dirs is read, listed or echoed
  {
    name: 'recorded ranked path ../../../etc/passwd, convention file missing',
    mutate: (p) => {
      rmSync(p.path('right', FILES.jobs))
      recordPath(p, 'right', 'ranked_json', '../../../etc/passwd')
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: J, message: 'the path recorded in run_summary.ranked_outputs, "../../../etc/passwd", leaves the run directory; it was not read' }]
  },
  {
    name: 'recorded ranked path escaping through a subfolder (a/../../x), convention file missing',
    mutate: (p) => {
      rmSync(p.path('right', FILES.csv))
      recordPath(p, 'right', 'ranked_csv', 'openai/../../left/openai/cs/openai_ranked_jobs.cs.csv')
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: C, message: '"openai/../../left/openai/cs/openai_ranked_jobs.cs.csv", leaves the run directory' }]
  },
  {
    name: 'recorded absolute path outside the run dir, convention file missing',
    mutate: (p) => {
      rmSync(p.path('right', FILES.jobs))
      recordPath(p, 'right', 'ranked_json', '/etc/passwd')
    },
    verdict: 'error',
    findings: [
      {
        kind: 'missing',
        severity: 'error',
        side: 'right',
        artifact: J,
        message: 'right openai/cs/openai_ranked_jobs.cs.json: not found; the path recorded in run_summary.ranked_outputs, "/etc/passwd", lies outside the run dir and was not read'
      }
    ]
  },
  {
    name: 'recorded absolute path climbing out of the run dir with .., convention file missing',
    mutate: (p) => {
      rmSync(p.path('right', FILES.jobs))
      recordPath(p, 'right', 'ranked_json', `${p.right}/../left/${FILES.jobs}`)
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: J, message: 'leaves the run directory; it was not read' }]
  },
  {
    name: 'recorded path with a NUL byte, convention file missing',
    mutate: (p) => {
      rmSync(p.path('right', FILES.families))
      recordPath(p, 'right', 'ranked_families_json', 'openai/cs/x.json\u0000/etc/passwd')
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: F, message: 'contains a NUL byte; it was not read' }]
  },
  {
    name: 'recorded absolute path outside the run dir while the convention file exists (normal on-prem): nothing reported',
    mutate: (p) => recordPath(p, 'right', 'ranked_json', '/etc/passwd'),
    verdict: 'pass',
    findings: []
  },
  {
    name: 'recorded relative path inside the run dir is used when the convention file is missing',
    alsoFindings: [oneSide('moved/jobs.json', 'right')],
    mutate: (p) => {
      mkdirSync(p.path('right', 'moved'))
      renameSync(p.path('right', FILES.jobs), p.path('right', 'moved/jobs.json'))
      recordPath(p, 'right', 'ranked_json', 'moved/jobs.json')
    },
    verdict: 'fail',
    findings: [],
    also: (report) => expect(report.presence.find((row) => row.artifact === J)?.path).toBe('openai/cs/openai_ranked_jobs.cs.json')
  },
  {
    name: 'symlink to a file outside the run dir where run_health belongs',
    mutate: (p) => {
      writeFileSync(join(p.base, 'secret.json'), '{"secret":"TOP SECRET"}')
      rmSync(p.path('right', FILES.health))
      symlinkSync(join(p.base, 'secret.json'), p.path('right', FILES.health))
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: is a symlink to a location outside the run directory' }],
    also: (report) => expect(JSON.stringify(report)).not.toContain('TOP SECRET')
  },
  {
    name: 'symlink folder pointing outside (openai -> a copy outside the run dir)',
    alsoFindings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'file:openai', message: 'right openai: is a symlink to a location outside the run directory' }, oneSide('openai/cs/openai_shortlist.cs.md', 'left')],
    mutate: (p) => {
      cpSync(p.path('right', 'openai'), join(p.base, 'outside-openai'), { recursive: true })
      rmSync(p.path('right', 'openai'), { recursive: true })
      symlinkSync(join(p.base, 'outside-openai'), p.path('right', 'openai'))
    },
    verdict: 'error',
    findings: [J, C, F].map((artifact) => ({ kind: 'unsafe-path' as const, severity: 'error' as const, side: 'right' as const, artifact, message: 'is a symlink to a location outside the run directory' }))
  },
  {
    name: 'dangling symlink where provider_availability belongs',
    mutate: (p) => {
      rmSync(p.path('right', FILES.availability))
      symlinkSync(join(p.base, 'nowhere.json'), p.path('right', FILES.availability))
    },
    verdict: 'error',
    findings: [{ kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'provider_availability', message: 'right artifacts/provider_availability_v1.json: is a symlink that does not resolve' }]
  },
  {
    name: 'symlink to a file inside the run dir is followed',
    alsoFindings: [oneSide('openai/cs/real.csv', 'right')],
    mutate: (p) => {
      renameSync(p.path('right', FILES.csv), p.path('right', 'openai/cs/real.csv'))
      symlinkSync(p.path('right', 'openai/cs/real.csv'), p.path('right', FILES.csv))
    },
    verdict: 'fail',
    findings: []
  },
  {
    name: 'a FIFO where run_health belongs (refused without waiting for a writer)',
    mutate: (p) => {
      rmSync(p.path('right', FILES.health))
      execFileSync('mkfifo', [p.path('right', FILES.health)])
    },
    verdict: 'error',
    findings: [
      { kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: is a FIFO, not a regular file' }
    ]
  },
  {
    name: 'a provider name with ../ in run_summary.ranked_outputs',
    alsoFindings: [{ kind: 'unrecorded', severity: 'warning', side: 'right', artifact: J, message: 'not listed in run_summary.ranked_outputs; compared anyway' }],
    mutate: (p) =>
      p.editJson('right', FILES.summary, (s) => {
        s.ranked_outputs.ranked_json[1].provider = '../../etc'
      }),
    verdict: 'error',
    findings: [
      { kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_json/1', message: 'right run_summary.v1.json /ranked_outputs/ranked_json/1: provider "../../etc" / profile "cs" is not a plain folder name' },
      // The document diff of run_summary still shows the changed entry.
      { kind: 'document', severity: 'error', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_json/1', message: '/ranked_outputs/ranked_json/1: absent != ' },
      { kind: 'document', severity: 'error', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_json/1', message: '/ranked_outputs/ranked_json/1: {' }
    ]
  },
  {
    name: 'a profile name with a terminal escape in run_summary.ranked_outputs',
    alsoFindings: [{ kind: 'unrecorded', severity: 'warning', side: 'right', artifact: C, message: 'not listed in run_summary.ranked_outputs; compared anyway' }],
    mutate: (p) =>
      p.editJson('right', FILES.summary, (s) => {
        s.ranked_outputs.ranked_csv[1].profile = '\u001b[31mcs'
      }),
    verdict: 'error',
    findings: [
      { kind: 'unsafe-path', severity: 'error', side: 'right', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_csv/1', message: 'provider "openai" / profile "\\u001b[31mcs" is not a plain folder name' },
      { kind: 'document', severity: 'error', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_csv/1', message: 'absent != ' },
      { kind: 'document', severity: 'error', artifact: 'run_summary', pointer: '/ranked_outputs/ranked_csv/1', message: '!= absent' }
    ]
  },
  // ---- limits
  {
    name: 'a file over the per-file size limit is refused before reading',
    mutate: () => undefined,
    limits: { maxFileBytes: 38_000 },
    verdict: 'error',
    findings: (['left', 'right'] as const).flatMap((side) => [
      {
        kind: 'unreadable' as const,
        severity: 'error' as const,
        side,
        artifact: F,
        message: `${side} openai/cs/openai_ranked_families.cs.json: is 39904 bytes, over the per-file limit of 38000 (raise --max-file-size / max-file-size)`
      },
      {
        kind: 'unreadable' as const,
        severity: 'error' as const,
        side,
        artifact: 'ranked_families_json:anthropic:tam',
        message: `${side} anthropic/tam/anthropic_ranked_families.tam.json: is 40260 bytes, over the per-file limit of 38000 (raise --max-file-size / max-file-size)`
      }
    ]),
    also: (report) => expect(report.presence.find((row) => row.artifact === F)).toMatchObject({ left: 'unreadable', right: 'unreadable' })
  },
  {
    name: 'the total bytes read from a run dir over its limit',
    alsoFindings: bothSides((side) => overLimit('run_report.json', side, 'would take the bytes read from this run dir over the limit of 150000')),
    mutate: () => undefined,
    limits: { maxTotalBytes: 150_000 },
    verdict: 'error',
    // Documents and anthropic/tam come first; the openai families file is the one that would cross the limit.
    findings: (['left', 'right'] as const).map((side) => ({
      kind: 'unreadable' as const,
      severity: 'error' as const,
      side,
      artifact: F,
      message: `${side} openai/cs/openai_ranked_families.cs.json: would take the bytes read from this run dir over the limit of 150000 (raise --max-artifact-size / max-artifact-size)`
    }))
  },
  {
    name: 'more files than max-files allows',
    alsoFindings: [...bothSides((side) => ({ kind: 'unreadable', severity: 'error', side, artifact: 'run_dir', message: `${side}: 4 files were not compared: over the max-files limit` })), ...bothSides((side) => ({ kind: 'unreadable', severity: 'error', side, artifact: 'run_dir', message: `${side}: folder "." has 8 entries, over the max-files limit of 5` })), ...bothSides((side) => ({ kind: 'unreadable', severity: 'error', side, artifact: 'run_dir', message: `${side}: more than 5 files; only the first 5 were inventoried` }))],
    mutate: () => undefined,
    limits: { maxFiles: 5 },
    verdict: 'error',
    findings: [
      { kind: 'unreadable', severity: 'error', artifact: 'run_dir', message: '2 provider/profile pairs have ranked outputs, but the max-files limit of 5 leaves room for 1; the other 1 were not compared (raise --max-files / max-files)' },
      ...(['left', 'right'] as const).map((side) => ({
        kind: 'unreadable' as const,
        severity: 'error' as const,
        side,
        artifact: 'ranked_families_json:anthropic:tam',
        message: `${side} anthropic/tam/anthropic_ranked_families.tam.json: not read: over the limit of 5 files read from one run dir (raise --max-files / max-files)`
      }))
    ]
  },
  {
    name: 'a run dir listing over max-files (run_summary missing, so the folder is searched)',
    mutate: (p) => {
      rmSync(p.path('right', FILES.summary))
      // The same junk on both sides: only the listing limits differ from a clean pair.
      for (let i = 0; i < 30; i++) for (const side of ['left', 'right'] as const) p.write(side, `junk-${i}.txt`, 'x')
    },
    limits: { maxFiles: 30 },
    verdict: 'error',
    findings: [
      { kind: 'missing', severity: 'error', side: 'right', artifact: 'run_summary', message: 'right run_summary.v1.json: not found' },
      ...bothSides((side) => ({
        kind: 'unreadable' as const,
        severity: 'error' as const,
        side,
        artifact: 'run_dir',
        message: `${side}: folder "." has ${side === 'left' ? 38 : 37} entries, over the max-files limit of 30; only the first 30 were looked at (raise --max-files / max-files)`
      })),
      ...bothSides((side) => ({ kind: 'unreadable' as const, severity: 'error' as const, side, artifact: 'run_dir', message: `${side}: more than 30 files; only the first 30 were inventoried` })),
      ...bothSides((side) => ({ kind: 'unreadable' as const, severity: 'error' as const, side, artifact: 'run_dir', message: `${side}: 9 files were not compared: over the max-files limit` }))
    ]
  },
  // ---- broken JSON documents
  {
    name: 'malformed JSON in run_health (line and column)',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, '{\n  "candidate_id": "local",\n  "run_id": ]\n}\n'),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: invalid JSON at line 3 column 13: unexpected character "]"' }]
  },
  {
    name: 'truncated run_summary (both sides discover ranked files by convention on the broken side)',
    mutate: (p) => p.write('right', FILES.summary, p.text('right', FILES.summary).slice(0, 500)),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_summary', message: 'right run_summary.v1.json: invalid JSON at line 1 column 501: truncated (unexpected end of input)' }]
  },
  {
    name: 'a UTF-8 byte-order mark (a warning; the document is still compared)',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(p.path('right', FILES.health))])),
    verdict: 'pass',
    findings: [{ kind: 'unreadable', severity: 'warning', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: starts with a UTF-8 byte-order mark (ignored)' }]
  },
  {
    name: 'non-UTF-8 bytes in run_summary',
    mutate: (p) => p.write('right', FILES.summary, Buffer.concat([Buffer.from('{"candidate_id":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_summary', message: 'right run_summary.v1.json: not valid UTF-8 (first bad byte at offset 17)' }]
  },
  {
    name: 'UTF-16 encoded JSON',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(p.text('right', FILES.health), 'utf16le')])),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: encoded as UTF-16 (byte-order mark FF FE), not UTF-8' }]
  },
  {
    name: 'an empty file',
    alsoFindings: [integrity('provider_availability')],
    mutate: (p) => p.write('right', FILES.availability, ''),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'provider_availability', message: 'right artifacts/provider_availability_v1.json: empty file (no JSON value)' }]
  },
  {
    name: 'a folder where a file belongs',
    mutate: (p) => {
      rmSync(p.path('right', FILES.health))
      mkdirSync(p.path('right', FILES.health))
    },
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: is a directory, not a file' }]
  },
  {
    name: 'a JSON array where an object belongs',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, `[${p.text('right', FILES.health)}]`),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: expected a JSON object, got an array' }]
  },
  {
    name: 'a null document',
    alsoFindings: [integrity('provider_availability')],
    mutate: (p) => p.write('right', FILES.availability, 'null'),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'provider_availability', message: 'right artifacts/provider_availability_v1.json: expected a JSON object, got null' }]
  },
  {
    name: 'duplicate keys in a contract document (the dropped value differs)',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, p.text('right', FILES.health).replace('{', '{"status":"failed",')),
    verdict: 'fail',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', pointer: '/status', message: 'right run_health.v1.json /status: duplicate key "status" in one object; JSON parsers keep only the last value' }]
  },
  {
    name: 'duplicate keys in a ranked job',
    mutate: (p) => intoFirstJob(p, 'right', FILES.jobs, '"score":1,'),
    verdict: 'fail',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: J, pointer: '/0/score', message: 'duplicate key "score" in one object' }, integrity(J)]
  },
  {
    name: 'run_health nested 100,000 levels deep',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, `{"candidate_id":"local","deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: 'run_health', message: 'right run_health.v1.json: nested 100001 levels deep, over the limit of 1000; not compared' }]
  },
  {
    name: 'a ranked job nested 100,000 levels deep',
    mutate: (p) => intoFirstJob(p, 'right', FILES.jobs, `"deep":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},`),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: J, message: 'right openai/cs/openai_ranked_jobs.cs.json: nested 100002 levels deep, over the limit of 1000; not compared' }, integrity(J)]
  },
  {
    name: 'a document nested 999 levels deep is still compared',
    alsoFindings: [integrity('run_health')],
    mutate: (p) => p.write('right', FILES.health, p.text('right', FILES.health).replace('{', `{"deep":${'['.repeat(998)}${']'.repeat(998)},`)),
    verdict: 'fail',
    findings: [
      { kind: 'schema', severity: 'error', side: 'right', artifact: 'run_health', pointer: '', message: "unknown key 'deep'" },
      { kind: 'document', severity: 'error', artifact: 'run_health', pointer: '/deep', message: '/deep: absent != [[[' }
    ]
  },
  {
    name: 'an integer beyond double precision that reads the same as the other side',
    alsoFindings: bothSides((side) => inconsistent(C, side, 'column jd_text_chars', '/0/jd_text_chars')),
    mutate: (p) => {
      p.editJson('left', FILES.jobs, (jobs) => void (jobs[0].jd_text_chars = 12345678901234567000))
      p.write('right', FILES.jobs, p.text('left', FILES.jobs).replace('"jd_text_chars":12345678901234567000', '"jd_text_chars":12345678901234567890'))
    },
    verdict: 'fail',
    findings: [
      { kind: 'unreadable', severity: 'error', side: 'right', artifact: J, pointer: '/0/jd_text_chars', message: 'number 12345678901234567890 cannot be held exactly (it reads as 12345678901234567000); a different value could read the same' },
      integrity(J, 'left'),
      integrity(J)
    ]
  },
  {
    name: 'the same inexact integer on both sides is only a warning',
    alsoFindings: bothSides((side) => integrity('run_health', side)),
    mutate: (p) => {
      for (const side of ['left', 'right'] as const) p.write(side, FILES.health, p.text(side, FILES.health).replace('"schema_version":1', '"schema_version":12345678901234567890'))
    },
    verdict: 'pass',
    findings: (['left', 'right'] as const).map((side) => ({
      kind: 'unreadable' as const,
      severity: 'warning' as const,
      side,
      artifact: 'run_health',
      pointer: '/logs/schema_version',
      message: `${side} run_health.v1.json /logs/schema_version: number 12345678901234567890 cannot be held exactly (it reads as 12345678901234567000); the other side has the same exact value, so they are equal`
    }))
  },
  {
    name: 'a number out of double range (1e400) as a job score',
    alsoFindings: [inconsistent(C, 'right', 'column score', '/0/score')],
    mutate: (p) => p.write('right', FILES.jobs, p.text('right', FILES.jobs).replace('"score":49,', '"score":1e400,')),
    verdict: 'fail',
    findings: [
      { kind: 'unreadable', severity: 'error', side: 'right', artifact: J, pointer: '/0/score', message: 'number 1e400 cannot be held exactly (it reads as Infinity)' },
      { kind: 'job-score', severity: 'error', artifact: J, pointer: '/0/score', message: `job ${FIRST_JOB} ("Implementation Manager, Financial Services - Atlas") changed: score 49 -> null` },
      integrity(J)
    ]
  },
  {
    name: 'a decimal with more digits than a double holds (0.1000000000000000055511151231257827 vs 0.1)',
    alsoFindings: bothSides((side) => inconsistent(C, side, 'column profile_delta', '/1/profile_delta')),
    mutate: (p) => {
      p.editJson('left', FILES.jobs, (jobs) => void (jobs[1].profile_delta = 0.1))
      p.write('right', FILES.jobs, p.text('left', FILES.jobs).replace('"profile_delta":0.1,', '"profile_delta":0.1000000000000000055511151231257827,'))
    },
    verdict: 'fail',
    findings: [
      { kind: 'unreadable', severity: 'error', side: 'right', artifact: J, pointer: '/1/profile_delta', message: 'number 0.1000000000000000055511151231257827 cannot be held exactly (it reads as 0.1)' },
      integrity(J, 'left'),
      integrity(J)
    ]
  },
  // ---- ranked JSON shape
  {
    name: 'a ranked list that is an object',
    mutate: (p) => p.write('right', FILES.jobs, `{"data":${p.text('right', FILES.jobs)}}`),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: J, message: 'right openai/cs/openai_ranked_jobs.cs.json: ranked list is an object without a jobs/ranked_jobs/items/results array' }, integrity(J)]
  },
  {
    name: 'a ranked list entry that is a number',
    mutate: (p) => p.write('right', FILES.families, p.text('right', FILES.families).replace('[', '[42,')),
    verdict: 'fail',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: F, pointer: '/0', message: 'right openai/cs/openai_ranked_families.cs.json /0: entry 0 of the ranked list is a number, not a family object; it is skipped' }, integrity(F)]
  },
  {
    name: 'jobs without any identity field',
    alsoFindings: [inconsistent(C, 'right', '1 CSV job not in the ranked JSON'), inconsistent(F, 'right', 'ranked families name 1 job the ranked JSON does not have', '/6')],
    mutate: (p) =>
      p.editJson('right', FILES.jobs, (jobs) => {
        for (const field of ['job_id', 'apply_url', 'detail_url']) delete jobs[0][field]
      }),
    verdict: 'fail',
    findings: [
      { kind: 'job-identity', severity: 'warning', side: 'right', artifact: J, pointer: '/0', message: 'right openai/cs/openai_ranked_jobs.cs.json /0: job at index 0 ("Implementation Manager, Financial Services - Atlas") has none of the identity fields' },
      { kind: 'job-removed', severity: 'error', artifact: J, pointer: '/0', message: `job ${FIRST_JOB} ("Implementation Manager, Financial Services - Atlas") removed (was rank 1)` },
      { kind: 'job-added', severity: 'error', artifact: J, pointer: '/0', message: 'job at index 0 ("Implementation Manager, Financial Services - Atlas") added at rank 1' },
      integrity(J)
    ]
  },
  {
    name: 'duplicate job ids are reported, not silently resolved',
    alsoFindings: [inconsistent(C, 'right', '1 CSV job not in the ranked JSON'), inconsistent(F, 'right', 'ranked families name 1 job the ranked JSON does not have', '/8')],
    mutate: (p) =>
      p.editJson('right', FILES.jobs, (jobs) => {
        jobs[1].job_id = jobs[0].job_id
      }),
    verdict: 'fail',
    findings: [
      { kind: 'job-duplicate', severity: 'error', side: 'right', artifact: J, message: `right openai/cs/openai_ranked_jobs.cs.json: job ${FIRST_JOB} appears 2 times (indexes 0, 1)` },
      { kind: 'job-removed', severity: 'error', artifact: J, pointer: '/1', message: `job ${SECOND_JOB} ("Lead Support Engineer, Public Sector - Gulf") removed (was rank 2)` },
      { kind: 'job-added', severity: 'error', artifact: J, pointer: '/1', message: `job ${FIRST_JOB} ("Lead Support Engineer, Public Sector - Gulf") added at rank 2` },
      integrity(J)
    ]
  },
  {
    name: 'job ids differing only by whitespace match, and the changed id is shown',
    alsoFindings: [inconsistent(C, 'right', 'column job_id', '/0/job_id')],
    mutate: (p) =>
      p.editJson('right', FILES.jobs, (jobs) => {
        jobs[0].job_id = ` ${jobs[0].job_id}\t`
      }),
    verdict: 'fail',
    findings: [
      { kind: 'job-field', severity: 'error', artifact: J, pointer: '/0/job_id', message: `job ${FIRST_JOB} ("Implementation Manager, Financial Services - Atlas") changed: job_id "${FIRST_JOB}" -> " ${FIRST_JOB}\\t"` },
      integrity(J)
    ]
  },
  {
    name: 'job ids differing only by whitespace on one side are duplicates',
    alsoFindings: [inconsistent(C, 'right', '1 CSV job not in the ranked JSON'), inconsistent(F, 'right', 'ranked families name 1 job the ranked JSON does not have', '/8')],
    mutate: (p) =>
      p.editJson('right', FILES.jobs, (jobs) => {
        jobs[1].job_id = `${jobs[0].job_id} `
      }),
    verdict: 'fail',
    findings: [
      { kind: 'job-duplicate', severity: 'error', side: 'right', artifact: J, message: `right openai/cs/openai_ranked_jobs.cs.json: job ${FIRST_JOB} appears 2 times (indexes 0, 1)` },
      { kind: 'job-removed', severity: 'error', artifact: J, pointer: '/1', message: `job ${SECOND_JOB} ("Lead Support Engineer, Public Sector - Gulf") removed (was rank 2)` },
      { kind: 'job-added', severity: 'error', artifact: J, pointer: '/1', message: `job ${FIRST_JOB} ("Lead Support Engineer, Public Sector - Gulf") added at rank 2` },
      integrity(J)
    ]
  },
  {
    name: 'a job id that is a number on one side and a string on the other',
    alsoFindings: bothSides((side) => inconsistent(C, side, '1 ranked JSON job missing from the CSV')).concat(bothSides((side) => inconsistent(F, side, 'ranked families name 1 job the ranked JSON does not have', '/6'))),
    mutate: (p) => {
      for (const side of ['left', 'right'] as const) p.editJson(side, FILES.jobs, (jobs) => void (jobs[0].job_id = side === 'left' ? 7 : '7'))
    },
    verdict: 'fail',
    findings: [
      { kind: 'job-field', severity: 'error', artifact: J, pointer: '/0/job_id', message: 'job 7 ("Implementation Manager, Financial Services - Atlas") changed: job_id 7 -> "7"' },
      integrity(J, 'left'),
      integrity(J)
    ]
  },
  {
    name: 'a __proto__ key in a ranked job is compared like any key',
    mutate: (p) => {
      intoFirstJob(p, 'left', FILES.jobs, '"__proto__":{"polluted":1},')
      intoFirstJob(p, 'right', FILES.jobs, '"__proto__":{"polluted":2},')
    },
    verdict: 'fail',
    findings: [
      { kind: 'job-field', severity: 'error', artifact: J, pointer: '/0/__proto__/polluted', message: 'changed: __proto__/polluted 1 -> 2' },
      integrity(J, 'left'),
      integrity(J)
    ],
    also: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  },
  {
    name: 'a job title with terminal escape sequences',
    alsoFindings: [inconsistent(C, 'right', 'column title', '/0/title')],
    mutate: (p) => p.editJson('right', FILES.jobs, (jobs) => void (jobs[0].title = '\u001b[2J\u001b]0;pwned\u0007Atlas\nSecond line')),
    verdict: 'fail',
    findings: [
      {
        kind: 'job-field',
        severity: 'error',
        artifact: J,
        pointer: '/0/title',
        message: 'changed: title "Implementation Manager, Financial Services - Atlas" -> "\\u001b[2J\\u001b]0;pwned\\u0007Atlas\\nSecond line"'
      },
      integrity(J)
    ],
    also: (report) => {
      expect(renderText(report)).not.toContain('\u001b')
      expect(renderText(report)).not.toContain('\u0007')
    }
  },
  // ---- ranked CSV
  {
    name: 'a CSV with ragged rows',
    alsoFindings: [inconsistent(C, 'right', '1 ranked JSON job missing from the CSV')],
    mutate: (p) => {
      const lines = p.text('right', FILES.csv).split('\n')
      lines[2] = `${lines[2]},extra`
      p.write('right', FILES.csv, lines.join('\n'))
    },
    verdict: 'fail',
    findings: [
      { kind: 'unreadable', severity: 'error', side: 'right', artifact: C, pointer: '/1', message: 'right openai/cs/openai_ranked_jobs.cs.csv /1: data row 1 has 20 cells but the header has 19; it is skipped' },
      { kind: 'job-removed', severity: 'error', artifact: C, pointer: '/1', message: `job ${SECOND_JOB} ("Lead Support Engineer, Public Sector - Gulf") removed (was rank 2)` },
      integrity(C)
    ]
  },
  {
    name: 'a CSV quote left open',
    mutate: (p) => p.write('right', FILES.csv, `${p.text('right', FILES.csv)}x,"unterminated\n`),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: C, message: 'right openai/cs/openai_ranked_jobs.cs.csv: invalid CSV: quoted field unterminated at line 26' }, integrity(C)]
  },
  {
    name: 'a CSV with CRLF line ends compares equal',
    mutate: (p) => p.write('right', FILES.csv, p.text('right', FILES.csv).replace(/\n/g, '\r\n')),
    verdict: 'pass',
    findings: [integrity(C)]
  },
  {
    // Left breaks every line with CRLF; right with LF except one row with CRLF. Rows are then never
    // settled by their bytes (the same bytes may read differently under another line break): read, they are equal.
    name: 'a CSV row with the same bytes under another line break is read, not byte-compared',
    mutate: (p) => {
      const lines = p.text('right', FILES.csv).split('\n')
      p.write('left', FILES.csv, lines.join('\r\n'))
      p.write('right', FILES.csv, lines.map((line, i) => (i === 3 ? `${line}\r` : line)).join('\n'))
    },
    verdict: 'pass',
    findings: [integrity(C, 'left'), integrity(C)]
  },
  {
    name: 'a CSV with a header only',
    alsoFindings: [inconsistent(C, 'right', '24 ranked JSON jobs missing from the CSV')],
    mutate: (p) => p.write('right', FILES.csv, `${p.text('right', FILES.csv).split('\n')[0]}\n`),
    verdict: 'fail',
    findings: [
      integrity(C),
      ...Array.from({ length: 24 }, (_, i) => ({ kind: 'job-removed' as const, severity: 'error' as const, artifact: C, pointer: `/${i}`, message: `removed (was rank ${i + 1})` }))
    ]
  },
  {
    name: 'a CSV that is binary garbage',
    mutate: (p) => p.write('right', FILES.csv, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00])),
    verdict: 'error',
    findings: [{ kind: 'unreadable', severity: 'error', side: 'right', artifact: C, message: 'right openai/cs/openai_ranked_jobs.cs.csv: not valid UTF-8 (first bad byte at offset 0)' }, integrity(C)]
  },
  {
    name: 'CSV ids that differ beyond double precision are different',
    alsoFindings: bothSides((side) => inconsistent(C, side, 'column score', '/0/score')),
    mutate: (p) => {
      for (const side of ['left', 'right'] as const) {
        p.write(side, FILES.csv, p.text(side, FILES.csv).replace(/\n([^,\n]+),49,/, `\n$1,${side === 'left' ? '12345678901234567890' : '12345678901234567891'},`))
      }
    },
    verdict: 'fail',
    findings: [
      { kind: 'job-score', severity: 'error', artifact: C, pointer: '/0/score', message: 'changed: score "12345678901234567890" -> "12345678901234567891"' },
      integrity(C, 'left'),
      integrity(C)
    ]
  },
  {
    name: 'a CSV with a __proto__ column compares it',
    mutate: (p) => {
      for (const side of ['left', 'right'] as const) {
        const lines = p.text(side, FILES.csv).split('\n')
        p.write(side, FILES.csv, lines.map((line, i) => (line === '' ? line : `${line},${i === 0 ? '__proto__' : i === 1 ? side : 'x'}`)).join('\n'))
      }
    },
    verdict: 'fail',
    findings: [
      { kind: 'job-field', severity: 'error', artifact: C, pointer: '/0/__proto__', message: 'changed: __proto__ "left" -> "right"' },
      integrity(C, 'left'),
      integrity(C)
    ]
  },
  // ---- whole artifacts missing
  {
    name: 'run_summary deleted: ranked outputs are found by convention',
    mutate: (p) => rmSync(p.path('right', FILES.summary)),
    verdict: 'error',
    findings: [{ kind: 'missing', severity: 'error', side: 'right', artifact: 'run_summary', message: 'right run_summary.v1.json: not found' }]
  }
]

describe('hostile corpus', () => {
  it('has at least 40 cases', () => expect(ROWS.length).toBeGreaterThanOrEqual(40))

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const pair = makePair()
    try {
      row.mutate(pair)
      const report = await comparePair(pair, row.limits)
      expect(reportProblems(report)).toEqual([])
      const rest = [...report.findings]
      const unmatched = [...row.findings, ...(row.alsoFindings ?? [])].filter((expected) => {
        const at = rest.findIndex(
          (f) =>
            f.kind === expected.kind &&
            f.artifact === expected.artifact &&
            f.side === expected.side &&
            f.pointer === expected.pointer &&
            (expected.severity === undefined || f.severity === expected.severity) &&
            sentence(f).includes(expected.message)
        )
        if (at !== -1) rest.splice(at, 1)
        return at === -1
      })
      const unexpected = rest.map((f) => ({ ...shapeOf(f), message: sentence(f) }))
      expect({ unmatched, unexpected }).toEqual({ unmatched: [], unexpected: [] })
      expect(report.verdict).toBe(row.verdict)
      row.also?.(report, pair)
    } finally {
      pair.remove()
    }
  })
})

describe('hostile CLI input', () => {
  it('a run dir that is a file (not a zip) is an error report naming it, and one line on stderr', async () => {
    const pair = makePair()
    try {
      const file = pair.path('right', FILES.summary)
      const problem = `${file}: neither a folder nor a zip file (expected a run dir, a folder holding run dirs, or a zip of one)`
      const { code, out, err } = await cli('compare', pair.left, file, '--format', 'json')
      expect({ code, err }).toEqual({ code: 2, err: `dualrun: ${problem}\n` })
      const report = JSON.parse(out)
      expect(report.verdict).toBe('error')
      expect(report.findings.map((f: { kind: string; side: string; message: string }) => [f.kind, f.side, f.message])).toEqual([['unreadable', 'right', problem]])
    } finally {
      pair.remove()
    }
  })

  it('a run dir that does not exist is an error report naming it, and one line on stderr', async () => {
    const pair = makePair()
    try {
      const gone = join(pair.base, 'gone')
      const problem = `${gone}: not found (expected a run dir, a folder holding run dirs, or a zip of one)`
      const { code, out, err } = await cli('compare', gone, pair.right)
      expect({ code, err }).toEqual({ code: 2, err: `dualrun: ${problem}\n` })
      // The report names the side by its label (the CLI's default left label is aws).
      expect(out).toContain(`[missing] aws: ${problem}`)
    } finally {
      pair.remove()
    }
  })

  it('a file over --max-file-size gives exit 2 and names the file, without a stack trace', async () => {
    const pair = makePair()
    try {
      const { code, out, err } = await cli('compare', pair.left, pair.right, '--allow-run-id-drift', '--max-file-size', '1000')
      expect({ code, err }).toEqual({ code: 2, err: '' })
      expect(out).toContain('on-prem run_summary.v1.json: is 5')
      expect(out).toContain('over the per-file limit of 1000 (raise --max-file-size / max-file-size)')
      expect(out).not.toMatch(/\n\s+at /)
    } finally {
      pair.remove()
    }
  })
})
