import { describe, expect, it } from 'vitest'
import {
  appealErrors,
  appealInputOf,
  GOOD_CAUSE_NEEDED,
  hasVisibleText,
  type AppealValues,
} from '../../src/domain/appeal-rules.ts'

const now = new Date('2026-11-27T18:00:00.000Z')
const deniedAt = '2026-11-20T18:00:30.000Z'
const values = (over: Partial<AppealValues> = {}): AppealValues => ({
  requestedBy: 'provider-on-behalf',
  received: new Date('2026-11-27T17:30:00.000Z'),
  receivedGiven: true,
  backdateReason: '',
  urgency: 'expedited',
  channel: 'fax-phone',
  reasonGiven: 'Disagrees',
  goodCauseNote: '',
  ...over,
})
const at = (iso: string) => values({ received: new Date(iso), backdateReason: 'found late' })
const errorsOf = (v: AppealValues) => appealErrors(v, now, deniedAt)

describe('the appeal rules, shared by the form and the service', () => {
  it('a complete appeal has no errors', () => {
    expect(errorsOf(values())).toEqual({})
    expect(errorsOf(values({ requestedBy: 'member', channel: 'electronic' }))).toEqual({})
    expect(errorsOf(values({ urgency: 'standard', channel: 'mail' }))).toEqual({})
  })

  it('names each missing choice and the missing reason', () => {
    expect(
      errorsOf(
        values({
          requestedBy: 'nurse',
          urgency: 'urgent',
          channel: 'pigeon',
          reasonGiven: ' \u200b',
        }),
      ),
    ).toEqual({
      requestedBy: 'Select who asked for the appeal',
      urgency: 'Select standard or expedited',
      channel: 'Select how the appeal arrived',
      reasonGiven: 'Enter the reason given for the appeal',
    })
  })

  it('the received time: given, real, not in the future, not before the denial', () => {
    expect(errorsOf(values({ receivedGiven: false, received: null }))).toEqual({
      receivedAt: 'Enter when the appeal was received',
    })
    expect(errorsOf(values({ received: null }))).toEqual({
      receivedAt: 'Appeal received must be a real date and time',
    })
    // Five minutes of clock skew are allowed, no more.
    expect(errorsOf(at('2026-11-27T18:05:00.000Z'))).toEqual({})
    expect(errorsOf(at('2026-11-27T18:05:00.001Z'))).toEqual({
      receivedAt: 'Appeal received cannot be in the future',
    })
    // Logged in the minute of the denial is not before it; the minute before is.
    expect(errorsOf(at('2026-11-20T18:00:00.000Z'))).toEqual({})
    expect(errorsOf(at('2026-11-20T17:59:59.999Z'))).toEqual({
      receivedAt: 'Appeal received cannot be before the denial',
    })
  })

  it('more than an hour back needs a reason for the late entry', () => {
    const late = 'Enter why the appeal is being entered more than an hour after it was received'
    expect(errorsOf(values({ received: new Date('2026-11-27T17:00:00.000Z') }))).toEqual({})
    expect(errorsOf(values({ received: new Date('2026-11-27T16:59:59.999Z') }))).toEqual({
      backdateReason: late,
    })
    expect(
      errorsOf(values({ received: new Date('2026-11-27T16:00:00.000Z'), backdateReason: '\t' })),
    ).toEqual({ backdateReason: late })
  })

  it('each note is at most 4,000 characters, counted after trimming', () => {
    const fits = ` ${'é'.repeat(4000)} `
    const over = 'x'.repeat(4001)
    expect(
      errorsOf(values({ backdateReason: fits, reasonGiven: fits, goodCauseNote: fits })),
    ).toEqual({})
    expect(
      errorsOf(values({ backdateReason: over, reasonGiven: over, goodCauseNote: over })),
    ).toEqual({
      backdateReason: 'Reason for late entry must be 4,000 characters or fewer',
      reasonGiven: 'Reason given must be 4,000 characters or fewer',
      goodCauseNote: 'Good cause must be 4,000 characters or fewer',
    })
    // A missing reason is said first, not its length.
    expect(
      errorsOf(values({ received: new Date('2026-11-26T00:00:00Z'), backdateReason: '' })),
    ).toEqual({
      backdateReason:
        'Enter why the appeal is being entered more than an hour after it was received',
    })
  })

  it('the recorded appeal keeps notes only when they say something', () => {
    const v = values({ received: new Date('2026-11-27T17:30:00.000Z') })
    expect(appealInputOf({ ...v, received: v.received! })).toEqual({
      requestedBy: 'provider-on-behalf',
      receivedAt: '2026-11-27T17:30:00.000Z',
      urgency: 'expedited',
      channel: 'fax-phone',
      reasonGiven: 'Disagrees',
    })
    const noted = { ...v, received: v.received!, backdateReason: ' a ', goodCauseNote: ' b ' }
    expect(appealInputOf(noted)).toMatchObject({ backdateReason: 'a', goodCauseNote: 'b' })
    expect(appealInputOf({ ...noted, goodCauseNote: '\u200b' })).not.toHaveProperty('goodCauseNote')
  })

  it('visible text is more than spaces and invisible characters', () => {
    for (const blank of ['', ' ', '\u200b\u200f', '\u2028\u202f', '\u2060\u206f', '\ufeff'])
      expect(hasVisibleText(blank)).toBe(false)
    expect(hasVisibleText(' a ')).toBe(true)
    expect(GOOD_CAUSE_NEEDED).toBe('Enter the good cause for asking after the time limit')
  })
})
