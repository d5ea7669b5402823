#!/usr/bin/env node
// Generates the committed run-directory fixtures, deterministically:
//   <out>/runs/aws, <out>/runs/onprem    a synthetic pair shaped like the real upstream pair
//                                        (EKS vs on-prem layout; ranked files byte-identical)
//   <out>/cases/<case>/{left,right}      small variants: the base pair plus one declared mutation
//   <out>/cases/README.md                each case and the findings it should produce
// Usage: node scripts/make-fixtures.mjs [out-dir]   (default: fixtures/ next to this script's repo)
// Only <out>/runs and <out>/cases are replaced; other files under <out> are left alone.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DOCUMENT_PATHS,
  LAYOUTS,
  groupFamilies,
  jobAt,
  joinChunks,
  rankedCsvChunks,
  rankedJobs,
  rankedJsonChunks,
  rankedPaths,
  renderDocuments,
  sha256,
  shortlistText
} from './runFixtures.mjs'

const SEED = 'dualrun-fixtures-v1'
/** The provider/profile pairs of every fixture run, sorted as run_summary lists them. */
const SETS = [
  { seed: SEED, provider: 'anthropic', profile: 'tam' },
  { seed: SEED, provider: 'openai', profile: 'cs' }
]
const RUN_JOBS = 24
const CASE_JOBS = 8

const setKey = (set) => `${set.provider}/${set.profile}`
const OPENAI = SETS[1]
const ANTHROPIC = SETS[0]
const paths = (set) => rankedPaths(set.provider, set.profile)

/** Fresh job lists (rank order) for every set. */
const baseJobs = (count) => Object.fromEntries(SETS.map((set) => [setKey(set), rankedJobs(set, count)]))

/**
 * All files of one run dir, as relPath -> text. Hooks, applied in the order a writer would meet them:
 * `jobs` edits the ranked job lists; `ranked` edits ranked file texts before their hashes are
 * recorded; `documents` edits the v1 document objects before they are written; `final` edits the
 * finished files (deleting or damaging one after the fact).
 */
function buildRun(layout, count, hooks = {}) {
  const jobsBySet = baseJobs(count)
  hooks.jobs?.(jobsBySet)
  const files = new Map()
  for (const set of SETS) {
    const jobs = jobsBySet[setKey(set)]
    const p = paths(set)
    files.set(p.ranked_json, joinChunks(rankedJsonChunks(jobs)))
    files.set(p.ranked_csv, joinChunks(rankedCsvChunks(jobs)))
    files.set(p.ranked_families_json, joinChunks(rankedJsonChunks(groupFamilies(jobs))))
    files.set(p.shortlist_md, shortlistText(set.provider, set.profile, jobs))
  }
  hooks.ranked?.(files)
  const ranked = SETS.map((set) => ({
    provider: set.provider,
    profile: set.profile,
    files: Object.fromEntries(
      Object.entries(paths(set)).map(([kind, path]) => [kind, { sha256: sha256(files.get(path)), bytes: Buffer.byteLength(files.get(path)) }])
    )
  }))
  for (const [path, text] of Object.entries(renderDocuments(layout, ranked, hooks.documents))) files.set(path, text)
  hooks.final?.(files)
  return files
}

// ---------------------------------------------------------------------------------------------
// Mutation helpers used by the cases.

/** Edits a JSON file's parsed value and writes it back in canonical form. */
function editJson(files, path, edit) {
  const value = JSON.parse(files.get(path))
  edit(value)
  files.set(path, joinChunks(rankedJsonChunks(value)))
}

const job = (jobsBySet, set, rank) => jobsBySet[setKey(set)][rank]
const swap = (list, a, b) => ([list[a], list[b]] = [list[b], list[a]])
const availabilityOf = (doc, id) => doc.providers.find((p) => p.provider_id === id)
const rankedEntry = (summary, kind, set) =>
  summary.ranked_outputs[kind].find((e) => e.provider === set.provider && e.profile === set.profile)

