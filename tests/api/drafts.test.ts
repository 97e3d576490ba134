import { describe, expect, it } from 'vitest'
import { emptyCaseFields } from '../../src/api/schemas/case-fields.ts'
import { decisionDraft } from '../../src/api/schemas/decision-draft.ts'
import { draft, draftList } from '../../src/api/schemas/draft.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, caseForItsDirector } from './helpers.ts'

const fields = { ...emptyCaseFields, memberId: 'SYN99887766', serviceCode: 'M0076' }

describe('drafts', () => {
  it('creates, replaces, lists (masked), reads and deletes a draft', async () => {
    const token = await signInAs('u-rev-1')
    const created = await call('/drafts/draft-abc-123', { token, method: 'PUT', json: { fields } })
    expect(created.status).toBe(201)
    expect(draft.safeParse(created.body).success).toBe(true)
    const replaced = await call('/drafts/draft-abc-123', {
      token,
      method: 'PUT',
      json: { fields: { ...fields, clinicalNotes: 'half written' } },
    })
    expect(replaced.status).toBe(200)
    const list = await call('/drafts', { token })
    expect(draftList.safeParse(list.body).success).toBe(true)
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: 'draft-abc-123',
        memberIdMasked: '••••••7766',
        serviceCode: 'M0076',
      }),
    ])
    expect(JSON.stringify(list.body)).not.toContain('SYN99887766')
    const read = await call('/drafts/draft-abc-123', { token })
    expect(read.body.fields.clinicalNotes).toBe('half written')
    expect((await call('/drafts/draft-abc-123', { token, method: 'DELETE' })).status).toBe(204)
    expect((await call('/drafts/draft-abc-123', { token })).status).toBe(404)
    expect((await call('/drafts', { token })).body.items).toEqual([])
  })

  it("keeps each user's drafts to themselves: another user's id is a 404", async () => {
    const owner = await signInAs('u-rev-1')
    const other = await signInAs('u-rev-2')
    await call('/drafts/draft-owned-1', { token: owner, method: 'PUT', json: { fields } })
    expect((await call('/drafts', { token: other })).body.items).toEqual([])
    expect((await call('/drafts/draft-owned-1', { token: other })).status).toBe(404)
    const overwrite = await call('/drafts/draft-owned-1', {
      token: other,
      method: 'PUT',
      json: { fields },
    })
    expect(overwrite.status).toBe(404)
    expect((await call('/drafts/draft-owned-1', { token: other, method: 'DELETE' })).status).toBe(
      404,
    )
    expect((await call('/drafts/draft-owned-1', { token: owner })).status).toBe(200)
  })

  it('checks shape only, with 400 field errors for a bad shape, a bad id or bad JSON', async () => {
    const token = await signInAs('u-rev-1')
    // Half-entered is fine: the rules of a case do not apply to a draft.
    const half = await call('/drafts/draft-half-1', {
      token,
      method: 'PUT',
      json: { fields: emptyCaseFields },
    })
    expect(half.status).toBe(201)
    const bad = await call('/drafts/draft-bad-01', {
      token,
      method: 'PUT',
      json: { fields: { ...fields, lineOfBusiness: 'moon', diagnosisCodes: 'M54.50' } },
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(['diagnosisCodes', 'lineOfBusiness'])
    expect(bad.body.errors.lineOfBusiness[0]).toMatch(/^Line of business/)
    // Too long even for a draft: the limit is said.
    const long = await call('/drafts/draft-long-1', {
      token,
      method: 'PUT',
      json: { fields: { ...fields, clinicalNotes: 'n'.repeat(20_001) } },
    })
    expect(long.status).toBe(400)
    expect(long.body.errors).toEqual({
      clinicalNotes: ['Clinical notes can be kept in a draft up to 20,000 characters'],
    })
    const noFields = await call('/drafts/draft-bad-02', { token, method: 'PUT', json: {} })
    expect(noFields.body.errors).toHaveProperty('fields')
    expect((await call('/drafts/short', { token, method: 'PUT', json: { fields } })).status).toBe(
      400,
    )
    const notJson = await call('/drafts/draft-bad-03', { token, method: 'PUT', body: '{oops' })
    expect(notJson.status).toBe(400)
  })

  it('keeps at most 50 drafts a person: the 51st is a 429 with the reason, edits still save', async () => {
    const token = await signInAs('u-rev-2')
    const put = (id: string) => call(`/drafts/${id}`, { token, method: 'PUT', json: { fields } })
    for (let i = 0; i < 50; i++) expect((await put(`draft-limit-${i}`)).status).toBe(201)
    const over = await put('draft-limit-50')
    expect(over.status).toBe(429)
    expect(over.body.detail).toMatch(/50 saved drafts\. Submit or delete one/)
    expect((await put('draft-limit-7')).status).toBe(200)
    // Someone else's drafts do not count against this person.
    const other = await signInAs('u-rev-1')
    const theirs = await call('/drafts/draft-limit-other', {
      ...{ token: other, method: 'PUT' },
      json: { fields },
    })
    expect(theirs.status).toBe(201)
  })
})

describe('decision drafts', () => {
  it('answers 204 with no body while there is none, the kept one once saved, to its owner only', async () => {
    const { id, token } = await caseForItsDirector()
    const path = `/cases/${id}/decision-draft`
    // Most cases have no unsent decision: an empty answer, not a 404 (issue 31).
    const none = await call(path, { token })
    expect(none.status).toBe(204)
    expect(none.text).toBe('')
    const values = { action: 'deny', rationale: 'Half typed.' }
    expect((await call(path, { token, method: 'PUT', json: { values } })).status).toBe(200)
    const kept = await call(path, { token })
    expect(kept.status).toBe(200)
    expect(decisionDraft.parse(kept.body)).toMatchObject({ caseId: id, values })
    // Another person's unsent decision is never visible: for them there is none.
    expect((await call(path, { as: 'u-rev-1' })).status).toBe(204)
    expect((await call(path, { token, method: 'DELETE' })).status).toBe(204)
    expect((await call(path, { token })).status).toBe(204)
    // A case that does not exist is still not found.
    expect((await call('/cases/no-such-case/decision-draft', { token })).status).toBe(404)
  })
})
