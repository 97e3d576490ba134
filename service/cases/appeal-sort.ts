import type { StoredCase } from '../../src/api/schemas/case.ts'

/**
 * An appeal in review runs on its own clock, so the worklist's "due time" is the
 * appeal's. An appeal whose rule sets no confirmed due time (Washington) has none: it
 * sorts after every due time, soonest first (and first, latest first).
 */
export const NO_APPEAL_DUE = '9999-12-31T23:59:59.999Z'

export const isAppealInReview = (c: StoredCase) => c.status === 'appeal-in-review'

export function dueKey(c: StoredCase): string {
  if (!isAppealInReview(c)) return c.turnaround.dueAt
  return c.appeal?.clock.dueAt ?? NO_APPEAL_DUE
}

/**
 * Merges the appeals in review, sorted by `compare`, into cases already in order by a
 * key that does not change (the first clock's due time). Appeals come and go without
 * the number of cases changing, so they are placed on each request: a few among many.
 */
export function mergeAppeals(
  ordered: StoredCase[],
  compare: (a: StoredCase, b: StoredCase) => number,
): StoredCase[] {
  const appeals = ordered.filter(isAppealInReview)
  if (appeals.length === 0) return ordered
  appeals.sort(compare)
  const out: StoredCase[] = []
  let i = 0
  for (const c of ordered) {
    if (isAppealInReview(c)) continue
    while (i < appeals.length && compare(appeals[i]!, c) < 0) out.push(appeals[i++]!)
    out.push(c)
  }
  while (i < appeals.length) out.push(appeals[i++]!)
  return out
}
