import { describe, expect, it } from 'vitest'
import { caseList, type CaseSummary } from '../../src/api/schemas/case.ts'
import { resetDb } from '../../service/store.ts'
import { seedSyntheticCases } from '../../service/seed.ts'
import { signInAs } from '../support/sign-in.ts'
import { call } from './helpers.ts'
import { expectedCaseIds, isOpen, sortedIds } from '../support/expected-cases.ts'

const ids = (items: CaseSummary[]) => items.map((c) => c.id)

describe('GET /cases', () => {
  it('lists the seeded synthetic cases sorted by due time, with masked member ids and counts', async () => {
    const { status, body } = await call('/cases', { as: 'u-rev-1' })
    expect(status).toBe(200)
    expect(caseList.safeParse(body).success).toBe(true)
    expect(body.total).toBe(20)
    const dues = body.items.map((c: CaseSummary) => c.dueAt)
    expect(dues).toEqual([...dues].sort())
    expect(JSON.stringify(body)).not.toMatch(/SYN\d/)
    expect(body.items[0].memberIdMasked).toMatch(/^••••••\d{4}$/)
    // An age in whole years, and no date of birth anywhere in the list.
    for (const c of body.items as CaseSummary[]) expect(c.memberAge).toEqual(expect.any(Number))
    expect(JSON.stringify(body)).not.toMatch(/dateOfBirth|\d{4}-\d{2}-\d{2}"/)
    for (const s of ['pending-md-review', 'pended-for-information', 'approved', 'denied'])
      expect(body.counts[s]).toBeGreaterThan(0)
    const descriptions = new Set(
      body.items.map((c: CaseSummary) => `${c.serviceCode}:${c.serviceDescription}`),
    )
    expect(descriptions).toEqual(new Set(['M0076:Prolotherapy', '20550:null', 'J3490:null']))
  })

  it('filters by status, line of business, urgency, overdue and my queue', async () => {
    const token = await signInAs('u-md-1')
    const get = async (qs: string) => (await call(`/cases?limit=500&${qs}`, { token })).body
    const now = new Date().toISOString()
    const pended = await get('status=pended-for-information&status=denied')
    expect(sortedIds(pended.items)).toEqual(
      await expectedCaseIds((c) => ['pended-for-information', 'denied'].includes(c.status)),
    )
    expect(pended.total).toBe(pended.counts['pended-for-information'] + pended.counts.denied)
    const expedited = await get('urgency=expedited')
    expect(sortedIds(expedited.items)).toEqual(
      await expectedCaseIds((c) => c.input.urgency === 'expedited'),
    )
    const ma = await get('lineOfBusiness=medicare-advantage')
    expect(sortedIds(ma.items)).toEqual(
      await expectedCaseIds((c) => c.input.lineOfBusiness === 'medicare-advantage'),
    )
    const overdue = await get('overdue=true')
    expect(sortedIds(overdue.items)).toEqual(
      await expectedCaseIds((c) => isOpen(c) && c.turnaround.dueAt < now),
    )
    // Counts are across the other filters: the overdue counts hold no final statuses.
    expect(overdue.counts).toMatchObject({ approved: 0, denied: 0 })
    const mine = await get('assignedToMe=true')
    expect(sortedIds(mine.items)).toEqual(
      await expectedCaseIds((c) => c.assignedTo?.id === 'u-md-1'),
    )
    expect((await call('/cases?assignedToMe=true', { as: 'u-rev-1' })).body.total).toBe(0)
    // Filters combine: both conditions, and the combination is not empty.
    const maExpedited = await get('lineOfBusiness=medicare-advantage&urgency=expedited')
    const both = ma.items.filter((c: CaseSummary) => c.urgency === 'expedited')
    expect(both.length).toBeGreaterThan(0)
    expect(sortedIds(maExpedited.items)).toEqual(sortedIds(both))
  })

  it('pages with an opaque cursor through every case exactly once, in each sort order', async () => {
    await resetDb(() => seedSyntheticCases(600))
    const token = await signInAs('u-rev-1')
    for (const sort of ['dueAt', '-dueAt', 'receivedAt', '-receivedAt']) {
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const qs: string = `sort=${sort}&limit=250${cursor ? `&cursor=${cursor}` : ''}`
        const page = (await call(`/cases?${qs}`, { token })).body
        expect(page.total).toBe(620)
        seen.push(...ids(page.items))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toHaveLength(620)
      expect(new Set(seen).size).toBe(620)
    }
    const full = (await call('/cases?sort=-receivedAt&limit=500', { token })).body
    const received = full.items.map((c: CaseSummary) => c.receivedAt)
    expect(received).toEqual([...received].sort().reverse())
    expect(full.items).toHaveLength(500)
  })

  it.each([
    'status=open',
    'lineOfBusiness=medicaid',
    'urgency=urgent',
    'overdue=yes',
    'assignedToMe=1',
    'sort=dueDate',
    'limit=0',
    'limit=501',
    'limit=ten',
    'cursor=not-a-cursor',
  ])('answers a bad query value (%s) with a 400 problem naming the parameter', async (qs) => {
    const { status, body } = await call(`/cases?${qs}`, { as: 'u-rev-1' })
    expect(status).toBe(400)
    expect(Object.keys(body.errors)).toEqual([qs.split('=')[0]])
  })

  it('refuses a cursor from another sort order', async () => {
    const token = await signInAs('u-rev-1')
    const first = (await call('/cases?limit=5', { token })).body
    const mixed = await call(`/cases?limit=5&sort=-dueAt&cursor=${first.nextCursor}`, { token })
    expect(mixed.status).toBe(400)
  })
})
