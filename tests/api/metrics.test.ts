import { describe, expect, it } from 'vitest'
import { metricsReport } from '../../src/api/schemas/metrics.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import { deniedCase } from './appeal-helpers.ts'
import { call } from './helpers.ts'

const thisYear = Number(zonedDate(new Date(), PLAN_TIME_ZONE).slice(0, 4))

describe('GET /metrics', () => {
  it('answers a medical director with the figures the service computed', async () => {
    const url = `/metrics?year=${thisYear}&lineOfBusiness=medicare-advantage`
    const denied = async () => {
      const res = await call(url, { as: 'u-md-1' })
      expect(res.status).toBe(200)
      expect(metricsReport.safeParse(res.body).success).toBe(true)
      return res.body.figures.find((f: { id: string }) => f.id === 'standard-denied')
    }
    const before = await denied()
    await deniedCase({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    const after = await denied()
    // The seed may hold decided cases of its own: one more denial counts once, both sides.
    expect(after.numerator).toBe(before.numerator + 1)
    expect(after.denominator).toBe(before.denominator + 1)
  })

  it('lists item (1): the items and services needing prior authorization, from the policies', async () => {
    const res = await call(`/metrics?year=${thisYear}`, { as: 'u-md-1' })
    expect(res.status).toBe(200)
    expect(res.body.priorAuthorizationList).toContainEqual(
      expect.objectContaining({ code: 'M0076', system: 'HCPCS', description: 'Prolotherapy' }),
    )
  })

  it('refuses a utilization reviewer (403), not an empty table', async () => {
    const res = await call(`/metrics?year=${thisYear}`, { as: 'u-rev-1' })
    expect(res.status).toBe(403)
    expect(res.headers.get('Content-Type')).toContain('application/problem+json')
  })

  it('400 for an unknown year or line of business, naming the parameter', async () => {
    for (const [query, field] of [
      ['year=1999', 'year'],
      [`year=${thisYear + 1}`, 'year'],
      ['year=twenty', 'year'],
      ['year=2026&lineOfBusiness=medicaid', 'lineOfBusiness'],
    ]) {
      const res = await call(`/metrics?${query}`, { as: 'u-md-2' })
      expect(res.status, query).toBe(400)
      expect(Object.keys(res.body.errors)).toEqual([field])
    }
  })
})

describe('GET /cases: the filters behind a metric', () => {
  it('decidedYear, initialDecision and onTime narrow to the decided cases', async () => {
    const { id } = await deniedCase()
    const list = (q: string) =>
      call(`/cases?${q}`, { as: 'u-md-1' }).then((r) =>
        r.body.items.map((i: { id: string }) => i.id),
      )
    expect(await list(`decidedYear=${thisYear}&initialDecision=deny`)).toContain(id)
    expect(await list(`decidedYear=${thisYear}&initialDecision=approve`)).not.toContain(id)
    expect(await list(`decidedYear=${thisYear}&onTime=true`)).toContain(id)
    expect(await list(`decidedYear=${thisYear - 1}`)).not.toContain(id)
    const bad = await call('/cases?decidedYear=26', { as: 'u-md-1' })
    expect(bad.status).toBe(400)
  })
})
