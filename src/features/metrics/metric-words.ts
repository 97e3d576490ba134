import type { MetricFigure, MetricLink } from '../../api/schemas/metrics.ts'

/** A figure's value in words: "57.1 %", "65.1 hours", or why there is none. */
export function formatValue(f: MetricFigure): string {
  if (f.value === null) return f.denominator === 0 ? 'None (0 of 0)' : 'Not available'
  // A no-break space: "57.1" and "%" never land on two lines of a narrow cell.
  return f.unit === 'percent' ? `${f.value}\u00a0%` : `${f.value}\u00a0hours`
}

/** The worklist address listing the cases behind a figure (only enum values and a year). */
export function worklistHref(link: MetricLink): string {
  // Every case behind the figure, not a director's own queue (their default view).
  const search = new URLSearchParams({ view: 'all' })
  link.status?.forEach((s) => search.append('status', s))
  if (link.lineOfBusiness) search.set('lineOfBusiness', link.lineOfBusiness)
  if (link.urgency) search.set('urgency', link.urgency)
  search.set('decidedYear', String(link.decidedYear))
  if (link.initialDecision) search.set('initialDecision', link.initialDecision)
  if (link.onTime !== undefined) search.set('onTime', String(link.onTime))
  return `/?${search.toString()}`
}
