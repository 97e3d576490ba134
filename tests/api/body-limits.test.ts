import { describe, expect, it } from 'vitest'
import { onServer } from '../contract-target.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, freshKey, postCase } from './helpers.ts'

/** A JSON text with a key nested `levels` deep: {"a":{"a":...}}. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
const problemType = 'application/problem+json'

describe('bodies the service will not read', () => {
  it.each([
    ['POST', '/cases'],
    ['PUT', '/drafts/draft-deep-1'],
    // The demo's "sign in as" exists only in the page; the server signs in through OIDC.
    ...(onServer ? [] : [['POST', '/sessions']]),
    ['POST', '/cases/:id/decision'],
    // The mock's own switch exists only in the mock; the server answers it 404.
    ...(onServer ? [] : [['POST', '/__mock/faults']]),
  ])('answers %s %s nested 5,000 levels deep with a 400 problem', async (method, path) => {
    const token = await signInAs('u-md-1')
    const created = path.includes(':id') ? await postCase(await signInAs('u-rev-1')) : null
    const answer = await call(path.replace(':id', created?.body.id ?? ''), {
      token,
      method,
      body: nested(5000),
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': freshKey(),
        'If-Match': '"v1"',
      },
    })
    expect(answer.status).toBe(400)
    expect(answer.headers.get('Content-Type')).toContain(problemType)
    expect(answer.body.detail).toMatch(/nests deeper than 64 levels/)
  })

  it('answers a body over a megabyte with a 413 problem', async () => {
    const token = await signInAs('u-rev-1')
    const answer = await call('/cases', {
      token,
      method: 'POST',
      json: { clinicalNotes: 'x'.repeat(1_100_000) },
      headers: { 'Idempotency-Key': freshKey() },
    })
    expect(answer.status).toBe(413)
    expect(answer.headers.get('Content-Type')).toContain(problemType)
  })

  it('still reads honest nesting (a case body)', async () => {
    expect((await postCase(await signInAs('u-rev-1'))).status).toBe(201)
  })
})

describe('impossible case dates (docs/product-rules.md, Case entry)', () => {
  it.each([
    ['dateOfService', { dateOfService: '9999-12-31' }],
    ['requestReceivedAt', { requestReceivedAt: '0001-01-01T17:00:00Z', backdateReason: 'Old' }],
    ['requestReceivedAt', { requestReceivedAt: '1999-06-01T17:00:00Z', backdateReason: 'Old' }],
    ['dateOfBirth', { dateOfBirth: '1890-01-01' }],
  ])('answers %s out of range with a 400 naming the field', async (field, over) => {
    const answer = await postCase(await signInAs('u-rev-1'), over)
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors)).toContain(field)
  })
})

describe('text no database can store', () => {
  // JSON.stringify writes a lone surrogate as the escape \ud800: valid JSON, broken text.
  it.each([
    ['NUL', 'Half\u0000typed'],
    ['a lone surrogate', 'Half\ud800typed'],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_, bad) => {
    const reviewer = await signInAs('u-rev-1')
    const { body: c } = await postCase(reviewer)
    const director = await signInAs(c.assignedTo.id)
    const answers = {
      memberId: await postCase(reviewer, { memberId: `AB${bad}` }),
      'values.rationale': await call(`/cases/${c.id}/decision-draft`, {
        ...{ token: director, method: 'PUT' },
        json: { values: { rationale: bad } },
      }),
      rationale: await call(`/cases/${c.id}/decision`, {
        ...{ token: director, method: 'POST', headers: { 'If-Match': '"v1"' } },
        json: { action: 'approve', rationale: bad, peerToPeerOffered: false },
      }),
    }
    for (const [field, answer] of Object.entries(answers)) {
      expect(answer.status, field).toBe(400)
      expect(answer.headers.get('Content-Type')).toContain(problemType)
      expect(Object.keys(answer.body.errors), field).toEqual([field])
    }
    const after = await call(`/cases/${c.id}`, { token: director })
    expect(after.body.version).toBe(1)
    const draft = await call(`/cases/${c.id}/decision-draft`, { token: director })
    expect(draft.status).toBe(204)
  })
})
