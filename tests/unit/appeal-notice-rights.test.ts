import { describe, expect, it } from 'vitest'
import { allAppealSections, appealNoticeFor } from '../../src/letters/appeal-notice-rights.ts'

const medicare = { lineOfBusiness: 'medicare-advantage' } as const
const washington = { lineOfBusiness: 'individual-family' } as const
const erisa = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' } as const

describe('the appeal notices as data', () => {
  it('every statement names its rule, and an unconfirmed rule says why in its note', () => {
    for (const section of allAppealSections) {
      expect(section.sources.length, section.id).toBeGreaterThan(0)
      for (const s of section.sources)
        if (!s.confirmed) expect(s.note, s.cite).toMatch(/^Not (confirmed|read)/)
    }
  })

  it('chooses by line of business, funding and outcome', () => {
    expect(appealNoticeFor(medicare, 'uphold').sections.map((s) => s.id)).toEqual([
      'forwarded',
      'independent-review',
      'rest-of-process',
      'help',
    ])
    expect(appealNoticeFor(washington, 'uphold').sections.map((s) => s.id)).toEqual([
      'reasons',
      'plan-sections',
      'records',
      'evidence',
      'external-review',
      'criteria',
      'insurance-commissioner',
    ])
    // An insured employer group plan is an ERISA plan too: its decision on review adds those items.
    const group = { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' } as const
    expect(appealNoticeFor(group, 'uphold').sections.map((s) => s.id)).toEqual([
      'reasons',
      'plan-sections',
      'records',
      'evidence',
      'external-review',
      'criteria',
      'documents',
      'right-to-sue',
      'insurance-commissioner',
    ])
    expect(
      appealNoticeFor(
        { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
        'uphold',
      ).id,
    ).toBe('washington')
    expect(appealNoticeFor(erisa, 'approve').sections.map((s) => s.id)).toEqual(['what-it-means'])
  })

  it('states no time limit that was not confirmed: the 180 days for independent review are cited to WAC 284-43-3150(5), read', () => {
    const days = allAppealSections.filter((s) => s.paragraphs.some((p) => /\d+ days/.test(p)))
    expect([...new Set(days.map((s) => s.id))]).toEqual(['external-review'])
    for (const d of days)
      expect(d.sources[0]).toMatchObject({ cite: 'WAC 284-43-3150(2), (5)', confirmed: true })
  })
})
