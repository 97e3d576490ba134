/**
 * One date style across the app's own words: "7 Nov 2023", the same day-month-year order
 * as the times the app shows ("Tue 1 Dec 2026, 3:00 PM PST"). Quoted policy text keeps
 * the document's own dates; date inputs show what the browser shows.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

/** '2023-11-07' → '7 Nov 2023'; anything else is returned as given, never guessed. */
export function formatPlainDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date).replace('Sept', 'Sep')
}

/** Whole years from `iso` to `today` (both YYYY-MM-DD), for "reviewed 24 years ago". */
export function yearsBetween(iso: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(iso.slice(0, 4))
  return today.slice(5) < iso.slice(5) ? years - 1 : years
}

/** "reviewed 24 years ago", "reviewed this year" (less than a year). */
export function reviewedAgo(iso: string, today: string): string {
  const n = yearsBetween(iso, today)
  if (n < 1) return 'reviewed less than a year ago'
  return `reviewed ${n} ${n === 1 ? 'year' : 'years'} ago`
}

/** docs/product-rules.md, Policy as data: a policy whose last review is more than 12 months old is "Review overdue". */
export function isReviewOverdue(lastReviewed: string, today: string): boolean {
  const yearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`
  return lastReviewed < yearAgo
}
