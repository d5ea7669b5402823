// Builders for synthetic SignalCraft run directories, shaped like the real pipeline's output
// (see ../shared/upstream/CONTRACT.md §1-§2): ranked jobs, CSV and families, the three v1 documents,
// in the EKS or the on-prem layout. Everything is a pure function of a seed and an index, so the
// fixture generator (scripts/make-fixtures.mjs) and the benchmark generator (bench/generate.mjs)
// produce byte-stable output and the benchmark can stream 100k jobs without holding them.
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

// ---------------------------------------------------------------------------------------------
// Canonical JSON, byte-compatible with the upstream writer (Python json.dumps with sort_keys,
// separators (',', ':'), ensure_ascii=False): Python floats keep their `.0`, so they are wrapped.

/** A number the Python writer emits as a float (`1.0`, `0.0`): serialized with a decimal point. */
class PyFloat {
  /** @param {number} value */
  constructor(value) {
    this.value = value
  }
}

/** Wraps a number so canonicalJson writes it as a Python float. */
export const float = (value) => new PyFloat(value)

function numberText(value) {
  if (value instanceof PyFloat) return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value)
  return String(value)
}

const quotedKeys = new Map()
function quoteKey(key) {
  let quoted = quotedKeys.get(key)
  if (quoted === undefined) quotedKeys.set(key, (quoted = JSON.stringify(key)))
  return quoted
}

/**
 * Compact JSON with sorted keys and literal non-ASCII; `undefined` object members are left out.
 * Written with plain loops: the benchmark serializes 100k-job files with it.
 */
export function canonicalJson(value) {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return String(value)
    case 'boolean':
      return value ? 'true' : 'false'
  }
  if (value instanceof PyFloat) return numberText(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i])
    return `${out}]`
  }
  let keys = Object.keys(value)
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) {
      keys = keys.sort()
      break
    }
  }
  let out = '{'
  for (const key of keys) {
    if (value[key] !== undefined) out += (out.length === 1 ? '' : ',') + quoteKey(key) + ':' + canonicalJson(value[key])
  }
  return `${out}}`
}

/** A v1 document file: canonical JSON plus one trailing newline. */
const documentText = (value) => `${canonicalJson(value)}\n`

/** Hex sha256 of a string or buffer. */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex')

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: one small PRNG per (seed, index), so job i never depends on job i-1.

function hash32(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A seeded PRNG (mulberry32) with integer and pick helpers. */
function makeRng(seedText) {
  let state = hash32(seedText)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `n` (at most 8) random hex digits. */
    hex: (n) => Math.floor(next() * 16 ** n).toString(16).padStart(n, '0')
  }
}

// ---------------------------------------------------------------------------------------------
// Ranked jobs.

