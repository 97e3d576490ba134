import { describe, expect, it } from 'vitest'
import { storedCase } from '../../src/api/schemas/case.ts'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { resetDb, emptyDb } from '../../service/store.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, freshKey, postCase, validCase } from './helpers.ts'
import { coveredPolicy } from '../support/factories.ts'

describe('POST /cases', () => {
  it('creates a case with the determination, the due time, Location and ETag', async () => {
    const token = await signInAs('u-rev-1')
    const { status, body, headers } = await postCase(token)
    expect(status).toBe(201)
    expect(storedCase.safeParse(body).success).toBe(true)
    expect(headers.get('Location')).toBe(`/api/cases/${body.id}`)
    expect(headers.get('ETag')).toBe('"v1"')
    expect(body).toMatchObject({
      version: 1,
      status: 'pending-md-review',
      synthetic: false,
      createdBy: { id: 'u-rev-1', role: 'utilization-reviewer' },
      determination: { outcome: 'not-medically-necessary', evidence: { addressesDiagnoses: true } },
      turnaround: { rule: { source: 'RCW 48.43.830 (E2SHB 1357), from 2024-01-01' } },
    })
    const read = await call(`/cases/${body.id}`, { token })
    expect(read.body).toEqual(body)
    expect(read.headers.get('ETag')).toBe('"v1"')
  })

  it('proposes Not covered (Medicare) and No criteria on file from the library', async () => {
    const token = await signInAs('u-rev-2')
    const ma = await postCase(token, {
      lineOfBusiness: 'medicare-advantage',
      groupFunding: undefined,
    })
    expect(ma.body.determination.outcome).toBe('not-covered-medicare')
    expect(ma.body.determination.source).toMatchObject({ kind: 'ncd', number: '150.7' })
    const none = await postCase(token, { serviceCode: '20550' })
    expect(none.body.determination.outcome).toBe('no-criteria')
  })

  it('assigns to the director with the fewest open cases; criteria-met cases to no one', async () => {
    await resetDb(emptyDb)
    const token = await signInAs('u-rev-1')
    const first = await postCase(token)
    const second = await postCase(token)
    const third = await postCase(token)
    expect([first, second, third].map((a) => a.body.assignedTo.id)).toEqual([
      'u-md-1',
      'u-md-2',
      'u-md-1',
    ])
    await addSyntheticPolicy(coveredPolicy())
    const met = await postCase(token, { serviceCode: 'Q9999' })
    expect(met.body).toMatchObject({
      status: 'pending-md-review',
      assignedTo: null,
      determination: { outcome: 'criteria-met' },
    })
  })

  it('writes case-created and determination-proposed to the audit trail, and a backdate reason', async () => {
    const token = await signInAs('u-rev-1')
    const received = new Date(Date.now() - 3 * 3600_000).toISOString()
    const { body } = await postCase(token, {
      requestReceivedAt: received,
      backdateReason: 'Fax found late',
    })
    const trail = await call(`/cases/${body.id}/audit`, { token })
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'request-backdated',
      'determination-proposed',
      'case-created',
    ])
    const [backdated, proposed] = trail.body.items
    expect(backdated.reason).toBe('Fax found late')
    expect(proposed.summary).toMatch(
      /^Proposed outcome for service code M0076: Not medically necessary \(Prolotherapy\/Sclerotherapy, last reviewed \d{1,2} [A-Z][a-z]{2} \d{4}\)$/,
    )
    expect(proposed.actor.id).toBe('u-rev-1')
  })

  it('replays the first answer for a repeated Idempotency-Key and body', async () => {
    const token = await signInAs('u-rev-1')
    const key = freshKey()
    const json = validCase()
    const send = (body: unknown) =>
      call('/cases', { token, method: 'POST', json: body, headers: { 'Idempotency-Key': key } })
    const first = await send(json)
    const again = await send({ ...json })
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'))
    const list = await call('/cases?limit=500', { token })
    expect(list.body.items.filter((c: { id: string }) => c.id === first.body.id)).toHaveLength(1)
    const other = await send({ ...json, memberId: 'SYN7654321' })
    expect(other.status).toBe(422)
    // Another user's identical key is their own.
    const otherUser = await call('/cases', {
      as: 'u-rev-2',
      method: 'POST',
      json,
      headers: { 'Idempotency-Key': key },
    })
    expect(otherUser.status).toBe(201)
    expect(otherUser.body.id).not.toBe(first.body.id)
  })

  it('refuses a missing Idempotency-Key, malformed JSON and invalid fields with 400 problems', async () => {
    const token = await signInAs('u-rev-1')
    const noKey = await call('/cases', { token, method: 'POST', json: validCase() })
    expect(noKey.status).toBe(400)
    expect(noKey.headers.get('Content-Type')).toContain('application/problem+json')
    const headers = { 'Idempotency-Key': freshKey(), 'Content-Type': 'application/json' }
    expect(
      (await call('/cases', { token, method: 'POST', headers, body: '{"memberId":' })).status,
    ).toBe(400)
    const bad = await postCase(token, {
      memberId: 'x',
      lineOfBusiness: 'commercial-group',
      groupFunding: '',
      diagnosisCodes: [],
      requestReceivedAt: new Date(Date.now() - 5 * 3600_000).toISOString(),
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual({
      memberId: ['Member ID must be 6 to 20 letters and digits'],
      groupFunding: ['Select the group funding'],
      diagnosisCodes: ['Enter at least one diagnosis code'],
      backdateReason: [
        'Enter why the request is being entered more than an hour after it was received',
      ],
    })
  })
})
