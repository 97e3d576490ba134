import { describe, expect, it } from 'vitest'
import { appealRules, computeAppealClock } from '../../mocks/engine/appeal-turnaround.ts'

// Received Mon 2 Mar 2026, 10:00 PST; the denial notice Sat 10 Jan 2026, noon PST.
const received = '2026-03-02T18:00:00.000Z'
const noticeAt = '2026-01-10T20:00:00.000Z'
const clock = (over: Partial<Parameters<typeof computeAppealClock>[0]>) =>
  computeAppealClock({
    lineOfBusiness: 'medicare-advantage',
    urgency: 'standard',
    receivedAt: received,
    noticeAt,
    ...over,
  })

describe('the appeal clock, per line of business', () => {
  it('Medicare Advantage: 30 calendar days (due 23:59:59 on 1 Apr, after the DST change)', () => {
    const c = clock({})
    expect(c.dueAt).toBe('2026-04-02T06:59:59.000Z')
    expect(c.rule).toMatchObject({ source: '42 CFR 422.590(a)(1), (a)(2)', confirmed: true })
  })

  it('Medicare Advantage expedited: 72 elapsed hours', () => {
    expect(clock({ urgency: 'expedited' }).dueAt).toBe('2026-03-05T18:00:00.000Z')
  })

  it('Medicare Advantage: the 65-day filing limit is data, flagged unconfirmed, and not enforced', () => {
    const c = clock({})
    expect(c.filingLimit).toMatchObject({ source: '42 CFR 422.582(b)', confirmed: false })
    expect(c.filingLimit.text).toContain('65 calendar days')
    expect(c.filingDeadline).toBeNull()
  })

  it('ERISA: 30 days, 72 hours expedited, 180 days to ask (due 23:59:59 PDT on 9 Jul)', () => {
    const erisa = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' } as const
    const c = clock(erisa)
    expect(c.dueAt).toBe('2026-04-02T06:59:59.000Z')
    expect(c.rule.source).toBe('29 CFR 2560.503-1(i)(2)(ii)')
    expect(clock({ ...erisa, urgency: 'expedited' }).dueAt).toBe('2026-03-05T18:00:00.000Z')
    expect(c.filingDeadline).toBe('2026-07-10T06:59:59.000Z')
    expect(c.filingLimit).toMatchObject({ source: '29 CFR 2560.503-1(h)(3)(i)', confirmed: true })
  })

  it('Washington fully insured and Individual & Family: no guessed due time, the gap said in words', () => {
    for (const product of [
      { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
      { lineOfBusiness: 'individual-family' },
    ] as const)
      for (const urgency of ['standard', 'expedited'] as const) {
        const c = clock({ ...product, urgency })
        expect(c.dueAt).toBeNull()
        expect(c.filingDeadline).toBeNull()
        expect(c.rule.confirmed).toBe(false)
        expect(c.rule.note).toMatch(/^Not confirmed/)
      }
  })

  it('every limit carries a source, and a confirmed one has a limit', () => {
    for (const rule of appealRules)
      for (const limit of [rule.standard, rule.expedited, rule.filing]) {
        expect(limit.source).not.toBe('')
        expect(limit.confirmed).toBe(limit.limit !== null)
      }
  })
})
