import type { LegReportFile } from '../core/legs/aggregate.js'
import { renderAnnotations, type AnnotationLimits, type RenderedAnnotations } from './annotations.js'

/**
 * Check-run annotations over every leg: each leg's annotations as for one pair, in manifest order,
 * with titles prefixed `[leg] `, and the annotation cap shared across legs (the rest counted in
 * `omitted`).
 */
export function renderLegsAnnotations(legs: readonly LegReportFile[], limits: AnnotationLimits): RenderedAnnotations {
  const result: RenderedAnnotations = { annotations: [], omitted: 0 }
  for (const { name, report } of legs) {
    const prefix = `[${name}] `
    const rendered = renderAnnotations(report, {
      ...limits,
      maxAnnotations: Math.max(0, limits.maxAnnotations - result.annotations.length),
      // The prefix is ASCII: one unit in characters and in bytes alike.
      title: { ...limits.title, maxSize: Math.max(1, limits.title.maxSize - prefix.length) }
    })
    result.annotations.push(...rendered.annotations.map((a) => ({ ...a, title: prefix + a.title })))
    result.omitted += rendered.omitted
  }
  return result
}