/** A job that is in neither base list: the job the base generator would put at rank CASE_JOBS. */
const extraJob = (set) => jobAt(set, CASE_JOBS, CASE_JOBS + 1)

const mutations = {
  scoreUp: (jobsBySet, set, rank) => {
    const target = job(jobsBySet, set, rank)
    target.score += 2
    target.final_score += 2
  },
  fieldChange: (jobsBySet, set, rank) => {
    const target = job(jobsBySet, set, rank)
    target.title = `${target.title} (Hybrid)`
    target.explanation.match_rationale = 'required_overlap=1/2, preferred_overlap=0/0'
  },
  renameCsvColumn: (files, set) => {
    const path = paths(set).ranked_csv
    files.set(path, files.get(path).replace(/,why_top3\n/, ',why_top_3\n'))
  },
  familyVariantLocation: (files, set) =>
    editJson(files, paths(set).ranked_families_json, (families) => {
      const family = families.find((f) => f.family_variants.length > 1)
      family.family_variants[1].location = 'Austin, TX'
    })
}

// ---------------------------------------------------------------------------------------------
// The cases. `expect` lines are rendered into cases/README.md; `base` is the unmutated case pair's
// job lists, so the expectations can name job ids. Compare every case with --allow-run-id-drift.

const ids = (base, set, ...ranks) => ranks.map((r) => `\`${job(base, set, r).job_id}\``).join(', ')
const A = (kind, set) => `\`${kind}:${set.provider}:${set.profile}\``

