import { describe, expect, it } from 'vitest'
import { storedCase, type Determination } from '../../src/api/schemas/case.ts'
import { decidingRef } from '../../src/domain/decision-criteria.ts'
import { signInAs } from '../support/sign-in.ts'
import {
  backdateDenial,
  deniedCase,
  decideAppeal,
  postAppeal,
  validAppeal,
} from './appeal-helpers.ts'
import { call, decide, postCase } from './helpers.ts'

const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }
const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }

describe('POST /cases/{id}/appeal', () => {
  it('logs the appeal of a denied case: status, clock, a reviewer other than the denier, audit', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    const reviewer = await signInAs('u-rev-2')
    const res = await postAppeal(id, reviewer, validAppeal({ urgency: 'expedited' }))
    expect(res.status).toBe(201)
    expect(storedCase.safeParse(res.body).success).toBe(true)
    expect(res.headers.get('ETag')).toBe('"v3"')
    const { appeal } = res.body
    expect(res.body).toMatchObject({ status: 'appeal-in-review', assignedTo: { id: 'u-md-2' } })
    expect(appeal).toMatchObject({ deniedBy: { id: 'u-md-1' }, late: false, decision: null })
    expect(Date.parse(appeal.clock.dueAt) - Date.parse(appeal.receivedAt)).toBe(72 * 3_600_000)
    expect(appeal.clock.rule).toMatchObject({ source: '42 CFR 422.590(e); 422.619(a)' })
    const trail = await call(`/cases/${id}/audit`, { token: reviewer })
    expect(trail.body.items[0]).toMatchObject({
      action: 'appeal-received',
      reason: validAppeal().reasonGiven,
    })
  })

  it('refuses a case that is not denied with a 409 problem in words', async () => {
    const reviewer = await signInAs('u-rev-1')
    const { body } = await postCase(reviewer)
    const res = await postAppeal(body.id, reviewer, validAppeal())
    expect(res.status).toBe(409)
    expect(res.body.detail).toBe(
      'Only a denied case can be appealed. This case is \u201cPending medical director review\u201d.',
    )
  })

  it('names each bad field (400) and keeps the case as it was', async () => {
    const { id } = await deniedCase()
    await backdateDenial(id, 1)
    const md = await signInAs('u-md-2')
    const res = await postAppeal(id, md, {
      requestedBy: 'neighbour',
      receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
      urgency: 'soon',
      channel: 'pigeon',
      reasonGiven: ' \u200b ',
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual(
      ['channel', 'reasonGiven', 'receivedAt', 'requestedBy', 'urgency'].sort(),
    )
    const back = await postAppeal(
      id,
      md,
      validAppeal({ receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString() }),
    )
    expect(back.body.errors).toEqual({
      backdateReason: [
        'Enter why the appeal is being entered more than an hour after it was received',
      ],
    })
    expect((await call(`/cases/${id}`, { token: md })).body.status).toBe('denied')
  })

  it('past the Medicare Advantage filing limit (65 days from the notice) asks for a good-cause note', async () => {
    const { id } = await deniedCase(medicare)
    const md = await signInAs('u-md-2')
    await backdateDenial(id, 64)
    const inTime = await postAppeal(id, md, validAppeal())
    expect(inTime.status).toBe(201)
    expect(inTime.body.appeal).toMatchObject({ late: false })

    const { id: lateId } = await deniedCase(medicare)
    await backdateDenial(lateId, 67)
    const refused = await postAppeal(lateId, md, validAppeal())
    expect(refused.status).toBe(400)
    expect(refused.body.detail).toMatch(
      /65 calendar days from the date of the notice \(42 CFR 422\.582\(b\)\)/,
    )
    expect(refused.body.errors).toEqual({
      goodCauseNote: ['Enter the good cause for asking after the time limit'],
    })
    const late = await postAppeal(
      lateId,
      md,
      validAppeal({ goodCauseNote: 'In hospital until last week.' }),
    )
    expect(late.status).toBe(201)
    expect(late.body.appeal).toMatchObject({
      late: true,
      goodCauseNote: 'In hospital until last week.',
    })
    const trail = await call(`/cases/${lateId}/audit`, { token: md })
    expect(trail.body.items[0]).toMatchObject({ action: 'appeal-filed-late' })
  })

  it('ERISA: 180 days run from receipt of the notice, which is not recorded, so a later appeal is not refused', async () => {
    const { id } = await deniedCase(selfFunded)
    const md = await signInAs('u-md-2')
    await backdateDenial(id, 200)
    const res = await postAppeal(id, md, validAppeal())
    expect(res.status).toBe(201)
    expect(res.body.appeal).toMatchObject({ late: false })
    expect(res.body.appeal.clock.filingDeadline).toBeNull()
  })
})

describe('POST /cases/{id}/appeal/decision', () => {
  async function appealed(over: Record<string, unknown> = medicare) {
    const { id } = await deniedCase(over, 'u-md-1')
    const md2 = await signInAs('u-md-2')
    const res = await postAppeal(id, md2, validAppeal())
    if (res.status !== 201) throw new Error(`Appeal failed: ${res.status} ${res.text}`)
    return { id, md2, appealed: res.body }
  }
  const uphold = (c: { determination: Determination }) => ({
    action: 'uphold',
    rationale: 'The new letter adds no evidence the policy weighs.',
    criterion: decidingRef(c.determination) ?? undefined,
    memberReason: 'The letter does not change what the studies show.',
    peerToPeerOffered: false,
  })

  it('refuses the medical director who denied (403, the rule in words)', async () => {
    const { id, appealed: c } = await appealed()
    const md1 = await signInAs('u-md-1')
    const res = await decideAppeal(id, md1, uphold(c), '"v3"')
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(
      /medical director who made the denial may not decide its appeal/,
    )
  })

  it('refuses a reviewer (403), a stale version (412), a missing If-Match (428)', async () => {
    const { id, md2, appealed: c } = await appealed()
    expect((await decideAppeal(id, await signInAs('u-rev-1'), uphold(c), '"v3"')).status).toBe(403)
    expect((await decideAppeal(id, md2, uphold(c), '"v2"')).status).toBe(412)
    expect((await decideAppeal(id, md2, uphold(c), null)).status).toBe(428)
  })

  it('applies the first decision\u2019s rules: an upheld denial needs criterion, reason, rationale', async () => {
    const { id, md2 } = await appealed()
    const res = await decideAppeal(
      id,
      md2,
      { action: 'uphold', rationale: ' ', peerToPeerOffered: false },
      '"v3"',
    )
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual(['criterion', 'memberReason', 'rationale'])
  })

  it('Medicare Advantage upheld: forwarded to independent review, dated, audited', async () => {
    const { id, md2, appealed: c } = await appealed()
    const res = await decideAppeal(id, md2, uphold(c), '"v3"')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'forwarded-to-independent-review', assignedTo: null })
    expect(res.body.appeal.decision.forwardedToIndependentReviewAt).toBe(
      res.body.appeal.decision.decidedAt,
    )
    const actions = (await call(`/cases/${id}/audit`, { token: md2 })).body.items.map(
      (e: { action: string }) => e.action,
    )
    expect(actions.slice(0, 2)).toEqual(['appeal-forwarded-to-independent-review', 'appeal-upheld'])
    expect((await decideAppeal(id, md2, uphold(c), '"v4"')).status).toBe(409)
  })

  it('a first decision on a case an appeal has reached is refused (409), in review or decided', async () => {
    const { id, md2, appealed: c } = await appealed()
    const first = { action: 'approve', rationale: 'Approved.', peerToPeerOffered: false }
    // The appeal's director, on the first decision's endpoint: the first decision is final.
    const inReview = await decide(id, md2, first, c.version)
    expect(inReview.status).toBe(409)
    expect(inReview.body.detail).toBe('This case has a final decision and is read-only.')
    await decideAppeal(id, md2, uphold(c), `"v${c.version}"`)
    expect((await decide(id, md2, first, c.version + 1)).status).toBe(409)
  })

  it('self-funded upheld stays "Denial upheld"; an approval is "Approved on appeal"', async () => {
    const first = await appealed(selfFunded)
    const upheld = await decideAppeal(first.id, first.md2, uphold(first.appealed), '"v3"')
    expect(upheld.body).toMatchObject({ status: 'denial-upheld' })
    expect(upheld.body.appeal.decision.forwardedToIndependentReviewAt).toBeNull()
    const second = await appealed(selfFunded)
    const approved = await decideAppeal(
      second.id,
      second.md2,
      { action: 'approve', rationale: 'New imaging supports it.', peerToPeerOffered: false },
      '"v3"',
    )
    expect(approved.body).toMatchObject({ status: 'approved-on-appeal' })
  })
})