const TITLE_PREFIXES = ['', 'Senior ', 'Staff ', 'Lead ', 'Principal ', 'Head of ']
const TITLE_ROLES = [
  'Solutions Engineer', 'Deployment Engineer', 'Customer Success Manager', 'Technical Account Manager',
  'Solutions Architect', 'Forward Deployed Engineer', 'Support Engineer', 'Partner Engineer',
  'Implementation Manager', 'Account Director', 'Program Manager', 'Enablement Lead',
  'Field Engineer', 'Integration Engineer', 'Onboarding Specialist', 'Success Architect',
  'Applied Engineer', 'Reliability Engineer', 'Data Engineer', 'Research Engineer',
  'Product Specialist', 'Escalation Engineer', 'Adoption Manager', 'Developer Advocate'
]
const TITLE_SPECS = [
  'Enterprise', 'Public Sector', 'Startups', 'Strategic Accounts', 'Digital Natives', 'Healthcare',
  'Financial Services', 'Education', 'Media', 'Retail', 'Telecom', 'Automotive', 'Gaming', 'Energy',
  'Manufacturing', 'Life Sciences', 'Government', 'Nonprofits', 'Platform', 'API', 'Agents', 'Voice',
  'Vision', 'Safety', 'Infrastructure', 'Compute', 'Evaluations', 'Fine-Tuning', 'Integrations', 'Security'
]
const TITLE_AREAS = [
  'Americas', 'EMEA', 'APAC', 'US Remote', 'East', 'West', 'Central', 'North', 'South', 'Nordics', 'DACH',
  'UK&I', 'France', 'Japan', 'Korea', 'India', 'ANZ', 'LATAM', 'Canada', 'Benelux', 'Iberia', 'Italy',
  'Poland', 'Israel', 'Gulf', 'Singapore', 'Brazil', 'Mexico', 'Federal', 'State & Local', 'Core',
  'Growth', 'Scale', 'Launch', 'Pilot', 'Expansion', 'Renewals', 'Onboarding', 'Tier 1', 'Tier 2',
  'Night Shift', 'Weekend', 'Contract', 'Fixed Term', 'Stargate', 'Atlas', 'Orion', 'Helios', 'Vega', 'Lyra'
]
const LOCATIONS = [
  'San Francisco', 'Remote - US', 'New York City', 'London, UK', 'Dublin, Ireland', 'Washington, DC',
  'Seattle', 'Tokyo, Japan', 'Singapore', 'Munich, Germany', 'Zürich, Switzerland', 'São Paulo, Brazil'
]
const SENIORITY = { '': 'IC', 'Senior ': 'Senior', 'Staff ': 'Staff', 'Lead ': 'Lead', 'Principal ': 'Principal', 'Head of ': 'Director' }
const DOMAIN_TAGS = ['data', 'infra', 'security', 'sales', 'support']
const POSITIVE_RULES = [
  'boost_relevant', 'deployment_implementation', 'boost_maybe', 'forward_deployed', 'customer_success',
  'pin_manager_ai_deployment', 'program_manager', 'solutions_architecture'
]
const TITLE_SPACE = TITLE_PREFIXES.length * TITLE_ROLES.length * TITLE_SPECS.length * TITLE_AREAS.length // 216000
const TITLE_STEP = 104729 // prime, coprime with TITLE_SPACE: index -> title is a bijection below TITLE_SPACE

/** Index of the family head of job `index`: every job with index % 17 === 5 is a variant of the job before it. */
export const familyHead = (index) => (index % 17 === 5 ? index - 1 : index)

/** The job title of a family head: unique per head index (below 216000), so families never merge by accident. */
export function headTitle(index) {
  let n = (index * TITLE_STEP + 12345) % TITLE_SPACE
  const area = TITLE_AREAS[n % TITLE_AREAS.length]
  n = Math.floor(n / TITLE_AREAS.length)
  const spec = TITLE_SPECS[n % TITLE_SPECS.length]
  n = Math.floor(n / TITLE_SPECS.length)
  const role = TITLE_ROLES[n % TITLE_ROLES.length]
  const prefix = TITLE_PREFIXES[Math.floor(n / TITLE_ROLES.length)]
  return `${prefix}${role}, ${spec} - ${area}`
}

/** The heuristic score at a rank: falls from 49 to -7 like the real ranking, with ties at the bottom. */
const heuristicAt = (index, count) => Math.floor(56 * (1 - index / count) ** 2) - 7

function scoreHits(rng, base) {
  if (base === 0) return [{ count: 1, delta: 5, rule: 'boost_maybe' }, { count: 1, delta: -5, rule: 'penalty_irrelevant' }]
  if (base < 0) {
    const hits = [{ count: 1, delta: -5, rule: 'penalty_irrelevant' }]
    const rest = base + 5
    if (rest > 0) hits.push({ count: 1, delta: rest, rule: rng.pick(POSITIVE_RULES) })
    if (rest < 0) hits.push({ count: 1, delta: rest, rule: 'research_scientist' })
    return hits
  }
  // Real rule deltas stay small (-7..12): split the base into up to 8 rules of roughly equal size.
  const parts = Math.min(base, POSITIVE_RULES.length, Math.ceil(base / 12) + rng.int(2))
  const rules = [...POSITIVE_RULES]
  const deltas = Array.from({ length: parts }, () => Math.floor(base / parts))
  for (let r = base - Math.floor(base / parts) * parts; r > 0; r--) deltas[rng.int(parts)] += 1
  const hits = deltas.map((delta) => ({
    count: 1 + (rng.int(5) === 0 ? 1 : 0),
    delta,
    rule: rules.splice(rng.int(rules.length), 1)[0]
  }))
  return hits.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
}

