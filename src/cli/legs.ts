import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildLegsReport, type LegReportFile, type LegsReport } from '../core/legs/aggregate.js'
import { localSources } from '../core/legs/localSources.js'
import { readLegsManifest, type FailOn } from '../core/legs/manifest.js'
import { runLegs } from '../core/legs/runLegs.js'
import { UserError, oneLine } from '../core/model/errors.js'
import type { CompareOptions } from '../core/model/options.js'
import { renderJson } from '../render/json.js'
import { renderLegsText } from '../render/legsText.js'

/** `dualrun compare --legs FILE`: every leg of a manifest of folders and zips, one aggregate verdict. */

/** The aggregate's file in the output folder; each leg's report is `<leg>.report.json` beside it. */
export const LEGS_REPORT_FILE = 'dualrun-legs.json'

/** What the CLI passes for a legs run. */
export interface LegsCliOptions {
  manifest: string
  format: 'text' | 'json' | 'markdown'
  /** A folder for every leg's report and the aggregate; without it nothing is written. */
  outputDir?: string
  failOn?: FailOn
  maxParallel?: number
  compare: Omit<CompareOptions, 'left' | 'right'>
}

async function writeInto(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name)
  try {
    await writeFile(path, text)
  } catch (error) {
    throw new UserError(`--output ${dir}: ${oneLine(error)}`)
  }
  return path
}

/** The aggregate in the chosen format. */
async function renderAggregate(aggregate: LegsReport, legs: LegReportFile[], format: LegsCliOptions['format']): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(aggregate)
    case 'markdown': {
      const { renderLegsMarkdown } = await import('../render/legsMarkdown.js')
      return renderLegsMarkdown(aggregate, legs)
    }
    case 'text':
      return renderLegsText(aggregate, legs)
  }
}

/**
 * Compares every leg, writes each leg's report and the aggregate into `outputDir` when given, and
 * returns the aggregate, the legs' reports and the manifest's `fail-on` (for the exit code) with
 * the rendered aggregate.
 */
export async function compareLegsCli(options: LegsCliOptions): Promise<{ aggregate: LegsReport; output: string; failOn: FailOn }> {
  const manifest = await readLegsManifest(options.manifest)
  const sources = localSources(options.compare.limits)
  let runs
  try {
    runs = await runLegs({ legs: manifest.legs, acquirer: sources, compare: options.compare, ...(options.maxParallel !== undefined && { maxParallel: options.maxParallel }) })
  } finally {
    await sources.dispose()
  }
  const dir = options.outputDir
  if (dir !== undefined) {
    try {
      await mkdir(dir, { recursive: true })
    } catch (error) {
      throw new UserError(`--output ${dir}: ${oneLine(error)}`)
    }
  }
  const legs: LegReportFile[] = []
  for (const { leg, report } of runs) {
    legs.push({ name: leg.name, report, path: dir === undefined ? null : await writeInto(dir, `${leg.name}.report.json`, renderJson(report)) })
  }
  const aggregate = buildLegsReport(legs)
  if (dir !== undefined) await writeInto(dir, LEGS_REPORT_FILE, renderJson(aggregate))
  return { aggregate, output: await renderAggregate(aggregate, legs, options.format), failOn: options.failOn ?? manifest.failOn ?? 'error' }
}
