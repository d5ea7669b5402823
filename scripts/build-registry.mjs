// Generates what is derived from the finding-kind registry (src/core/findingKinds.ts, the
// spread of each producer's KINDS): the `FindingKind` union (src/core/model/findingKind.generated.ts,
// so that the model's types name every kind without importing the producers above them), the report
// schema's `kind` and `rule` enums (schemas/dualrun-report.v1.schema.json) and the kind table of docs/report.md. The registry is
// TypeScript, so esbuild bundles it to a temporary ES module first; that keeps the registry in
// the producers' own modules, typed, with no second copy of its data in JSON.
// Run by scripts/build.mjs (`npm run build`); .ci/run fails when the committed files differ.
import { build } from 'esbuild'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

const root = new URL('../', import.meta.url)
const out = new URL('.tmp/registry/findingKinds.mjs', root)
await mkdir(new URL('.', out), { recursive: true })
await build({
  entryPoints: [new URL('src/core/findingKinds.ts', root).pathname],
  outfile: out.pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning'
})
const { FINDING_KINDS } = await import(`${pathToFileURL(out.pathname).href}?t=${Date.now()}`)
await rm(new URL('.tmp/registry', root), { recursive: true, force: true })

const kinds = Object.keys(FINDING_KINDS)
const rules = kinds.flatMap((kind) => FINDING_KINDS[kind].rules)
for (const kind of kinds) {
  for (const rule of FINDING_KINDS[kind].rules) if (!rule.startsWith(`${kind}/`)) throw new Error(`build-registry: rule ${rule} of kind ${kind} must start with "${kind}/"`)
}

/** Replaces the text between a start and an end marker (both kept), or fails loudly. */
function between(text, start, end, generated, file) {
  const i = text.indexOf(start)
  const j = text.indexOf(end, i + start.length)
  if (i === -1 || j === -1) throw new Error(`build-registry: markers ${start} … ${end} not found in ${file}`)
  return text.slice(0, i + start.length) + generated + text.slice(j)
}

// The FindingKind union, for src/core/model/types.ts.
const kindUnion = kinds.map((k) => `  | ${JSON.stringify(k).replace(/"/g, "'")}`).join('\n')
await writeFile(
  new URL('src/core/model/findingKind.generated.ts', root),
  `// Generated from the finding-kind registry (src/core/findingKinds.ts) by scripts/build-registry.mjs: do not edit.\n\n` +
    `/** Every finding kind dualrun emits: the keys of the registry, each declared next to its producer. */\n` +
    `export type FindingKind =\n${kindUnion}\n`
)

// The report schema: the kind enum and the rule enum of a finding.
const schemaFile = new URL('schemas/dualrun-report.v1.schema.json', root)
const schema = await readFile(schemaFile, 'utf8')
const kindBlock = `        "kind": {\n          "enum": [\n${kinds.map((k) => `            ${JSON.stringify(k)}`).join(',\n')}\n          ]\n        },\n`
const ruleBlock =
  `        "rule": {\n          "description": "A finer id than the kind, <kind>/<name>; generated from the registry.",\n` +
  `          "enum": [\n${rules.map((r) => `            ${JSON.stringify(r)}`).join(',\n')}\n          ]\n        },\n`
const pattern = /        "kind": \{\n          "enum": \[\n[\s\S]*?\n          \]\n        \},\n(?:        "rule": \{\n[\s\S]*?\n        \},\n)?/
if (!pattern.test(schema)) throw new Error('build-registry: the finding kind enum was not found in the report schema')
const nextSchema = schema.replace(pattern, kindBlock + ruleBlock)
JSON.parse(nextSchema)
await writeFile(schemaFile, nextSchema)

// docs/report.md: the kind table.
const cell = (text) => String(text).replace(/\|/g, '\\|')
const table = [
  '| kind | default severity | stage | meaning | fields | rules |',
  '|---|---|---|---|---|---|',
  ...kinds.map((kind) => {
    const info = FINDING_KINDS[kind]
    const ruleList = info.rules.length > 0 ? info.rules.map((r) => `\`${r}\``).join(', ') : '—'
    return `| \`${kind}\` | ${info.severity} | ${info.stage} | ${cell(info.description)} | ${cell(info.fields)} | ${ruleList} |`
  })
].join('\n')
const docsFile = new URL('docs/report.md', root)
const docs = await readFile(docsFile, 'utf8')
const start = '<!-- generated from the finding-kind registry by scripts/build-registry.mjs: do not edit -->'
await writeFile(docsFile, between(docs, start, '<!-- end of generated kind table -->', `\n${table}\n`, 'docs/report.md'))