const CASES = [
  {
    name: 'missing',
    mutation: 'right: `openai/cs/openai_ranked_jobs.cs.csv` deleted (run_summary still lists it).',
    right: { final: (files) => files.delete(paths(OPENAI).ranked_csv) },
    expect: () => [`\`missing\` (right) ${A('ranked_csv', OPENAI)}; verdict \`error\`.`]
  },
  {
    name: 'unreadable',
    mutation: 'right: `run_health.v1.json` truncated to its first half (invalid JSON).',
    right: {
      final: (files) => {
        const text = files.get(DOCUMENT_PATHS.run_health)
        files.set(DOCUMENT_PATHS.run_health, text.slice(0, Math.floor(text.length / 2)))
      }
    },
    expect: () => ['`unreadable` (right) `run_health` (invalid JSON, with line and column); verdict `error`.']
  },
  {
    name: 'schema',
    mutation:
      'right run_health: `durations.total_sec` is the string `"2.0"` (wrong type) and `timestamps` has an unknown key `timezone`. Both sit under paths the policy ignores, so nothing else differs.',
    right: {
      documents: {
        run_health: (doc) => {
          doc.durations.total_sec = '2.0'
          doc.timestamps.timezone = 'America/New_York'
        }
      }
    },
    expect: () => [
      '`schema` (right) `run_health` at `/durations/total_sec` (type: number or null).',
      '`schema` (right) `run_health` at `/timestamps` (additional property `timezone`).'
    ]
  },
  {
    name: 'integrity',
    mutation: "right run_summary: `ranked_outputs.ranked_json` entry of openai/cs records a sha256 that is not the file's.",
    right: { documents: { run_summary: (doc) => (rankedEntry(doc, 'ranked_json', OPENAI).sha256 = sha256('tampered')) } },
    expect: () => [`\`integrity\` (right, warning) ${A('ranked_json', OPENAI)}; verdict \`pass\` (warnings only).`]
  },
  {
    name: 'contract',
    mutation:
      'right: `candidate_id` is `candidate-b` in all three documents; `scoring_config.config_sha256`, `snapshot_manifest.sha256` and `provider_registry_sha256` differ.',
    right: {
      documents: {
        run_health: (doc) => (doc.candidate_id = 'candidate-b'),
        provider_availability: (doc) => {
          doc.candidate_id = 'candidate-b'
          doc.provider_registry_sha256 = sha256('another registry')
        },
        run_summary: (doc) => {
          doc.candidate_id = 'candidate-b'
          doc.scoring_config.config_sha256 = sha256('another scoring config')
          doc.snapshot_manifest.sha256 = sha256('another snapshot manifest')
        }
      }
    },
    expect: () => [
      '`contract` `candidate_id` in each of `run_summary`, `run_health` and `provider_availability`.',
      '`contract` `run_summary` `scoring_config.config_sha256`, `run_summary` `snapshot_manifest.sha256`, `provider_availability` `provider_registry_sha256`.',
      'No `document` findings: the contract checks own these values (upstream also repeats them as "documents differ").'
    ]
  },
  {
    name: 'document',
    mutation: 'right: run_health `phases.publish.status` is `success` (was `skipped`); provider_availability: cohere `availability` is `available`.',
    right: {
      documents: {
        run_health: (doc) => (doc.phases.publish.status = 'success'),
        provider_availability: (doc) => (availabilityOf(doc, 'cohere').availability = 'available')
      }
    },
    expect: () => [
      '`document` `run_health` at `/phases/publish/status`: `skipped` vs `success`.',
      '`document` `provider_availability` at `/providers/1/availability` (cohere): `unavailable` vs `available`.'
    ]
  },
  {
    name: 'job-added',
    mutation: 'right openai/cs: one extra job at the end of the ranking (score 0); CSV, families and hashes follow.',
    right: { jobs: (jobsBySet) => jobsBySet[setKey(OPENAI)].push(extraJob(OPENAI)) },
    expect: () => [
      `\`job-added\` job \`${extraJob(OPENAI).job_id}\` in ${A('ranked_json', OPENAI)} and ${A('ranked_csv', OPENAI)}.`,
      `\`family\` in ${A('ranked_families_json', OPENAI)}: its family is added.`
    ]
  },
  {
    name: 'job-removed',
    mutation: 'right openai/cs: the last-ranked job is gone; CSV, families and hashes follow.',
    right: { jobs: (jobsBySet) => jobsBySet[setKey(OPENAI)].pop() },
    expect: (base) => [
      `\`job-removed\` job ${ids(base, OPENAI, CASE_JOBS - 1)} in ${A('ranked_json', OPENAI)} and ${A('ranked_csv', OPENAI)}.`,
      `\`family\` in ${A('ranked_families_json', OPENAI)}: its family is removed.`
    ]
  },
  {
    name: 'job-moved',
    mutation: 'right openai/cs: the jobs at ranks 7 and 8 (1-based; both score 0, a tie) swap places. Families are sorted by title_family, so they do not change.',
    right: { jobs: (jobsBySet) => swap(jobsBySet[setKey(OPENAI)], CASE_JOBS - 2, CASE_JOBS - 1) },
    expect: (base) => [
      `\`job-moved\` in ${A('ranked_json', OPENAI)} and in ${A('ranked_csv', OPENAI)} with ordering \`strict\`: one finding each, since moving one of the two neighbours (${ids(base, OPENAI, CASE_JOBS - 2, CASE_JOBS - 1)}) restores the order.`,
      'With ordering `ties-may-swap`: no findings (the two scores are equal).'
    ]
  },
  {
    name: 'job-score',
    mutation: 'right openai/cs: the job at rank 3 has `score` and `final_score` raised by 2 (order unchanged).',
    right: { jobs: (jobsBySet) => mutations.scoreUp(jobsBySet, OPENAI, 2) },
    expect: (base) => [
      `\`job-score\` job ${ids(base, OPENAI, 2)} fields \`score\` and \`final_score\` (${job(base, OPENAI, 2).score} vs ${job(base, OPENAI, 2).score + 2}) in ${A('ranked_json', OPENAI)} and in ${A('ranked_csv', OPENAI)}.`,
      `\`family\` in ${A('ranked_families_json', OPENAI)}: the family headed by that job.`
    ]
  },
  {
    name: 'job-field',
    mutation: 'right openai/cs: the job at rank 4 has a new `title` (title_family unchanged) and a new nested `explanation.match_rationale`.',
    right: { jobs: (jobsBySet) => mutations.fieldChange(jobsBySet, OPENAI, 3) },
    expect: (base) => [
      `\`job-field\` job ${ids(base, OPENAI, 3)} in ${A('ranked_json', OPENAI)} at \`/title\` and \`/explanation/match_rationale\`.`,
      `\`job-field\` same job in ${A('ranked_csv', OPENAI)}, column \`title\` (the CSV has no match_rationale).`,
      `\`family\` in ${A('ranked_families_json', OPENAI)}: the family headed by that job.`
    ]
  },
  {
    name: 'csv-header',
    mutation: 'right openai/cs CSV: column `why_top3` renamed `why_top_3` (rows unchanged; run_summary hashes the renamed file).',
    right: { ranked: (files) => mutations.renameCsvColumn(files, OPENAI) },
    expect: () => [`\`csv-header\` ${A('ranked_csv', OPENAI)}; the rows agree on every common column.`]
  },
  {
    name: 'family',
    mutation: 'right openai/cs families: the second variant of the two-variant family has another `location` (ranked jobs unchanged).',
    right: { ranked: (files) => mutations.familyVariantLocation(files, OPENAI) },
    expect: () => [`\`family\` ${A('ranked_families_json', OPENAI)} at \`family_variants/1/location\` of the two-variant family.`]
  },
  {
    name: 'job-duplicate',
    mutation: 'right openai/cs: the last job appears twice in the ranked JSON and the CSV (families unchanged).',
    right: {
      ranked: (files) => {
        editJson(files, paths(OPENAI).ranked_json, (jobs) => jobs.push(jobs[jobs.length - 1]))
        const csv = files.get(paths(OPENAI).ranked_csv)
        files.set(paths(OPENAI).ranked_csv, csv + csv.slice(csv.lastIndexOf('\n', csv.length - 2) + 1))
      }
    },
    expect: (base) => [
      `\`job-duplicate\` (right) job ${ids(base, OPENAI, CASE_JOBS - 1)} in ${A('ranked_json', OPENAI)} and ${A('ranked_csv', OPENAI)}.`,
      `\`job-added\` for the second copy (rank ${CASE_JOBS + 1}) in both: the k-th occurrence on one side is paired with the k-th on the other, so the extra copy is reported, never silently dropped.`
    ]
  },
  {
    name: 'job-identity',
    mutation: 'both sides, openai/cs: the last job has no `job_id`, `apply_url` or `detail_url` key (empty cells in the CSV). Otherwise identical.',
    left: { jobs: (jobsBySet) => dropIdentity(job(jobsBySet, OPENAI, CASE_JOBS - 1)) },
    right: { jobs: (jobsBySet) => dropIdentity(job(jobsBySet, OPENAI, CASE_JOBS - 1)) },
    expect: () => [
      `\`job-identity\` (warning) on the left and on the right, in ${A('ranked_json', OPENAI)}, ${A('ranked_csv', OPENAI)} and ${A('ranked_families_json', OPENAI)} (the job heads its family); it is matched by content, so nothing else differs; verdict \`pass\`.`
    ]
  },
  {
    name: 'content',
    mutation: 'right: the openai/cs shortlist Markdown gets one more line after run_summary recorded its sha256.',
    right: { final: (files) => files.set(paths(OPENAI).shortlist_md, `${files.get(paths(OPENAI).shortlist_md)}Edited by hand.\n`) },
    expect: () => [
      '`content` `file:openai/cs/openai_shortlist.cs.md` at `/<line>`: the added line (absent on the left).',
      '`integrity` (right, warning): the file no longer matches the sha256 run_summary records for it (ranked_outputs and primary_artifacts name the same file and hash: one finding).'
    ]
  },
  {
    name: 'content-json',
    mutation: 'right: `costs.json` records another `estimated_usd`, after run_summary recorded its sha256.',
    right: { final: (files) => files.set('costs.json', files.get('costs.json').replace('"estimated_usd":0.0', '"estimated_usd":0.25')) },
    expect: () => ['`content` `file:costs.json` at `/estimated_usd`: `0` vs `0.25`.', '`integrity` (right, warning) `file:costs.json`.']
  },
  {
    name: 'file-added',
    mutation: 'right: an extra file `notes/operator.txt` that the left run dir does not have.',
    right: { final: (files) => files.set('notes/operator.txt', 'rerun by hand\n') },
    expect: () => ['`file-added` (right) `file:notes/operator.txt`.']
  },
  {
    name: 'file-removed',
    mutation: 'right: `index.json` is gone (it is not a required artifact).',
    right: { final: (files) => files.delete('index.json') },
    expect: () => ['`file-removed` (left) `file:index.json`; verdict `fail`, not `error` (index.json is not required).']
  },
  {
    name: 'run-status',
    mutation: 'both sides: run_summary and run_health say `status: failed` (failed_stage `score`, failure_codes `SCORING_STAGE_FAILED`), identically.',
    left: { documents: { run_health: (doc) => failRun(doc), run_summary: (doc) => (doc.status = 'failed') } },
    right: { documents: { run_health: (doc) => failRun(doc), run_summary: (doc) => (doc.status = 'failed') } },
    expect: () => ['`run-status` for `run_summary` and `run_health`, on each side: both runs failed the same way, which is still no PASS.']
  },
  {
    name: 'inconsistent',
    mutation: 'right openai/cs: the last CSV row is gone; the ranked JSON still has it (hashes follow the files).',
    right: {
      ranked: (files) => {
        const csv = files.get(paths(OPENAI).ranked_csv)
        files.set(paths(OPENAI).ranked_csv, csv.slice(0, csv.lastIndexOf('\n', csv.length - 2) + 1))
      }
    },
    expect: (base) => [
      `\`inconsistent\` (right) ${A('ranked_csv', OPENAI)}: the ranked JSON job ${ids(base, OPENAI, CASE_JOBS - 1)} is missing from the CSV.`,
      `\`job-removed\` in ${A('ranked_csv', OPENAI)} for the same job.`
    ]
  },
  {
    name: 'unrecorded',
    mutation: 'both sides: `run_summary.ranked_outputs` lists nothing (every kind an empty list); the ranked files are still in the run dirs.',
    left: { documents: { run_summary: (doc) => emptyRankedOutputs(doc) } },
    right: { documents: { run_summary: (doc) => emptyRankedOutputs(doc) } },
    expect: () => ['`unrecorded` (warning) on each side for each of the six ranked files: found by the run-dir convention and compared anyway; verdict `pass`.']
  },
  {
    name: 'kitchen-sink',
    mutation:
      'right, all at once: run_health publish status; cohere availability; snapshot sha256; openai/cs score change (rank 3), field change (rank 4), tie swap (ranks 7-8), families variant location; anthropic/tam last job removed and a new one added, CSV column renamed, and a wrong families sha256 in run_summary.',
    right: {
      jobs: (jobsBySet) => {
        mutations.scoreUp(jobsBySet, OPENAI, 2)
        mutations.fieldChange(jobsBySet, OPENAI, 3)
        swap(jobsBySet[setKey(OPENAI)], CASE_JOBS - 2, CASE_JOBS - 1)
        jobsBySet[setKey(ANTHROPIC)].pop()
        jobsBySet[setKey(ANTHROPIC)].push(extraJob(ANTHROPIC))
      },
      ranked: (files) => {
        mutations.familyVariantLocation(files, OPENAI)
        mutations.renameCsvColumn(files, ANTHROPIC)
      },
      documents: {
        run_health: (doc) => (doc.phases.publish.status = 'success'),
        provider_availability: (doc) => (availabilityOf(doc, 'cohere').availability = 'available'),
        run_summary: (doc) => {
          doc.snapshot_manifest.sha256 = sha256('another snapshot manifest')
          rankedEntry(doc, 'ranked_families_json', ANTHROPIC).sha256 = sha256('tampered')
        }
      }
    },
    expect: (base) => [
      '`contract` `run_summary` `snapshot_manifest.sha256`.',
      '`document` `run_health` `/phases/publish/status`; `document` `provider_availability` `/providers/1/availability`.',
      `${A('ranked_json', OPENAI)}: \`job-score\` (score, final_score) ${ids(base, OPENAI, 2)}; \`job-field\` (\`/title\`, \`/explanation/match_rationale\`) ${ids(base, OPENAI, 3)}; one \`job-moved\` for the swapped pair ${ids(base, OPENAI, CASE_JOBS - 2, CASE_JOBS - 1)}.`,
      `${A('ranked_csv', OPENAI)}: the same, with the field change only in column \`title\`.`,
      `${A('ranked_families_json', OPENAI)}: \`family\` for the families of the two changed jobs and the variant location.`,
      `${A('ranked_json', ANTHROPIC)}: \`job-removed\` ${ids(base, ANTHROPIC, CASE_JOBS - 1)}, \`job-added\` \`${extraJob(ANTHROPIC).job_id}\`.`,
      `${A('ranked_csv', ANTHROPIC)}: \`csv-header\` (\`why_top3\` vs \`why_top_3\`), and the same added/removed jobs.`,
      `${A('ranked_families_json', ANTHROPIC)}: \`family\` removed and added; \`integrity\` (right, warning).`
    ]
  }
]

