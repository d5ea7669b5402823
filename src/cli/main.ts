import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { acquireRunDir } from '../core/acquire/source.js'
import { compareSides, unusableSide, type AcquiredSide } from '../core/compareSides.js'
import { UnusableSideError, UserError, firstLine, oneLine } from '../core/model/errors.js'
import { parsePositiveInteger, parseReadLimits, setting } from '../core/model/options.js'
import { closestNames } from '../core/model/suggest.js'
import type { Report, Side, Verdict } from '../core/model/types.js'
import { renderJson } from '../render/json.js'
import { verdictSummary } from '../render/surfaces.js'
import { DEFAULTS, UPSTREAM_DEFAULTS } from '../core/model/defaults.js'
import { FAIL_ON_VALUES, type FailOn } from '../core/legs/manifest.js'
import { DEFAULT_MAX_PARALLEL_LEGS } from '../core/legs/runLegs.js'
import { compareLegsCli } from './legs.js'
import { VERSION } from '../core/model/version.js'
import { FORMATS, RENDERERS, isFormat } from '../render/index.js'

/** Where the CLI writes: injected so tests drive the whole CLI in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

/**
 * Exit codes: 0 pass, 1 fail, 2 an `error` verdict (a run dir or artifact unusable) or a usage
 * error (as argparse exits, for upstream parity), 3 an internal error (a bug in dualrun).
 */
export const EXIT = { pass: 0, fail: 1, error: 2, usage: 2, internal: 3 } as const

export const USAGE = `usage: dualrun compare LEFT RIGHT [options]        (each a run dir, a folder holding run dirs, or a zip)
       dualrun compare --legs MANIFEST [options]     (every leg of a manifest, one verdict)
       dualrun LEFT_RUN_DIR RIGHT_RUN_DIR [options]   (drop-in for compare_run_artifacts.py)

options:
  --left-run-dir D, --right-run-dir D   which run dir inside LEFT / RIGHT when it holds several:
                            a folder name or path, or latest (the newest run_summary created_at_utc)
  --run-dir D               the same for both sides; --left-run-dir / --right-run-dir take precedence
  --allow-run-id-drift, --no-allow-run-id-drift   tolerate different run ids (two environments never
                            share one); default on for compare, off for the drop-in form (as upstream)
  --repo-root DIR           accepted for compatibility; never widens what is read
  --policy NAME|FILE        a built-in preset (signalcraft-v1, signalcraft-published, none) or a policy file (YAML or JSON) extending one
  --schemas DIR             validate against your own schema files instead of the shipped ones
  --format FORMAT           output format (default text):
${FORMATS.map((name) => `                              ${name.padEnd(9)} ${RENDERERS[name].description}\n`).join('')}  --output FILE             write the output to FILE instead of stdout
                            (with --legs: a folder for each leg's <leg>.report.json and dualrun-legs.json)
  --legs MANIFEST           compare every leg of a legs manifest (YAML or JSON; sides are path or zip)
  --max-parallel-legs N     legs compared at once (default ${DEFAULT_MAX_PARALLEL_LEGS})
  --fail-on error|warning|never   what fails: error (default) a fail or error verdict, warning also
                            warnings, never nothing (exit 0); with --legs it overrides the manifest's
  --left-label L, --right-label R   names of the two runs (default ${DEFAULTS['left-label']}, ${DEFAULTS['right-label']};
                            left, right in the drop-in form)
  --max-file-size SIZE, --max-artifact-size SIZE, --max-files N   read limits per run dir or zip
                            (SIZE: bytes or 500MB, 2GiB; defaults ${DEFAULTS['max-file-size']}, ${DEFAULTS['max-artifact-size']}, ${DEFAULTS['max-files']}; the action's
                            inputs of the same names; --max-total-size is --max-artifact-size)
  -h, --help, help          this text;  -V, --version   the version, one line

exit status: 0 pass, 1 fail, 2 error (a run dir or required artifact missing or unreadable; with --legs,
any leg that could not be compared) or usage error, 3 internal error (a bug in dualrun: please report it)
`

/** The exit code for a verdict under the fail-on gate (`error`, the default, gives EXIT[verdict]). */
function gateExitCode(verdict: Verdict, warnings: number, failOn: FailOn): number {
  if (failOn === 'never') return EXIT.pass
  if (verdict !== 'pass') return EXIT[verdict]
  return failOn === 'warning' && warnings > 0 ? EXIT.fail : EXIT.pass
}

async function writeOutput(path: string | undefined, output: string, io: CliIO): Promise<void> {
  if (path === undefined) {
    io.stdout.write(output)
    return
  }
  try {
    await writeFile(path, output)
  } catch (error) {
    throw new UserError(`--output ${path}: ${oneLine(error)}`)
  }
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = parsePositiveInteger(value)
  if (parsed === undefined) throw new UserError(`--${name} must be a positive whole number; got '${value}'`)
  return parsed
}

/** The option names the CLI knows, for the hint on an unknown one. */
function optionNames(): string[] {
  return [...USAGE.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]).filter((name, i, all) => all.indexOf(name) === i)
}

/** One line for a parseArgs error: an unknown option gets the closest known ones and a pointer to --help. */
function parseArgsProblem(error: object): string {
  const message = oneLine(error).replace(/\. To specify a positional.*$/, '')
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)
  if (unknown === null) return `${message}; dualrun --help shows the usage`
  const near = closestNames(unknown[1]!, optionNames())
  return `unknown option '${unknown[1]}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (dualrun --help lists the options)`
}