/**
 * The job at rank `index` of a ranked list of `count` jobs for provider/profile, with the real
 * ranked JSON key set. Deterministic in (seed, provider, profile, index, count).
 */
export function jobAt({ seed, provider, profile }, index, count) {
  const rng = makeRng(`${seed}:${provider}:${profile}:${index}`)
  const head = familyHead(index)
  const title = headTitle(head)
  const prefix = TITLE_PREFIXES.find((p) => p !== '' && title.startsWith(p)) ?? ''
  const location = index === head ? rng.pick(LOCATIONS) : LOCATIONS[(index * 7) % LOCATIONS.length]
  const heuristic = heuristicAt(index, count)
  const final = Math.max(0, heuristic)
  const profileDelta = heuristic >= 30 ? rng.pick([14, 26]) : heuristic >= 15 ? rng.pick([5, 14]) : heuristic >= 0 ? 9 : 0
  const base = heuristic - profileDelta
  const hits = scoreHits(rng, base)
  const reasons = hits.slice(0, 3).map((h) => `${h.rule}(${h.delta})`)
  const roleBand = profileDelta >= 14 ? 'CS_CORE' : profileDelta === 9 ? 'CS_ADJACENT' : profileDelta === 5 ? 'SOLUTIONS' : 'OTHER'
  // The first group is a bijection of the index (odd multiplier mod 2^32), so ids never repeat in a
  // list even when two indices' PRNG seeds collide (32-bit seeds: likely somewhere in 100k jobs).
  const indexGroup = (Math.imul(index + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0')
  const jobId = `${indexGroup}-${rng.hex(4)}-4${rng.hex(3)}-${'89ab'[rng.int(4)]}${rng.hex(3)}-${rng.hex(6)}${rng.hex(6)}`
  const remote = location.startsWith('Remote')
  const research = /Research|Evaluations/.test(title)
  return {
    apply_url: `https://jobs.ashbyhq.com/${provider}/${jobId}/application`,
    base_score: base,
    content_fingerprint: sha256(`${provider}|${jobId}|${title}|${location}`),
    detail_url: null,
    enrichment: {
      inferred_domain_tags: DOMAIN_TAGS.filter(() => rng.int(4) === 0),
      inferred_level: null,
      inferred_remote: remote ? 'remote' : 'unknown',
      inferred_seniority: SENIORITY[prefix],
      normalized_location: remote ? 'remote' : location.toLowerCase()
    },
    explanation: {
      ai_blend_config: { max_ai_contribution: null, min_heuristic_floor: null, weight_used: float(0) },
      blend_weight_used: float(0),
      explanation_summary:
        `Final score ${final} (Heuristic score ${heuristic}; AI match score 0 not applied (weight 0.0)); ` +
        `Top reasons: ${reasons.join(', ')}; Missing required skills: —`,
      final_score: final,
      heuristic_reasons_top3: reasons,
      heuristic_score: heuristic,
      match_rationale: 'required_overlap=0/0, preferred_overlap=0/0',
      match_score: 0,
      missing_required_skills: []
    },
    final_score: final,
    fit_signals: roleBand === 'CS_CORE' ? [rng.pick(['fit:deployment', 'fit:customer_success'])] : [],
    heuristic_score: heuristic,
    jd_text_chars: 0,
    job_id: jobId,
    location,
    profile_delta: profileDelta,
    relevance: final >= 30 ? 'RELEVANT' : final >= 10 ? 'MAYBE' : 'IRRELEVANT',
    risk_signals: research ? ['risk:phd', 'risk:research_heavy'] : [],
    role_band: roleBand,
    score: final,
    score_hits: hits,
    source_job_id: jobId,
    team: null,
    title,
    title_family: title.toLowerCase(),
    title_only_mode: true
  }
}

/** All `count` jobs of a ranked list, in rank order. */
export function rankedJobs(set, count) {
  return Array.from({ length: count }, (_, index) => jobAt(set, index, count))
}

// ---------------------------------------------------------------------------------------------
// Ranked artifact texts, as generators of chunks so big files can be streamed.

/** The real ranked CSV header (CONTRACT.md §1.4). */
export const RANKED_CSV_HEADER = [
  'job_id', 'score', 'heuristic_score', 'final_score', 'explanation_summary', 'base_score', 'profile_delta',
  'role_band', 'title', 'department', 'team', 'location', 'enrich_status', 'enrich_reason', 'jd_text_chars',
  'fit_signals', 'risk_signals', 'apply_url', 'why_top3'
]

/** One CSV field with minimal quoting (Python csv.QUOTE_MINIMAL). */
function csvField(value) {
  if (value === null || value === undefined) return ''
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? numberText(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line (with its `\n`) for a job. */
export function csvLine(job) {
  const cells = {
    ...job,
    explanation_summary: job.explanation?.explanation_summary,
    why_top3: job.explanation?.heuristic_reasons_top3
  }
  return `${RANKED_CSV_HEADER.map((column) => csvField(cells[column])).join(',')}\n`
}

/** Chunks of a ranked JSON or families file: a compact array, one element per chunk. */
export function* rankedJsonChunks(jobs) {
  let separator = '['
  for (const job of jobs) {
    yield separator + canonicalJson(job)
    separator = ','
  }
  yield separator === '[' ? '[]\n' : ']\n'
}

/** The first line of a ranked CSV file. */
export const csvHeaderLine = (header = RANKED_CSV_HEADER) => `${header.join(',')}\n`

/** Chunks of a ranked CSV file: the header, then one line per job. */
export function* rankedCsvChunks(jobs, header = RANKED_CSV_HEADER) {
  yield csvHeaderLine(header)
  for (const job of jobs) yield csvLine(job)
}

const VARIANT_KEYS = ['apply_url', 'job_id', 'location', 'role_band', 'score', 'title']

/** A families entry: the family's best-ranked job plus `family_variants` (its members in rank order). */
export function familyEntry(head, members) {
  const variants = members.map((job) => Object.fromEntries(VARIANT_KEYS.map((key) => [key, job[key]])))
  return { ...head, family_variants: variants }
}

/** Groups ranked jobs into families by `title_family`, sorted by `title_family` like the real writer. */
export function groupFamilies(jobs) {
  const byFamily = new Map()
  for (const job of jobs) {
    const members = byFamily.get(job.title_family)
    if (members) members.push(job)
    else byFamily.set(job.title_family, [job])
  }
  return [...byFamily.keys()].sort().map((key) => familyEntry(byFamily.get(key)[0], byFamily.get(key)))
}

/** The shortlist markdown: the RELEVANT jobs, as the writer lists them. */
export function shortlistText(provider, profile, jobs) {
  const lines = [`# Shortlist: ${provider} / ${profile}`, '']
  for (const job of jobs) {
    if (job.relevance === 'RELEVANT') lines.push(`- **${job.score}** [${job.title}](${job.apply_url}) — ${job.location}`)
  }
  return `${lines.join('\n')}\n`
}

/** Run-dir relative paths of the ranked artifacts of one provider/profile. */
export function rankedPaths(provider, profile) {
  const dir = `${provider}/${profile}`
  return {
    ranked_json: `${dir}/${provider}_ranked_jobs.${profile}.json`,
    ranked_csv: `${dir}/${provider}_ranked_jobs.${profile}.csv`,
    ranked_families_json: `${dir}/${provider}_ranked_families.${profile}.json`,
    shortlist_md: `${dir}/${provider}_shortlist.${profile}.md`
  }
}

/** Joins chunks into one string (small files). */
export const joinChunks = (chunks) => Array.from(chunks).join('')

/**
 * A file written through a 4 MiB buffer and hashed on the way: `write(text)` appends UTF-8,
 * `close()` returns the file's sha256 and byte length.
 */
export function openFileSink(path) {
  mkdirSync(dirname(path), { recursive: true })
  const hash = createHash('sha256')
  const fd = openSync(path, 'w')
  const buffer = Buffer.allocUnsafe(4 << 20)
  let used = 0
  let bytes = 0
  const emit = (data) => {
    hash.update(data)
    writeSync(fd, data)
    bytes += data.length
  }
  const flush = () => {
    if (used > 0) emit(buffer.subarray(0, used))
    used = 0
  }
  return {
    write(text) {
      // A UTF-16 code unit takes at most 3 UTF-8 bytes.
      if (used + text.length * 3 > buffer.length) flush()
      if (text.length * 3 > buffer.length) emit(Buffer.from(text, 'utf8'))
      else used += buffer.write(text, used, 'utf8')
    },
    close() {
      try {
        flush()
      } finally {
        closeSync(fd)
      }
      return { sha256: hash.digest('hex'), bytes }
    }
  }
}

/** Streams chunks into a file (see openFileSink); returns its sha256 and byte length. */
export function writeChunks(path, chunks) {
  const sink = openFileSink(path)
  for (const chunk of chunks) sink.write(chunk)
  return sink.close()
}

// ---------------------------------------------------------------------------------------------
// The three v1 documents.

const PROVIDERS = ['anthropic', 'cohere', 'huggingface', 'mistral', 'openai', 'perplexity', 'replit', 'scaleai', 'xai']

/** Run ids, timestamps, durations and path roots of the two deployments, as in the real pair. */
export const LAYOUTS = {
  eks: {
    name: 'eks',
    runId: '2026-11-27T05:29:01Z',
    startedAt: '2026-11-27T05:29:01Z',
    endedAt: '2026-11-27T05:29:02Z',
    totalSec: 1.0,
    phaseSec: { snapshot_fetch: 0.312, normalize: 0.587, score: 0.229 },
    dataRoot: 'data',
    stateRoot: 'state',
    logsRoot: '/app/state',
    k8sNamespace: 'jobintel'
  },
  onprem: {
    name: 'onprem',
    runId: '2026-11-27T05:29:05Z',
    startedAt: '2026-11-27T05:29:05Z',
    endedAt: '2026-11-27T05:29:07Z',
    totalSec: 2.0,
    phaseSec: { snapshot_fetch: 0.301, normalize: 0.611, score: 0.244 },
    dataRoot: '/var/lib/jobintel/data',
    stateRoot: '/var/lib/jobintel/state',
    logsRoot: '/var/lib/jobintel/state',
    k8sNamespace: null
  }
}

/** `2026-11-27T05:29:01Z` -> `20261127T052901Z` (upstream run_pathing.sanitize_run_id). */
const sanitizeRunId = (runId) => runId.replace(/[:.+-]/g, '')

const runDirPath = (layout, rel) => `${layout.stateRoot}/runs/${sanitizeRunId(layout.runId)}${rel ? `/${rel}` : ''}`
const dataPath = (layout, file) => `${layout.dataRoot}/ashby_cache/${file}`
const fileName = (path) => path.slice(path.lastIndexOf('/') + 1)

/** The same on both sides: these inputs do not embed run ids, times or paths. */
const SHARED_HASHES = {
  scoringConfig: sha256('scoring.v1.json:synthetic'),
  providerRegistry: sha256('config/providers.json:synthetic'),
  snapshotManifest: sha256('tests/fixtures/golden/snapshot_bytes.manifest.json:synthetic')
}

/** A pointer to a run-dir file as run_summary records it: its producer-side path, sha256 and bytes. */
function filePointer(layout, rel, text) {
  return { bytes: Buffer.byteLength(text), path: runDirPath(layout, rel), sha256: sha256(text) }
}

/**
 * The run dir's other files that run_summary records (costs, run_report, the digest and its
 * receipt) plus index.json, shaped like the real ones: each embeds what differs between two
 * environments at the places the real files do (run id, times, host paths, fingerprints), so the
 * signalcraft-v1 policy's content rules are exercised.
 */
export function buildSideFiles(layout) {
  const dataFile = (file) => (layout.dataRoot.startsWith('/') ? dataPath(layout, file) : `/app/${dataPath(layout, file)}`)
  const costs = documentText({ ai_calls: 0, embeddings: 0, estimated_usd: float(0), provider: 'openai' })
  const digest = documentText({
    cadence: {
      daily: { window_end_utc: layout.startedAt, window_start_utc: layout.startedAt.replace('-27T', '-26T') },
      weekly: { window_end_utc: layout.startedAt, window_start_utc: layout.startedAt.replace('-27T', '-20T') }
    },
    generated_at_utc: layout.startedAt,
    run_id: layout.runId,
    source_artifacts: { costs: { path: runDirPath(layout, 'costs.json') }, run_health: { path: runDirPath(layout, 'run_health.v1.json') } },
    status: 'fail_closed_fallback'
  })
  const receipt = documentText({
    digest_artifact: filePointer(layout, 'artifacts/digest_v1.json', digest),
    generated_at_utc: layout.startedAt,
    run_id: layout.runId
  })
  const report = documentText({
    config_fingerprint: sha256(`config:${layout.dataRoot}:${layout.stateRoot}`),
    digest_artifact: filePointer(layout, 'artifacts/digest_v1.json', digest),
    environment_fingerprint: { tz: layout.name === 'eks' ? 'UTC' : 'America/New_York' },
    inputs: { raw_jobs_json: { mtime_iso: `${layout.startedAt.slice(0, -1)}.5+00:00`, path: dataFile('openai_raw_jobs.json'), sha256: sha256(`raw:${layout.runId}`) } },
    run_id: layout.runId,
    scoring_model: { inputs: [{ path: dataFile('openai_enriched_jobs.json') }], version: 'v1' },
    timestamps: { ended_at: layout.endedAt, started_at: layout.startedAt }
  })
  const index = documentText({ run_id: layout.runId, status: 'success', timestamp: layout.endedAt })
  return {
    'costs.json': costs,
    'run_report.json': report,
    'artifacts/digest_v1.json': digest,
    'artifacts/digest_receipt_v1.json': receipt,
    'index.json': index
  }
}

/** run_health.v1.json for a successful snapshot-only run (AI off, publish skipped). */
export function buildRunHealth(layout) {
  const phase = (seconds, status = 'success', failureCodes = []) => ({
    duration_sec: float(seconds),
    failure_codes: failureCodes,
    status
  })
  const runDir = `${layout.logsRoot}/runs/${sanitizeRunId(layout.runId)}`
  const ns = layout.k8sNamespace
  const k8s = ns
    ? {
        context: null,
        job_list_command: `kubectl -n ${ns} get jobs --sort-by=.metadata.creationTimestamp`,
        logs_command_template: `kubectl -n ${ns} logs <pod-or-job> | rg 'JOBINTEL_RUN_ID=${layout.runId}'`,
        namespace: ns,
        pod_list_command: `kubectl -n ${ns} get pods --sort-by=.metadata.creationTimestamp`,
        run_id: layout.runId
      }
    : {}
  return {
    candidate_id: 'local',
    durations: { total_sec: float(layout.totalSec) },
    failed_stage: null,
    failure_codes: ['AI_DISABLED'],
    logs: {
      cloud: {},
      k8s,
      local: { logs_dir: `${runDir}/logs`, run_dir: runDir, stdout: 'process_stdout' },
      run_id: layout.runId,
      schema_version: 1
    },
    phases: {
      ai_sidecar: phase(0, 'skipped', ['AI_DISABLED']),
      normalize: phase(layout.phaseSec.normalize),
      publish: phase(0, 'skipped'),
      score: phase(layout.phaseSec.score),
      snapshot_fetch: phase(layout.phaseSec.snapshot_fetch)
    },
    proof_bundle_path: null,
    run_health_schema_version: 1,
    run_id: layout.runId,
    status: 'success',
    timestamps: { ended_at: layout.endedAt, started_at: layout.startedAt }
  }
}

const EMPTY_POLICY = {
  canonical_url_policy: { live_http_status: null, live_status_code: null, policy_snapshot: null },
  network_shield: { allowlist_allowed: null, live_error_reason: null, live_error_type: null, robots_final_allowed: null },
  robots: { allowed: null, fetched: null, reason: null, status_code: null, url: null, user_agent: null }
}
const POLICY_SNAPSHOT = {
  backoff_config: { base_s: float(0.5), jitter_range_s: [float(0), float(0)], max_retries: 2, max_sleep_s: float(3) },
  chaos_mode_enabled: false,
  circuit_breaker_config: { cooldown_s: float(300), threshold: 3 },
  rate_limit_config: { jitter_range_s: [float(0), float(0)], min_delay_s: float(1), per_host_concurrency: 2, qps: float(1) },
  robots_policy_config: { allowlist_entries: [], default_action: 'deny' },
  user_agent: 'signalcraft-bot/1.0 (+https://example.invalid/signalcraft)'
}

/** artifacts/provider_availability_v1.json: the 9 registry providers, `selected` ones scraped OK. */
export function buildProviderAvailability(layout, selected) {
  const providers = PROVIDERS.map((id) => {
    const ok = selected.includes(id)
    const disabled = id === 'xai'
    return {
      attempts_made: ok ? 1 : null,
      availability: ok ? 'available' : 'unavailable',
      enabled: !disabled,
      live_enabled: ok,
      mode: disabled ? 'disabled' : 'snapshot',
      policy: ok ? { ...EMPTY_POLICY, canonical_url_policy: { ...EMPTY_POLICY.canonical_url_policy, policy_snapshot: POLICY_SNAPSHOT } } : EMPTY_POLICY,
      provider_id: id,
      reason_code: ok ? 'ok' : disabled ? 'not_enabled' : 'early_failure_unknown',
      snapshot_enabled: true,
      unavailable_reason: ok || disabled ? null : 'fail_closed:unknown_due_to_early_failure'
    }
  })
  return {
    candidate_id: 'local',
    generated_at_utc: layout.endedAt,
    provider_availability_schema_version: 1,
    provider_registry_sha256: SHARED_HASHES.providerRegistry,
    providers,
    run_id: layout.runId
  }
}

/**
 * run_summary.v1.json. `ranked` lists, per provider/profile (sorted), the sha256/bytes of its four
 * ranked files; `health` and `availability` the written documents' {sha256, bytes, status}.
 * Ranked output paths point into the data dir, other pointers into the run dir (CONTRACT.md §1.3).
 */
export function buildRunSummary(layout, ranked, health, availability, sideFiles = buildSideFiles(layout)) {
  const kinds = ['ranked_json', 'ranked_csv', 'ranked_families_json', 'shortlist_md']
  const rankedOutputs = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      ranked.map(({ provider, profile, files }) => ({
        bytes: files[kind].bytes,
        path: dataPath(layout, fileName(rankedPaths(provider, profile)[kind])),
        profile,
        provider,
        sha256: files[kind].sha256
      }))
    ])
  )
  const first = ranked[0]
  const firstPaths = rankedPaths(first.provider, first.profile)
  const primary = (key, provider, profile, rel, file) => ({
    artifact_key: key,
    bytes: file.bytes,
    path: runDirPath(layout, rel),
    profile,
    provider,
    sha256: file.sha256
  })
  const digest = filePointer(layout, 'artifacts/digest_v1.json', sideFiles['artifacts/digest_v1.json'])
  const receipt = filePointer(layout, 'artifacts/digest_receipt_v1.json', sideFiles['artifacts/digest_receipt_v1.json'])
  return {
    candidate_id: 'local',
    costs: filePointer(layout, 'costs.json', sideFiles['costs.json']),
    created_at_utc: layout.endedAt,
    git_sha: 'unknown',
    primary_artifacts: [
      ...['ranked_json', 'ranked_csv', 'shortlist_md'].map((key) =>
        primary(key, first.provider, first.profile, firstPaths[key], first.files[key])
      ),
      primary('provider_availability', 'all', 'all', 'artifacts/provider_availability_v1.json', availability),
      { artifact_key: 'digest', profile: 'all', provider: 'all', ...digest },
      { artifact_key: 'digest_receipt', profile: 'all', provider: 'all', ...receipt }
    ],
    quicklinks: {
      costs: runDirPath(layout, 'costs.json'),
      provider_availability: runDirPath(layout, 'artifacts/provider_availability_v1.json'),
      ...Object.fromEntries(kinds.map((kind) => [kind, rankedOutputs[kind].map((entry) => entry.path)])),
      run_dir: runDirPath(layout, ''),
      run_health: runDirPath(layout, 'run_health.v1.json'),
      run_report: runDirPath(layout, 'run_report.json')
    },
    ranked_outputs: rankedOutputs,
    run_health: { path: runDirPath(layout, 'run_health.v1.json'), sha256: health.sha256, status: health.status },
    run_id: layout.runId,
    run_report: filePointer(layout, 'run_report.json', sideFiles['run_report.json']),
    run_summary_schema_version: 1,
    scoring_config: {
      config_sha256: SHARED_HASHES.scoringConfig,
      path: `runs/${sanitizeRunId(layout.runId)}/inputs/${first.provider}/${first.profile}/scoring.v1.json`,
      profile: first.profile,
      provider: first.provider,
      source: 'archived_scoring_config'
    },
    snapshot_manifest: {
      applicable: true,
      path: 'tests/fixtures/golden/snapshot_bytes.manifest.json',
      sha256: SHARED_HASHES.snapshotManifest
    },
    status: health.status
  }
}

/** Run-dir relative paths of the three v1 documents. */
export const DOCUMENT_PATHS = {
  run_summary: 'run_summary.v1.json',
  run_health: 'run_health.v1.json',
  provider_availability: 'artifacts/provider_availability_v1.json'
}

/**
 * The texts of the three v1 documents for a run whose ranked files are described by `ranked`
 * (see buildRunSummary). `edit` may change each document object before it is written (and, for
 * run_health and provider_availability, before run_summary records its hash), as a writer would.
 */
export function renderDocuments(layout, ranked, edit = {}, sideFiles = buildSideFiles(layout)) {
  const health = buildRunHealth(layout)
  edit.run_health?.(health)
  const healthText = documentText(health)
  const availability = buildProviderAvailability(layout, [...new Set(ranked.map((r) => r.provider))])
  edit.provider_availability?.(availability)
  const availabilityText = documentText(availability)
  const fileInfo = (text) => ({ sha256: sha256(text), bytes: Buffer.byteLength(text) })
  const summary = buildRunSummary(
    layout,
    ranked,
    { ...fileInfo(healthText), status: health.status },
    fileInfo(availabilityText),
    sideFiles
  )
  edit.run_summary?.(summary)
  return {
    ...sideFiles,
    [DOCUMENT_PATHS.run_summary]: documentText(summary),
    [DOCUMENT_PATHS.run_health]: healthText,
    [DOCUMENT_PATHS.provider_availability]: availabilityText
  }
}