function emptyRankedOutputs(summary) {
  for (const kind of Object.keys(summary.ranked_outputs)) summary.ranked_outputs[kind] = []
}

function failRun(health) {
  health.status = 'failed'
  health.failed_stage = 'score'
  health.failure_codes = ['SCORING_STAGE_FAILED']
  health.phases.score.status = 'failed'
}

function dropIdentity(target) {
  delete target.job_id
  delete target.apply_url
  delete target.detail_url
}

// ---------------------------------------------------------------------------------------------

function writeRun(dir, files) {
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

function casesReadme(base) {
  const lines = [
    '# Fixture cases',
    '',
    'Generated by `scripts/make-fixtures.mjs` (do not edit; run `npm run fixtures`). Each case is the',
    `base pair (\`left\` = EKS layout, \`right\` = on-prem layout, ${CASE_JOBS} jobs per ranked file for openai/cs and`,
    'anthropic/tam) plus one declared mutation. Compare with `--allow-run-id-drift`: the unmutated pair then has no findings.',
    ''
  ]
  for (const c of CASES) {
    lines.push(`## ${c.name}`, '', `Mutation: ${c.mutation}`, '', 'Expected:', ...c.expect(base).map((line) => `- ${line}`), '')
  }
  return lines.join('\n')
}

/** Writes all fixtures under `out`. */
export function makeFixtures(out) {
  for (const sub of ['runs', 'cases']) rmSync(join(out, sub), { recursive: true, force: true })
  writeRun(join(out, 'runs/aws'), buildRun(LAYOUTS.eks, RUN_JOBS))
  writeRun(join(out, 'runs/onprem'), buildRun(LAYOUTS.onprem, RUN_JOBS))
  for (const c of CASES) {
    writeRun(join(out, 'cases', c.name, 'left'), buildRun(LAYOUTS.eks, CASE_JOBS, c.left))
    writeRun(join(out, 'cases', c.name, 'right'), buildRun(LAYOUTS.onprem, CASE_JOBS, c.right))
  }
  writeFileSync(join(out, 'cases/README.md'), casesReadme(baseJobs(CASE_JOBS)))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makeFixtures(resolve(process.argv[2] ?? fileURLToPath(new URL('../fixtures/', import.meta.url))))
}
