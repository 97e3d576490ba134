import { describe, expect, it } from 'vitest'
import { enrolledValues, enrollmentDifferences } from '../../src/domain/enrollment.ts'
import type { MemberRecord } from '../../src/api/schemas/member.ts'

// Only the fields enrollment reads: the rest of a member record plays no part here.
const member = (coverage: Partial<MemberRecord['coverage']>) =>
  ({
    dateOfBirth: '1951-03-14',
    coverage: { lineOfBusiness: 'commercial-group', plan: 'kfhpwa', ...coverage },
  }) as MemberRecord
const group = member({ groupFunding: 'self-funded' })

describe('what case entry fills from enrollment', () => {
  it('a group plan fills its funding; other lines fill none', () => {
    expect(enrolledValues(group)).toEqual({
      dateOfBirth: '1951-03-14',
      lineOfBusiness: 'commercial-group',
      groupFunding: 'self-funded',
      plan: 'kfhpwa',
    })
    expect(enrolledValues(member({})).groupFunding).toBe('')
    const ma = member({ lineOfBusiness: 'medicare-advantage', groupFunding: 'fully-insured' })
    expect(enrolledValues(ma).groupFunding).toBe('')
  })

  it('lists the fields entered differently, in form order, trimmed', () => {
    expect(
      enrollmentDifferences(group, {
        dateOfBirth: ' 1951-03-14 ',
        lineOfBusiness: 'commercial-group',
        groupFunding: 'self-funded',
        plan: 'kfhpwa',
      }),
    ).toEqual([])
    expect(
      enrollmentDifferences(group, {
        dateOfBirth: '1951-03-15',
        lineOfBusiness: 'commercial-group',
        groupFunding: 'fully-insured',
        plan: 'kfhpwa-options',
      }),
    ).toEqual(['dateOfBirth', 'groupFunding', 'plan'])
  })

  it('funding entered for a line that has none is not a difference; a missing field is', () => {
    const ma = member({ lineOfBusiness: 'medicare-advantage' })
    expect(
      enrollmentDifferences(ma, {
        dateOfBirth: '1951-03-14',
        lineOfBusiness: 'medicare-advantage',
        groupFunding: 'self-funded',
        plan: 'kfhpwa',
      }),
    ).toEqual([])
    expect(
      enrollmentDifferences(group, {
        dateOfBirth: undefined,
        lineOfBusiness: 'medicare-advantage',
        groupFunding: 'self-funded',
        plan: 'kfhpwa',
      }),
    ).toEqual(['dateOfBirth', 'lineOfBusiness', 'groupFunding'])
  })
})
