import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { BYTE_SIZE_FORMS, parseByteSize } from '../core/model/byteSize.js'
import { compareRuns } from '../core/compareRuns.js'
import { UserError, firstLine, oneLine } from '../core/model/errors.js'
import type { ReadLimits } from '../core/model/limits.js'
import type { Report } from '../core/model/types.js'
import { VERSION } from '../core/model/version.js'
import { renderJson } from '../render/json.js'
import { renderText } from '../render/text.js'

/** Where the CLI writes: injected so tests drive the whole CLI in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

/** Exit codes: 0 pass, 1 fail, 2 error verdict or unusable input. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const

const FORMATS = ['text', 'json', 'markdown'] as const
type Format = (typeof FORMATS)[number]

export const USAGE = `usage: dualrun compare LEFT_RUN_DIR RIGHT_RUN_DIR [options]
       dualrun LEFT_RUN_DIR RIGHT_RUN_DIR [options]   (drop-in for compare_run_artifacts.py)

options:
  --allow-run-id-drift      tolerate different run ids (two environments never share one)
  --repo-root DIR           accepted for compatibility; never widens what is read
  --policy NAME|FILE        a built-in preset (signalcraft-v1, signalcraft-published, none) or a policy file (YAML or JSON) extending one
  --schemas DIR             validate against your own schema files instead of the shipped ones
  --format text|json|markdown   output format (default text)
  --output FILE             write the output to FILE instead of stdout
  --left-label L, --right-label R   names of the two runs (default left, right)
  --max-file-size SIZE, --max-total-size SIZE, --max-files N   read limits per run dir
                            (SIZE: bytes or 500MB, 2GiB; defaults 512MiB, 2GiB, 10000)
  -h, --help, --version

exit status: 0 pass, 1 fail, 2 error (a required artifact missing or unreadable) or usage error
`

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UserError(`--${name} must be a positive whole number, got '${value}'`)
  return Number(value)
}

function byteSize(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const bytes = parseByteSize(value)
  if (bytes === undefined) throw new UserError(`--${name} must be ${BYTE_SIZE_FORMS}, got '${value}'`)
  return bytes
}

async function render(report: Report, format: Format): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown': {
      const { renderMarkdownReport } = await import('../render/markdown.js')
      return renderMarkdownReport(report)
    }
    case 'text':
      return renderText(report)
  }
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'allow-run-id-drift': { type: 'boolean', default: false },
        'repo-root': { type: 'string' },
        policy: { type: 'string' },
        schemas: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'left-label': { type: 'string', default: 'left' },
        'right-label': { type: 'string', default: 'right' },
        'max-file-size': { type: 'string' },
        'max-total-size': { type: 'string' },
        'max-files': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false }
      }
    })
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    if (values.version) {
      io.stdout.write(`dualrun ${VERSION}\n`)
      return 0
    }
    const args = positionals[0] === 'compare' ? positionals.slice(1) : positionals
    if (args.length !== 2) throw new UserError(`expected two run directories, got ${args.length}\n${USAGE}`)
    const format = values.format as Format
    if (!FORMATS.includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`)
    const limits: Partial<ReadLimits> = {}
    const maxFile = byteSize('max-file-size', values['max-file-size'])
    const maxTotal = byteSize('max-total-size', values['max-total-size'])
    const maxFiles = positiveInteger('max-files', values['max-files'])
    if (maxFile !== undefined) limits.maxFileBytes = maxFile
    if (maxTotal !== undefined) limits.maxTotalBytes = maxTotal
    if (maxFiles !== undefined) limits.maxFiles = maxFiles

    const report = await compareRuns({
      left: { path: args[0] as string, label: values['left-label'] },
      right: { path: args[1] as string, label: values['right-label'] },
      allowRunIdDrift: values['allow-run-id-drift'],
      ...(values.policy !== undefined ? { policyFile: values.policy } : {}),
      ...(values.schemas !== undefined ? { schemasDir: values.schemas } : {}),
      limits
    })
    const output = await render(report, format)
    if (values.output !== undefined) {
      try {
        await writeFile(values.output, output)
      } catch (error) {
        throw new UserError(`--output ${values.output}: ${oneLine(error)}`)
      }
    } else io.stdout.write(output)
    return EXIT[report.verdict]
  } catch (error) {
    if (error instanceof UserError) {
      const [first, ...rest] = error.message.split('\n')
      io.stderr.write(`dualrun: ${first}\n${rest.length > 0 ? `${rest.join('\n')}` : ''}`)
    } else if (typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`dualrun: ${oneLine(error).replace(/\. To specify a positional.*$/, '')}\n${USAGE}`)
    } else {
      // A bug, not bad input: its first line only, never a stack.
      io.stderr.write(`dualrun: internal error: ${firstLine(error)}\n`)
    }
    return EXIT.error
  }
}
