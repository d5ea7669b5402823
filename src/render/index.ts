import type { Report } from '../core/model/types.js'
import { renderJson } from './json.js'
import { renderText } from './text.js'

/**
 * The renderers of a whole report, looked up by format name (`--format`). Each says what it
 * produces; the larger ones are imported on first use, so that `--format text` and `json` stay
 * quick to start.
 */

/** A renderer of the full, unbudgeted report. */
export interface Renderer {
  /** What it produces, for the usage text. */
  description: string
  render(report: Report): Promise<string>
}

/** Every report format, by name. */
export const RENDERERS = {
  text: { description: 'plain text, upstream-compatible first line', render: async (report) => renderText(report) },
  json: { description: 'the dualrun-report/v1 document', render: async (report) => renderJson(report) },
  markdown: {
    description: 'GitHub Markdown',
    render: async (report) => (await import('./markdown.js')).renderMarkdownReport(report)
  },
  html: {
    description: 'one self-contained HTML page with the rank-shift pictures',
    render: async (report) => (await import('./html.js')).renderHtmlReport(report)
  }
} satisfies Record<string, Renderer>

/** A format name. */
export type Format = keyof typeof RENDERERS

/** The format names, in the registry's order. */
export const FORMATS = Object.keys(RENDERERS) as Format[]

/** True when `name` is a format of the registry. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(RENDERERS, name)
}
