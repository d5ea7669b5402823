import type { Finding, JsonValue, Report } from '../core/model/types.js'
import { shorten, shortenTo, type SizeLimit } from './format.js'
import { plainText, singleLine } from './markdownSafe.js'

/**
 * Findings → check-run annotations (the shape of the REST API's `output.annotations[]`).
 * Annotations are plain text, so values are cleaned (controls, Bidi overrides) and shortened,
 * not Markdown-escaped.
 */

/** One check-run annotation. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
  raw_details?: string
}

/** Size limits of one annotation, each in its own unit (GitHub counts the title in characters, the message in bytes). */
export interface AnnotationLimits {
  /** Most annotations rendered; the rest are counted in `omitted`. */
  maxAnnotations: number
  title: SizeLimit
  message: SizeLimit
}

/** Annotations for the first findings, and how many findings got none. */
export interface RenderedAnnotations {
  annotations: CheckAnnotation[]
  omitted: number
}

/** Longest value quoted in an annotation message, in characters. */
const VALUE_MAX_CHARS = 500
/** Longest annotation message, in characters, for readability (GitHub's own limit comes in `AnnotationLimits`). */
const MESSAGE_MAX_CHARS = 4_096

function quoteValue(value: JsonValue | undefined): string {
  return value === undefined ? 'absent' : JSON.stringify(value)
}

function annotationFor(report: Report, f: Finding, paths: Map<string, string>, limits: AnnotationLimits): CheckAnnotation {
  const location = [f.side ? `${report[f.side].label} only` : '', f.job !== undefined ? `job ${f.job}` : '', f.field ?? '', f.pointer ?? '']
    .filter(Boolean)
    .join(' ')
  const title = `${f.kind}: ${f.artifact}${location ? ` ${location}` : ''}`
  const lines = [f.message]
  if (f.left !== undefined || f.right !== undefined) {
    lines.push(`${report.left.label}: ${shorten(quoteValue(f.left), VALUE_MAX_CHARS)}`, `${report.right.label}: ${shorten(quoteValue(f.right), VALUE_MAX_CHARS)}`)
  }
  return {
    path: singleLine(paths.get(f.artifact) ?? f.artifact),
    start_line: 1,
    end_line: 1,
    annotation_level: f.severity === 'error' ? 'failure' : 'warning',
    title: shortenTo(plainText(singleLine(title), limits.title.maxSize), limits.title),
    message: shortenTo(plainText(lines.map(singleLine).join('\n'), MESSAGE_MAX_CHARS), limits.message)
  }
}

/**
 * One annotation per finding, in report order, up to `limits.maxAnnotations`. The path is the
 * artifact's file inside the run dir (from the presence matrix), or its id when it has none.
 */
export function renderAnnotations(report: Report, limits: AnnotationLimits): RenderedAnnotations {
  const paths = new Map<string, string>(report.presence.map((row) => [row.artifact, row.path]))
  const shown = report.findings.slice(0, Math.max(0, limits.maxAnnotations))
  return {
    annotations: shown.map((f) => annotationFor(report, f, paths, limits)),
    omitted: report.findings.length - shown.length
  }
}
