import { describe, expect, it } from 'vitest'
import { appealRules, computeAppealClock } from '../../service/engine/appeal-turnaround.ts'

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

  it('Medicare Advantage: 65 calendar days from the date of the notice to ask, enforced (due 23:59:59 PDT on 16 Mar)', () => {
    const c = clock({})
    expect(c.filingLimit).toMatchObject({
      source: '42 CFR 422.582(b)',
      text: '65 calendar days from the date of the notice',
    })
    // Notice Sat 10 Jan 2026: day 65 is Mon 16 Mar, after the DST change.
    expect(c.filingDeadline).toBe('2026-03-17T06:59:59.000Z')
    // Its text was not re-read here: the data says so, for the compliance view.
    expect(c.filingLimit.note).toMatch(/^Not confirmed against the current regulation text/)
  })

  it('ERISA: 30 days, 72 hours expedited; 180 days from receipt of the notice, so no deadline from the decision', () => {
    const erisa = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' } as const
    const c = clock(erisa)
    expect(c.dueAt).toBe('2026-04-02T06:59:59.000Z')
    expect(c.rule.source).toBe('29 CFR 2560.503-1(i)(2)(ii)')
    expect(clock({ ...erisa, urgency: 'expedited' }).dueAt).toBe('2026-03-05T18:00:00.000Z')
    expect(c.filingLimit).toMatchObject({
      source: '29 CFR 2560.503-1(h)(3)(i)',
      text: 'At least 180 days from receipt of the notice',
    })
    // The receipt date is not recorded: a deadline counted from the notice could refuse
    // an appeal made within 180 days of receipt.
    expect(c.filingDeadline).toBeNull()
  })

  it('Washington internal appeal: 14 days (WAC 284-43-3110), expedited not confirmed, no filing deadline', () => {
    for (const product of [
      { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
      { lineOfBusiness: 'individual-family' },
    ] as const) {
      const standard = clock(product)
      // Received Mon 2 Mar 2026: day 14 is Mon 16 Mar, due 23:59:59 PDT.
      expect(standard.dueAt).toBe('2026-03-17T06:59:59.000Z')
      expect(standard.rule).toMatchObject({ source: 'WAC 284-43-3110(1), (2)', confirmed: true })
      expect(standard.rule.note).toMatch(/twenty days .*experimental or investigational/)
      const expedited = clock({ ...product, urgency: 'expedited' })
      expect(expedited.dueAt).toBeNull()
      expect(expedited.rule.confirmed).toBe(false)
      expect(expedited.rule.note).toMatch(/^Not confirmed/)
      expect(standard.filingDeadline).toBeNull()
    }
  })

  it('every limit carries a source; one the service enforces without confirmed text says so', () => {
    for (const rule of appealRules)
      for (const limit of [rule.standard, rule.expedited, rule.filing]) {
        expect(limit.source).not.toBe('')
        if (limit.confirmed) expect(limit.limit, limit.source).not.toBeNull()
        else expect(limit.note, limit.source).toMatch(/^Not confirmed/)
      }
  })
})
