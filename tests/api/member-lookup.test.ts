import { describe, expect, it } from 'vitest'
import { signInAs } from '../support/sign-in.ts'
import { call, postCase } from './helpers.ts'

/** The PAS guide's subscriber, seeded as a synthetic member (service/members/synthetic.ts). */
const GUIDE_MEMBER = '12345678901'
const SEEDED_NPI = '1700000015'

describe('members and providers the service knows', () => {
  it('finds a member by ID sent in the body, never the URL, as card separators are typed', async () => {
    const rev = await signInAs('u-rev-1')
    const res = await call('/members/lookup', {
      ...{ token: rev, method: 'POST' },
      json: { memberId: '1234-5678 901' },
    })
    expect(res.status).toBe(200)
    expect(res.body.member).toMatchObject({
      memberId: GUIDE_MEMBER,
      name: 'Joe Smith',
      dateOfBirth: '1950-01-01',
      coverage: { lineOfBusiness: 'individual-family', plan: 'kfhpwa' },
      synthetic: true,
    })
    expect(res.body.member.address.lines.length).toBeGreaterThan(0)
  })

  it('answers null for a member it does not know, 400 for no member ID, 401 signed out', async () => {
    const rev = await signInAs('u-rev-1')
    const unknown = await call('/members/lookup', {
      ...{ token: rev, method: 'POST' },
      json: { memberId: 'ZZ99999999' },
    })
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual({ member: null })
    const bad = await call('/members/lookup', { token: rev, method: 'POST', json: { memberId: 7 } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.memberId[0]).toMatch(/6 to 20 letters and digits/)
    const out = await call('/members/lookup', { method: 'POST', json: { memberId: GUIDE_MEMBER } })
    expect(out.status).toBe(401)
  })

  it('finds a provider by NPI; null when none; 400 for a number that is not an NPI', async () => {
    const rev = await signInAs('u-rev-1')
    const found = await call(`/providers/${SEEDED_NPI}`, { token: rev })
    expect(found.status).toBe(200)
    expect(found.body.provider).toMatchObject({ npi: SEEDED_NPI, synthetic: true })
    expect(found.body.provider.name).toMatch(/\w/)
    const none = await call('/providers/1245319599', { token: rev })
    expect(none.body).toEqual({ provider: null })
    expect((await call('/providers/1234567890', { token: rev })).status).toBe(400)
  })

  it('a case keeps its parties as entered, and a correction of enrollment goes on its trail with the reason', async () => {
    const rev = await signInAs('u-rev-1')
    const created = await postCase(rev, {
      ...{ memberId: GUIDE_MEMBER, dateOfBirth: '1950-01-02' },
      ...{ lineOfBusiness: 'individual-family', groupFunding: undefined, plan: 'kfhpwa' },
      requestingProviderNpi: SEEDED_NPI,
      enrollmentCorrectionReason: 'The request and the member card both say January 2.',
    })
    expect(created.status).toBe(201)
    expect(created.body.parties.member).toMatchObject({ memberId: GUIDE_MEMBER, name: 'Joe Smith' })
    expect(created.body.parties.provider).toMatchObject({ npi: SEEDED_NPI })
    const trail = await call(`/cases/${created.body.id}/audit`, { token: rev })
    const corrected = (
      trail.body.items as { action: string; summary: string; reason: string }[]
    ).filter((e) => e.action === 'enrollment-corrected')
    expect(corrected).toHaveLength(1)
    expect(corrected[0]!.summary).toBe(
      'Entered other than the enrollment record: Date of birth entered “1950-01-02”, enrollment says “1950-01-01”',
    )
    expect(corrected[0]!.reason).toBe('The request and the member card both say January 2.')
  })

  it('a case that agrees with enrollment, or whose member has none, has no correction on its trail', async () => {
    const rev = await signInAs('u-rev-1')
    for (const over of [
      {
        ...{ memberId: GUIDE_MEMBER, dateOfBirth: '1950-01-01' },
        ...{ lineOfBusiness: 'individual-family', groupFunding: undefined, plan: 'kfhpwa' },
      },
      {},
    ]) {
      const created = await postCase(rev, over)
      expect(created.status).toBe(201)
      const trail = await call(`/cases/${created.body.id}/audit`, { token: rev })
      const actions = (trail.body.items as { action: string }[]).map((e) => e.action)
      expect(actions).not.toContain('enrollment-corrected')
    }
  })
})
