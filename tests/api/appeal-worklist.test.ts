import { describe, expect, it } from 'vitest'
import type { CaseSummary, StoredCase } from '../../src/api/schemas/case.ts'
import { signInAs } from '../support/sign-in.ts'
import { deniedCase, postAppeal, validAppeal } from './appeal-helpers.ts'
import { call, postCase } from './helpers.ts'

const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }

async function list(token: string, query: string): Promise<CaseSummary[]> {
  const res = await call(`/cases?limit=500&${query}`, { token })
  expect(res.status).toBe(200)
  return res.body.items as CaseSummary[]
}
const indexOf = (items: CaseSummary[], id: string) => items.findIndex((i) => i.id === id)

/**
 * B: a standard Medicare Advantage case (first due in 7 days), denied, then appealed as
 * expedited (appeal due in 72 hours). A: an expedited case created after it (due in 72
 * hours from a later receipt). By the first clock A comes first; by the appeal's, B.
 */
async function appealDueBeforeOpenCase() {
  const { id: appealed } = await deniedCase(medicare, 'u-md-1')
  const md2 = await signInAs('u-md-2')
  const res = await postAppeal(appealed, md2, validAppeal({ urgency: 'expedited' }))
  expect(res.status).toBe(201)
  const reviewer = await signInAs('u-rev-1')
  const received = { requestReceivedAt: new Date().toISOString() }
  const open = (await postCase(reviewer, { ...medicare, urgency: 'expedited', ...received }))
    .body as StoredCase
  return { appealed, open: open.id, appealDueAt: (res.body as StoredCase).appeal!.clock.dueAt! }
}

describe('the worklist and appeals (GET /cases)', () => {
  it('sorts an appeal in review by its appeal due time, both ways and across pages', async () => {
    const { appealed, open, appealDueAt } = await appealDueBeforeOpenCase()
    const md2 = await signInAs('u-md-2')
    const soonest = await list(md2, 'sort=dueAt')
    expect(indexOf(soonest, appealed)).toBeLessThan(indexOf(soonest, open))
    expect(soonest[indexOf(soonest, appealed)]!.appealDueAt).toBe(appealDueAt)
    const latest = await list(md2, 'sort=-dueAt')
    expect(indexOf(latest, appealed)).toBeGreaterThan(indexOf(latest, open))
    // Paging one at a time walks the same order: the cursor uses the same key.
    const paged: string[] = []
    let cursor: string | null = null
    do {
      const page: { body: { items: CaseSummary[]; nextCursor: string | null } } = await call(
        `/cases?limit=1&sort=dueAt${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: md2 },
      )
      paged.push(...page.body.items.map((i) => i.id))
      cursor = page.body.nextCursor
    } while (cursor)
    expect(paged).toEqual(soonest.map((i) => i.id))
  })

  it('an appeal with no confirmed due time (Washington, expedited) sorts after every due time', async () => {
    const { id } = await deniedCase({}, 'u-md-1')
    const md2 = await signInAs('u-md-2')
    expect((await postAppeal(id, md2, validAppeal({ urgency: 'expedited' }))).status).toBe(201)
    const soonest = await list(md2, 'sort=dueAt')
    expect(soonest.at(-1)).toMatchObject({ id, appealDueAt: null })
  })

  it('counts and filters the appeal statuses; My queue holds the appeal assigned to me', async () => {
    const { appealed } = await appealDueBeforeOpenCase()
    const md2 = await signInAs('u-md-2')
    const all = await call('/cases?limit=500&status=appeal-in-review', { token: md2 })
    expect(all.body.counts['appeal-in-review']).toBeGreaterThanOrEqual(1)
    expect(all.body.items.every((i: CaseSummary) => i.status === 'appeal-in-review')).toBe(true)
    expect(indexOf(all.body.items, appealed)).toBeGreaterThanOrEqual(0)
    const mine = await list(
      md2,
      'assignedToMe=true&status=pending-md-review&status=appeal-in-review',
    )
    expect(indexOf(mine, appealed)).toBeGreaterThanOrEqual(0)
    const theirs = await list(
      await signInAs('u-md-1'),
      'assignedToMe=true&status=pending-md-review&status=appeal-in-review',
    )
    expect(indexOf(theirs, appealed)).toBe(-1)
  })
})
