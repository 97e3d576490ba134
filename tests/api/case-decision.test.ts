import { describe, expect, it } from 'vitest'
import { storedCase } from '../../src/api/schemas/case.ts'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, deny, postCase } from './helpers.ts'
import { coveredPolicy } from '../support/factories.ts'

/** A new case and the demo id of the director whose queue holds it (the one who decides). */
async function newCase(serviceCode = 'M0076', over: Record<string, unknown> = {}) {
  const reviewer = await signInAs('u-rev-1')
  const { body } = await postCase(reviewer, { serviceCode, ...over })
  return body as { id: string; assignedTo: { id: 'u-md-1' | 'u-md-2' } | null }
}

function decide(id: string, token: string, json: unknown, etag: string | null = '"v1"') {
  return call(`/cases/${id}/decision`, {
    token,
    method: 'POST',
    json,
    headers: etag ? { 'If-Match': etag } : {},
  })
}

describe('POST /cases/{id}/decision', () => {
  it('lets a medical director deny; the case is final, unassigned, versioned and audited', async () => {
    const { id, assignedTo } = await newCase()
    const md = await signInAs(assignedTo!.id)
    const denied = await decide(id, md, deny)
    expect(denied.status).toBe(200)
    expect(storedCase.safeParse(denied.body).success).toBe(true)
    expect(denied.headers.get('ETag')).toBe('"v2"')
    expect(denied.body).toMatchObject({ status: 'denied', version: 2, assignedTo: null })
    expect(denied.body.decisions[0]).toMatchObject({
      ...deny,
      criterion: {
        ...deny.criterion,
        title: 'Prolotherapy/Sclerotherapy for ANY indication',
        source: 'Prolotherapy/Sclerotherapy, For Non-Medicare Members',
      },
      decidedBy: { id: assignedTo!.id, role: 'medical-director' },
      informationNeeded: [],
    })
    expect(denied.body.decisions[0].decidedBy.credentials).toMatch(/^(MD|DO)$/)
    expect(denied.body.decisions[0].noticesIssuedAt).toBe(denied.body.decisions[0].decidedAt)
    expect(denied.body.decisions[0].onTime).toBe(true)
    const trail = await call(`/cases/${id}/audit`, { token: md })
    expect(trail.body.items[0]).toMatchObject({ action: 'decision-denied', reason: deny.rationale })
    expect((await decide(id, md, { ...deny, action: 'approve' }, '"v2"')).status).toBe(409)
  })

  it('pends with the information needed, then a later decision approves', async () => {
    const { id, assignedTo } = await newCase('20550')
    const md = await signInAs(assignedTo!.id)
    const pend = {
      action: 'pend',
      rationale: 'The request does not say which service it is.',
      informationNeeded: ['A description of the service', '  ', 'The planned date'],
    }
    const pended = await decide(id, md, pend)
    expect(pended.body).toMatchObject({
      status: 'pended-for-information',
      decisions: [
        {
          ...pend,
          informationNeeded: ['A description of the service', 'The planned date'],
          peerToPeerOffered: null,
          noticesIssuedAt: null,
          onTime: null,
          // An electronic Washington request pended within a day of receipt.
          pendLate: false,
        },
      ],
    })
    expect(pended.body.assignedTo).not.toBeNull()
    const approved = await decide(
      id,
      md,
      { action: 'approve', rationale: 'Notes received' },
      '"v2"',
    )
    expect(approved.body).toMatchObject({ status: 'approved', version: 3, assignedTo: null })
    const actions = (await call(`/cases/${id}/audit`, { token: md })).body.items.map(
      (e: { action: string }) => e.action,
    )
    expect(actions.slice(0, 2)).toEqual(['decision-approved', 'decision-pended'])
  })

  it('requires If-Match (428) and a current one (412)', async () => {
    const { id, assignedTo } = await newCase()
    const md = await signInAs(assignedTo!.id)
    const missing = await decide(id, md, deny, null)
    expect(missing.status).toBe(428)
    expect((await decide(id, md, deny, '"v7"')).status).toBe(412)
    expect((await decide(id, md, deny, 'W/"v1"')).status).toBe(200)
  })

  it('lets only a medical director deny or pend, and a reviewer approve only criteria-met cases', async () => {
    const { id } = await newCase()
    const reviewer = await signInAs('u-rev-2')
    for (const action of ['deny', 'pend', 'approve']) {
      const refused = await decide(id, reviewer, { ...deny, action, informationNeeded: ['x'] })
      expect(refused.status).toBe(403)
      expect(refused.body.title).toBe('Your role does not allow this action')
    }
    await addSyntheticPolicy(coveredPolicy())
    const met = await newCase('Q9999')
    const approved = await decide(met.id, reviewer, {
      action: 'approve',
      rationale: 'Criteria met',
    })
    expect(approved.status).toBe(200)
    expect(approved.body.decisions[0].decidedBy).toMatchObject({
      role: 'utilization-reviewer',
      specialty: null,
    })
  })

  it('refuses a reviewer deny or pend on a criteria-met case for the role alone (403)', async () => {
    // Criteria met: the "approve only what the criteria met" rule cannot answer here, so
    // this isolates the role rule.
    await addSyntheticPolicy(coveredPolicy())
    const met = await newCase('Q9999')
    const reviewer = await signInAs('u-rev-2')
    for (const action of ['deny', 'pend']) {
      const refused = await decide(met.id, reviewer, { ...deny, action, informationNeeded: ['x'] })
      expect(refused.status).toBe(403)
      expect(refused.body).toMatchObject({
        title: 'Your role does not allow this action',
        detail: 'Only a medical director may deny or pend a case.',
      })
    }
    const md = await signInAs('u-md-1')
    expect((await call(`/cases/${met.id}`, { token: md })).body).toMatchObject({ version: 1 })
  })

  it('asks for the answers each decision needs (400 field errors)', async () => {
    const { id, assignedTo } = await newCase()
    const md = await signInAs(assignedTo!.id)
    const blank = await decide(id, md, { action: 'deny', rationale: ' \u200B ' })
    expect(blank.status).toBe(400)
    expect(blank.body.errors).toEqual({
      rationale: ['Enter the rationale'],
      criterion: ['Choose the criterion relied on'],
      memberReason: ['Enter the reason specific to the member'],
      peerToPeerOffered: ['Say whether a peer-to-peer conversation was offered'],
    })
    const pend = await decide(id, md, { action: 'pend', rationale: 'Why', informationNeeded: [] })
    expect(pend.body.errors).toEqual({ informationNeeded: ['List the information needed'] })
    const shape = await decide(id, md, { action: 'maybe', rationale: 4, peerToPeerOffered: 'yes' })
    expect(Object.keys(shape.body.errors).sort()).toEqual([
      'action',
      'peerToPeerOffered',
      'rationale',
    ])
    const notJson = await call(`/cases/${id}/decision`, {
      token: md,
      method: 'POST',
      body: '{',
      headers: { 'If-Match': '"v1"' },
    })
    expect(notJson.status).toBe(400)
    expect((await call(`/cases/${id}`, { token: md })).body.version).toBe(1)
  })

  it('counts the 4,000-character limit in code points: 4,000 emoji kept, 4,001 refused', async () => {
    const { id, assignedTo } = await newCase()
    const md = await signInAs(assignedTo!.id)
    const approve = (rationale: string) =>
      decide(id, md, { action: 'approve', rationale, peerToPeerOffered: false })
    const over = await approve('😀'.repeat(4001))
    expect(over.status).toBe(400)
    expect(over.body.errors).toEqual({ rationale: ['Rationale must be 4,000 characters or fewer'] })
    expect(over.body.detail).toBe('Some answers of the decision are longer than 4,000 characters.')
    const atLimit = await approve('😀'.repeat(4000))
    expect(atLimit.status).toBe(200)
    expect(atLimit.body.decisions[0].rationale).toBe('😀'.repeat(4000))
  })

  it('a denial without a peer-to-peer answer is refused (400), never stored as "No"', async () => {
    const { id, assignedTo } = await newCase()
    const md = await signInAs(assignedTo!.id)
    const noAnswer: Record<string, unknown> = { ...deny }
    delete noAnswer.peerToPeerOffered
    const refused = await decide(id, md, noAnswer)
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual({
      peerToPeerOffered: ['Say whether a peer-to-peer conversation was offered'],
    })
    expect((await call(`/cases/${id}`, { token: md })).body.decisions).toEqual([])
  })

  it('refuses a Medicare Advantage denial citing the non-Medicare criterion (422, field error)', async () => {
    const { id, assignedTo } = await newCase('M0076', {
      lineOfBusiness: 'medicare-advantage',
      groupFunding: undefined,
    })
    const md = await signInAs(assignedTo!.id)
    const wrong = await decide(id, md, deny)
    expect(wrong.status).toBe(422)
    expect(wrong.body.errors.criterion[0]).toMatch(/criteria set this case’s determination applied/)
    const otherPolicy = { ...deny.criterion, policyId: 'some-other-policy' }
    expect((await decide(id, md, { ...deny, criterion: otherPolicy })).status).toBe(422)
    const ncd = { ...deny.criterion, criteriaSetId: 'medicare', rowId: 'ncd' }
    const right = await decide(id, md, { ...deny, criterion: ncd })
    expect(right.status).toBe(200)
    expect(right.body.decisions[0].criterion).toMatchObject({
      title:
        'National Coverage Determination (NCD) 150.7: Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
      source: 'Prolotherapy/Sclerotherapy, For Medicare Members',
    })
  })

  it('only the assignee decides; another director takes over with a reason, audited (403 otherwise)', async () => {
    const { id, assignedTo } = await newCase()
    const other = assignedTo!.id === 'u-md-1' ? 'u-md-2' : 'u-md-1'
    const md = await signInAs(other)
    const refused = await decide(id, md, deny)
    expect(refused.status).toBe(403)
    expect(refused.body.detail).toMatch(/assigned to .*taking it over with a reason/)
    const taken = await decide(id, md, { ...deny, takeOverReason: 'The assignee is on leave.' })
    expect(taken.status).toBe(200)
    const trail = (await call(`/cases/${id}/audit`, { token: md })).body.items
    expect(trail[1]).toMatchObject({
      action: 'case-taken-over',
      reason: 'The assignee is on leave.',
    })
  })

  it('answers an unknown case with a 404 problem on every case endpoint', async () => {
    const md = await signInAs('u-md-1')
    for (const path of [
      '/cases/nope',
      '/cases/nope/audit',
      '/cases/__proto__',
      '/cases/constructor/audit',
    ])
      expect((await call(path, { token: md })).status).toBe(404)
    expect((await decide('nope', md, deny)).status).toBe(404)
  })
})
