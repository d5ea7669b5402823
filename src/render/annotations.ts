import type { Cause, Finding, JsonValue, Report } from '../core/model/types.js'
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

/** Each change id → the title of the cause that explains it (`input → consequence` for a consequence). */
function causeTitles(causes: readonly Cause[], parent = ''): Map<string, string> {
  const titles = new Map<string, string>()
  for (const cause of causes) {
    const title = `${parent}${cause.title}`
    for (const id of cause.changes) titles.set(id, title)
    for (const [id, inner] of causeTitles(cause.consequences ?? [], `${title} → `)) titles.set(id, inner)
  }
  return titles
}

function annotationFor(report: Report, f: Finding, paths: Map<string, string>, causes: Map<string, string>, limits: AnnotationLimits): CheckAnnotation {
  const location = [f.side ? `${report[f.side].label} only` : '', f.job !== undefined ? `job ${f.job}` : '', f.field ?? '', f.pointer ?? '']
    .filter(Boolean)
    .join(' ')
  const title = `${f.kind}: ${f.artifact}${location ? ` ${location}` : ''}`
  const lines = [f.message]
  if (f.left !== undefined || f.right !== undefined) {
    lines.push(`${report.left.label}: ${shorten(quoteValue(f.left), VALUE_MAX_CHARS)}`, `${report.right.label}: ${shorten(quoteValue(f.right), VALUE_MAX_CHARS)}`)
  }
  const cause = f.change !== undefined ? causes.get(f.change) : undefined
  if (cause !== undefined) lines.push(`cause: ${shorten(cause, VALUE_MAX_CHARS)}`)
  return {
    path: singleLine(f.path ?? paths.get(f.artifact) ?? f.artifact),
    start_line: 1,
    end_line: 1,
    annotation_level: f.severity === 'error' ? 'failure' : 'warning',
    title: shortenTo(plainText(singleLine(title), limits.title.maxSize), limits.title),
    message: shortenTo(plainText(lines.map(singleLine).join('\n'), MESSAGE_MAX_CHARS), limits.message)
  }
}

/**
 * One annotation per finding, in report order (the pipeline's), each naming the cause that explains it, up to `limits.maxAnnotations`. The path is the
 * artifact's file inside the run dir (from the presence matrix), or its id when it has none.
 */
export function renderAnnotations(report: Report, limits: AnnotationLimits): RenderedAnnotations {
  const paths = new Map<string, string>(report.presence.map((row) => [row.artifact, row.path]))
  const causes = causeTitles(report.causes ?? [])
  const shown = report.findings.slice(0, Math.max(0, limits.maxAnnotations))
  return {
    annotations: shown.map((f) => annotationFor(report, f, paths, causes, limits)),
    omitted: report.findings.length - shown.length
  }
}
