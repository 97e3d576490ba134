import { describe, expect, it } from 'vitest'
import { auditEvent, storedCase } from '../../src/api/schemas/case.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, deny, postCase } from './helpers.ts'

const ongley = { kind: 'evidence-row', id: 'ongley-1987', label: 'Ongley MJ et al. (1987)' }
const criteria = { kind: 'policy-section', id: 'criteria', label: 'Criteria' }

async function newCase() {
  const { body } = await postCase(await signInAs('u-rev-1'))
  return body as { id: string; assignedTo: { id: 'u-md-1' | 'u-md-2' } }
}
const read = (id: string, token: string, json: unknown) =>
  call(`/cases/${id}/reading`, { token, method: 'POST', json })

describe('POST /cases/{id}/reading', () => {
  it('records what a director opened once, on the audit trail', async () => {
    const { id } = await newCase()
    const md = await signInAs('u-md-1')
    const first = await read(id, md, ongley)
    expect(first.status).toBe(201)
    expect(auditEvent.safeParse(first.body).success).toBe(true)
    expect(first.body).toMatchObject({ action: 'evidence-opened', reading: ongley })
    const again = await read(id, md, ongley)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
    const trail = await call(`/cases/${id}/audit`, { token: md })
    const opened = trail.body.items.filter(
      (e: { action: string }) => e.action === 'evidence-opened',
    )
    expect(opened).toHaveLength(1)
    expect(opened[0].summary).toBe(
      'Opened evidence row “Ongley MJ et al. (1987)” from the case page',
    )
  })

  it('refuses a reviewer (403), a study the policy does not hold and a bad body (400)', async () => {
    const { id } = await newCase()
    expect((await read(id, await signInAs('u-rev-1'), ongley)).status).toBe(403)
    const md = await signInAs('u-md-1')
    expect((await read(id, md, { ...ongley, id: 'no-such-study' })).status).toBe(400)
    expect((await read(id, md, { ...criteria, id: 'no-such-section' })).status).toBe(400)
    expect((await read(id, md, { kind: 'evidence-row', id: 'ongley-1987' })).status).toBe(400)
    expect((await read('c-00000000-0000-0000-0000-000000000000', md, ongley)).status).toBe(404)
  })

  it("the decision lists what its decider opened before deciding, not others' or later reading", async () => {
    const { id, assignedTo } = await newCase()
    // The assignee decides; the other director reads too, and theirs must not count.
    const md = await signInAs(assignedTo.id)
    const other = await signInAs(assignedTo.id === 'u-md-1' ? 'u-md-2' : 'u-md-1')
    expect((await read(id, md, criteria)).status).toBe(201)
    expect((await read(id, other, ongley)).status).toBe(201)
    expect((await read(id, md, ongley)).status).toBe(201)
    const decided = await call(`/cases/${id}/decision`, {
      token: md,
      method: 'POST',
      json: deny,
      headers: { 'If-Match': '"v1"' },
    })
    expect(decided.status).toBe(200)
    expect(storedCase.safeParse(decided.body).success).toBe(true)
    const opened = decided.body.decisions[0].evidenceOpened
    expect(opened.map((e: { id: string }) => e.id)).toEqual(['criteria', 'ongley-1987'])
    // Opened after the decision: on the trail, not in the record.
    expect(
      (await read(id, md, { ...criteria, id: 'background', label: 'Background' })).status,
    ).toBe(201)
    const after = await call(`/cases/${id}`, { token: md })
    expect(after.body.decisions[0].evidenceOpened).toHaveLength(2)
  })
})
