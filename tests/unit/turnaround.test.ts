import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeTurnaround, type TurnaroundCase } from '../../service/engine/turnaround.ts'
import { PLAN_TIME_ZONE, formatInZone, wallTimeToInstant } from '../../src/domain/time-zone.ts'

/** Plan wall time → ISO instant, so each case reads as a reviewer would enter it. */
const la = (wall: string) => wallTimeToInstant(wall, PLAN_TIME_ZONE)?.toISOString() ?? 'invalid'
const shown = (iso: string) => formatInZone(new Date(iso), PLAN_TIME_ZONE)

const medicare: Omit<TurnaroundCase, 'urgency' | 'requestReceivedAt'> = {
  lineOfBusiness: 'medicare-advantage',
  requestChannel: 'electronic',
}
const fullyInsured = {
  lineOfBusiness: 'commercial-group',
  groupFunding: 'fully-insured',
} as const
const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' } as const

describe('computeTurnaround', () => {
  it('Medicare Advantage from 2026: 7 calendar days, due 23:59:59 local (across spring-forward)', () => {
    const t = computeTurnaround({
      ...medicare,
      urgency: 'standard',
      requestReceivedAt: la('2026-03-02T10:00'),
    })
    expect(shown(t.dueAt)).toBe('Mon 9 Mar 2026, 11:59 PM PDT')
    expect(t.dueAt).toBe('2026-03-10T06:59:59.000Z')
    expect(t.timeZone).toBe('America/Los_Angeles')
    expect(t.rule).toEqual({
      id: 'medicare-advantage-2026-standard',
      label: 'Medicare Advantage, received on or after January 1, 2026, standard',
      limit: '7 calendar days',
      source: 'CMS-0057-F',
    })
  })

  it('expedited 72 hours are elapsed hours, so the local clock time moves across 2026-03-08', () => {
    const t = computeTurnaround({
      ...medicare,
      urgency: 'expedited',
      requestReceivedAt: la('2026-03-07T10:00'),
    })
    expect(t.dueAt).toBe('2026-03-10T18:00:00.000Z')
    expect(shown(t.dueAt)).toBe('Tue 10 Mar 2026, 11:00 AM PDT')
    expect(t.rule.limit).toBe('72 hours')
  })

  it('Medicare Advantage received 2025-12-31 local keeps the 14-day rule; 2026-01-01 local gets 7', () => {
    const before = computeTurnaround({
      ...medicare,
      urgency: 'standard',
      requestReceivedAt: la('2025-12-31T23:30'),
    })
    // Already 2026-01-01 in UTC: the rule follows the plan's calendar, not UTC's.
    expect(la('2025-12-31T23:30')).toBe('2026-01-01T07:30:00.000Z')
    expect(before.rule.source).toBe('42 CFR 422.568, 422.572')
    expect(before.rule.limit).toBe('14 calendar days')
    expect(shown(before.dueAt)).toBe('Wed 14 Jan 2026, 11:59 PM PST')

    const after = computeTurnaround({
      ...medicare,
      urgency: 'standard',
      requestReceivedAt: la('2026-01-01T00:30'),
    })
    expect(after.rule.source).toBe('CMS-0057-F')
    expect(shown(after.dueAt)).toBe('Thu 8 Jan 2026, 11:59 PM PST')
  })

  it('electronic standard skips Thanksgiving and Native American Heritage Day 2026', () => {
    for (const product of [fullyInsured, { lineOfBusiness: 'individual-family' } as const]) {
      const t = computeTurnaround({
        ...product,
        requestChannel: 'electronic',
        urgency: 'standard',
        requestReceivedAt: la('2026-11-25T15:00'),
      })
      // Counted: Sat 28, Sun 29, Mon 30 (weekends count; only holidays are skipped).
      expect(shown(t.dueAt)).toBe('Mon 30 Nov 2026, 11:59 PM PST')
      expect(t.rule.limit).toBe('3 calendar days, excluding holidays')
      expect(t.rule.source).toBe('RCW 48.43.830 (E2SHB 1357), from 2024-01-01')
    }
  })

  it('counts from the day after the local date of receipt', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'standard',
      requestReceivedAt: la('2026-11-24T23:30'), // already 11-25 in UTC
    })
    expect(shown(t.dueAt)).toBe('Sun 29 Nov 2026, 11:59 PM PST')
  })

  it('electronic expedited: 1 calendar day is 24 hours from receipt, holidays not skipped', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'expedited',
      requestReceivedAt: la('2026-11-25T15:00'),
    })
    expect(shown(t.dueAt)).toBe('Thu 26 Nov 2026, 3:00 PM PST')
    expect(t.rule.limit).toBe('1 calendar day (24 hours from receipt)')
  })

  it('expedited: a request received just after midnight gets 24 hours, not two days', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'expedited',
      requestReceivedAt: la('2026-05-05T00:05'),
    })
    expect(shown(t.dueAt)).toBe('Wed 6 May 2026, 12:05 AM PDT')
  })

  it('Washington electronic: information must be asked for within 1 calendar day (RCW 48.43.830)', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'standard',
      requestReceivedAt: la('2026-05-05T09:30'),
    })
    expect(t.askForInformationBy?.dueAt).toBe(la('2026-05-06T09:30'))
    expect(t.askForInformationBy?.source).toMatch(/^RCW 48\.43\.830/)
    expect(
      computeTurnaround({
        ...medicare,
        urgency: 'standard',
        requestReceivedAt: la('2026-05-05T09:30'),
      }).askForInformationBy,
    ).toBeUndefined()
  })

  it('Washington fax or phone, standard: information asked for within 5 calendar days (RCW 48.43.830), due 23:59:59 local', () => {
    const fax = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'fax-phone',
      urgency: 'standard',
      requestReceivedAt: la('2026-05-05T09:30'),
    })
    // Calendar days, not business days: Tue 5 May + 5 days is Sun 10 May.
    expect(shown(fax.askForInformationBy!.dueAt)).toBe('Sun 10 May 2026, 11:59 PM PDT')
    expect(fax.askForInformationBy?.limit).toBe('5 calendar days')
    expect(fax.askForInformationBy?.source).toMatch(/^RCW 48\.43\.830.*nonelectronic/)
    // The decision clock is unchanged: also 5 calendar days.
    expect(fax.dueAt).toBe(fax.askForInformationBy!.dueAt)
  })

  it('Washington fax or phone, expedited: information asked for within 1 calendar day (24 hours)', () => {
    const fax = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'fax-phone',
      urgency: 'expedited',
      requestReceivedAt: la('2026-05-05T09:30'),
    })
    expect(fax.askForInformationBy?.dueAt).toBe(la('2026-05-06T09:30'))
    expect(fax.askForInformationBy?.limit).toBe('1 calendar day (24 hours from receipt)')
    expect(shown(fax.dueAt)).toBe('Thu 7 May 2026, 9:30 AM PDT')
  })

  it('no ask-for-information clock before 2024, when E2SHB 1357 began, or for self-funded plans', () => {
    for (const requestChannel of ['fax-phone', 'electronic'] as const)
      expect(
        computeTurnaround({
          ...fullyInsured,
          requestChannel,
          urgency: 'standard',
          requestReceivedAt: la('2023-12-20T09:30'),
        }).askForInformationBy,
      ).toBeUndefined()
    expect(
      computeTurnaround({
        ...selfFunded,
        requestChannel: 'fax-phone',
        urgency: 'standard',
        requestReceivedAt: la('2026-05-05T09:30'),
      }).askForInformationBy,
    ).toBeUndefined()
  })

  it('a request received 2028-12-29 is due in 2029, skipping New Year’s Day 2029', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'standard',
      requestReceivedAt: la('2028-12-29T10:00'),
    })
    // Counted: Sat 30, Sun 31, (Mon 1 Jan 2029 is a holiday), Tue 2.
    expect(shown(t.dueAt)).toBe('Tue 2 Jan 2029, 11:59 PM PST')
  })

  it('fax / phone: 5 calendar days standard, 2 expedited', () => {
    const base = {
      ...fullyInsured,
      requestChannel: 'fax-phone',
      requestReceivedAt: la('2026-11-25T15:00'),
    } as const
    const standard = computeTurnaround({ ...base, urgency: 'standard' })
    expect(shown(standard.dueAt)).toBe('Mon 30 Nov 2026, 11:59 PM PST')
    expect(standard.rule.source).toBe('RCW 48.43.830')
    expect(standard.rule.id).toBe('wa-non-electronic-standard')
    const expedited = computeTurnaround({ ...base, urgency: 'expedited' })
    expect(shown(expedited.dueAt)).toBe('Fri 27 Nov 2026, 3:00 PM PST')
    expect(expedited.rule.limit).toBe('2 calendar days (48 hours from receipt)')
  })

  it('an electronic request received before 2024 falls to the non-electronic timelines', () => {
    const t = computeTurnaround({
      ...fullyInsured,
      requestChannel: 'electronic',
      urgency: 'standard',
      requestReceivedAt: la('2023-12-15T09:00'),
    })
    expect(t.rule.id).toBe('wa-non-electronic-standard')
    expect(shown(t.dueAt)).toBe('Wed 20 Dec 2023, 11:59 PM PST')
  })

  it('self-funded (ERISA): 15 calendar days standard; 72 hours expedited across fall-back', () => {
    const base = { ...selfFunded, requestChannel: 'fax-phone' } as const
    const standard = computeTurnaround({
      ...base,
      urgency: 'standard',
      requestReceivedAt: la('2026-11-25T15:00'),
    })
    expect(shown(standard.dueAt)).toBe('Thu 10 Dec 2026, 11:59 PM PST')
    expect(standard.rule).toMatchObject({ source: '29 CFR 2560.503-1', limit: '15 calendar days' })
    const expedited = computeTurnaround({
      ...base,
      urgency: 'expedited',
      requestReceivedAt: la('2026-10-31T12:00'),
    })
    expect(expedited.dueAt).toBe('2026-11-03T19:00:00.000Z')
    expect(shown(expedited.dueAt)).toBe('Tue 3 Nov 2026, 11:00 AM PST')
  })

  it('refuses a case no rule covers', () => {
    const noFunding = {
      lineOfBusiness: 'commercial-group',
      requestChannel: 'electronic',
      urgency: 'standard',
    } as const
    expect(() =>
      computeTurnaround({ ...noFunding, requestReceivedAt: la('2026-05-01T09:00') }),
    ).toThrow()
    expect(() =>
      computeTurnaround({ ...medicare, urgency: 'standard', requestReceivedAt: 'soon' }),
    ).toThrow()
  })

  it('is always due after receipt, and within 16 days of it (property)', () => {
    const caseArb = fc.record({
      product: fc.constantFrom<Partial<TurnaroundCase>>(medicare, fullyInsured, selfFunded, {
        lineOfBusiness: 'individual-family',
      }),
      requestChannel: fc.constantFrom('electronic', 'fax-phone'),
      urgency: fc.constantFrom('standard', 'expedited'),
      received: fc.date({
        min: new Date('2024-01-01T12:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
    })
    fc.assert(
      fc.property(caseArb, ({ product, requestChannel, urgency, received }) => {
        const t = computeTurnaround({
          ...(product as TurnaroundCase),
          requestChannel,
          urgency,
          requestReceivedAt: received.toISOString(),
        })
        const ms = new Date(t.dueAt).getTime() - received.getTime()
        expect(ms).toBeGreaterThan(0)
        expect(ms).toBeLessThanOrEqual((16 * 24 + 1) * 3_600_000)
      }),
    )
  })
})

describe('computeTurnaround refuses what validation should have stopped', () => {
  it('a received time that is not an instant, or a group plan without its funding', () => {
    expect(() =>
      computeTurnaround({ ...medicare, urgency: 'standard', requestReceivedAt: 'soon' }),
    ).toThrow(new RangeError('Not an instant: soon'))
    expect(() =>
      computeTurnaround({
        lineOfBusiness: 'commercial-group',
        requestChannel: 'electronic',
        urgency: 'standard',
        requestReceivedAt: '2026-03-02T18:00:00Z',
      }),
    ).toThrow(new Error('No turnaround rule for commercial-group '))
  })

  it('names the rule and its urgency', () => {
    const t = computeTurnaround({
      ...medicare,
      urgency: 'expedited',
      requestReceivedAt: '2026-03-02T18:00:00Z',
    })
    expect(t.rule.id).toMatch(/-expedited$/)
    expect(t.rule.label).toMatch(/, expedited$/)
  })
})