/** The report made so far, kept for the internal-error path: whatever was made is still given. */
interface Made {
  report?: Report
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const made: Made = {}
  try {
    return await compareCli(argv, io, made)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`dualrun: ${error.message}\n`)
      return EXIT.usage
    }
    if (typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`dualrun: ${parseArgsProblem(error)}\n`)
      return EXIT.usage
    }
    // A bug, not bad input: its first line only, never a stack; the report, if one was made, as JSON.
    io.stderr.write(`dualrun: internal error: ${firstLine(error)}\n`)
    if (made.report !== undefined) io.stdout.write(renderJson(made.report))
    return EXIT.internal
  }
}

/** Parses the arguments, compares, writes the output; returns the exit code. Throws a UserError for bad usage. */
async function compareCli(argv: string[], io: CliIO, made: Made): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'allow-run-id-drift': { type: 'boolean' },
      'no-allow-run-id-drift': { type: 'boolean' },
      'repo-root': { type: 'string' },
      policy: { type: 'string' },
      schemas: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'left-label': { type: 'string' },
      'right-label': { type: 'string' },
      'max-file-size': { type: 'string' },
      'max-total-size': { type: 'string' },
      'max-artifact-size': { type: 'string' },
      'max-files': { type: 'string' },
      'run-dir': { type: 'string' },
      'left-run-dir': { type: 'string' },
      'right-run-dir': { type: 'string' },
      legs: { type: 'string' },
      'max-parallel-legs': { type: 'string' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'V', default: false }
    }
  })
  if (values.help || positionals[0] === 'help') {
    io.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout.write(`dualrun ${VERSION}\n`)
    return 0
  }
  const dropIn = positionals[0] !== 'compare'
  const args = dropIn ? positionals : positionals.slice(1)
  // The drop-in form keeps upstream's defaults, so scripts written for compare_run_artifacts.py see the same exit codes.
  const defaults = dropIn ? { ...DEFAULTS, ...UPSTREAM_DEFAULTS } : DEFAULTS
  if (values['allow-run-id-drift'] && values['no-allow-run-id-drift']) throw new UserError('give --allow-run-id-drift or --no-allow-run-id-drift, not both')
  const allowRunIdDrift = values['allow-run-id-drift'] ? true : values['no-allow-run-id-drift'] ? false : defaults['allow-run-id-drift']
  const labels = { left: values['left-label'] ?? defaults['left-label'], right: values['right-label'] ?? defaults['right-label'] }
  if (values.legs !== undefined && args.length > 0) throw new UserError(`--legs takes the run dirs from the manifest; drop the ${args.length} run director${args.length === 1 ? 'y' : 'ies'} given`)
  if (values.legs === undefined && args.length !== 2) throw new UserError(`expected two run directories (LEFT RIGHT), got ${args.length}; dualrun --help shows the usage`)
  const format = values.format
  if (!isFormat(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`)
  const failOn = values['fail-on'] as FailOn | undefined
  if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got '${failOn}'`)
  const maxParallel = positiveInteger('max-parallel-legs', values['max-parallel-legs'])
  if (values['max-total-size'] !== undefined && values['max-artifact-size'] !== undefined) {
    throw new UserError('--max-artifact-size and --max-total-size are one setting (the most bytes read from one run dir or extracted from one zip); give one of them')
  }
  const limits = parseReadLimits(
    { 'max-file-size': values['max-file-size'], 'max-artifact-size': values['max-artifact-size'] ?? values['max-total-size'], 'max-files': values['max-files'] },
    (name) => (name === 'max-artifact-size' && values['max-total-size'] !== undefined ? '--max-total-size' : `--${name}`)
  )

  const compare = {
    allowRunIdDrift,
    ...(values.policy !== undefined ? { policyFile: values.policy } : {}),
    ...(values.schemas !== undefined ? { schemasDir: values.schemas } : {}),
    limits
  }
  if (values.legs !== undefined) {
    if (format === 'html') throw new UserError('--format html renders one pair; with --legs use text, json or markdown')
    const legs = await compareLegsCli({
      manifest: values.legs,
      format,
      ...(values.output !== undefined && { outputDir: values.output }),
      ...(failOn !== undefined && { failOn }),
      ...(maxParallel !== undefined && { maxParallel }),
      compare
    })
    io.stdout.write(legs.output)
    return gateExitCode(legs.aggregate.verdict, legs.aggregate.counts.warnings, legs.failOn)
  }
  const shared = values['run-dir']
  const acquireSide = async (side: Side, path: string): Promise<{ side: AcquiredSide; cleanup: () => Promise<void> }> => {
    const own = values[`${side}-run-dir`]
    const runDir = own ?? shared
    try {
      const acquired = await acquireRunDir({
        path,
        limits,
        runDirSetting: setting(own !== undefined || shared === undefined ? `${side}-run-dir` : 'run-dir'),
        ...(runDir !== undefined && { runDir })
      })
      return { side: { side, label: labels[side], path: acquired.root }, cleanup: acquired.cleanup }
    } catch (error) {
      if (!(error instanceof UnusableSideError)) throw error
      io.stderr.write(`dualrun: ${error.message}\n`)
      return { side: unusableSide(side, labels[side], path, error), cleanup: async () => {} }
    }
  }
  const [left, right] = await Promise.all([acquireSide('left', args[0] as string), acquireSide('right', args[1] as string)])
  let report
  try {
    report = await compareSides(left.side, right.side, compare)
    made.report = report
  } finally {
    await Promise.all([left.cleanup(), right.cleanup()])
  }
  await writeOutput(values.output, await RENDERERS[format].render(report), io)
  // The report went to a file: the log still says how it ended.
  if (values.output !== undefined) io.stderr.write(`dualrun: ${verdictSummary(report)}; report written to ${values.output}\n`)
  return gateExitCode(report.verdict, report.counts.warnings, failOn ?? DEFAULTS['fail-on'])
}
