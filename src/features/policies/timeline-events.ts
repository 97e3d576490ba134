import type { PolicyDetail } from '../../api/schemas/policy.ts'

export type TimelineEvent = {
  kind: 'mtac' | 'policy'
  /** ISO date, for placing and ordering. */
  date: string
  /** The date as the source writes it. */
  asWritten: string
  label: string
}

/** MTAC reviews and policy reviews in date order: the picture and its text say the same. */
export function timelineEvents(policy: PolicyDetail): TimelineEvent[] {
  const committees = new Map(policy.committees.map((c) => [c.abbreviation, c.name]))
  const mtac = policy.mtacReviews.map((r): TimelineEvent => ({
    kind: 'mtac',
    date: r.date,
    // The heading leads with its date ("06/09/1999: MTAC REVIEW").
    asWritten: r.heading.split(':')[0] ?? r.heading,
    label: `MTAC review: ${r.topic}`,
  }))
  const reviews = policy.dates.reviewed.map((r): TimelineEvent => ({
    kind: 'policy',
    date: r.date,
    asWritten: r.asWritten,
    label: `Policy reviewed by the ${committees.get(r.committee) ?? r.committee} (${r.committee})`,
  }))
  return [...mtac, ...reviews].sort((a, b) => a.date.localeCompare(b.date))
}

/** A date as a fractional year, so events in one year sit apart on the axis. */
export function yearFraction(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return y + (m - 1) / 12 + (d - 1) / 365
}

/** One sentence for the picture's description. */
export function timelineSummary(events: TimelineEvent[]): string {
  const mtac = events.filter((e) => e.kind === 'mtac')
  const reviews = events.filter((e) => e.kind === 'policy')
  const years = (list: TimelineEvent[]) => list.map((e) => e.date.slice(0, 4))
  const parts: string[] = []
  if (mtac.length > 0) parts.push(`MTAC reviewed the evidence in ${years(mtac).join(' and ')}`)
  if (reviews.length > 0) {
    const ys = years(reviews)
    const latest = reviews.at(-1)?.asWritten
    parts.push(
      `the policy was reviewed ${reviews.length} times from ${ys[0]} to ${ys.at(-1)}, most recently on ${latest}`,
    )
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : 'No reviews are listed.'
}
