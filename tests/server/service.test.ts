import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { approve, call, caseForItsDirector, decide, deny, validCase } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'
import { current } from './current.ts'

// What only the real service has: its database under the API, and no mock switch.
const db = () => current.server!.db

describe('the criteria service (server/) over its database', () => {
  it('has no mock switch: every /__mock path is a 404 problem', async () => {
    for (const path of ['/reset', '/faults', '/latency', '/seed-cases', '/policies']) {
      const answer = await call(`/__mock${path}`, { method: 'POST', json: {} })
      expect(answer.status).toBe(404)
      expect(answer.headers.get('Content-Type')).toContain('application/problem+json')
    }
  })

  it('keeps sessions in the database with their expiry; an expired one is refused', async () => {
    const token = await signInAs('u-rev-1')
    const row = await db()
      .selectFrom('sessions')
      .selectAll()
      .where('token', '=', token)
      .executeTakeFirstOrThrow()
    const hours = (new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()) / 3.6e6
    expect(hours).toBe(12)
    expect((await call('/me', { token })).status).toBe(200)
    await db()
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('token', '=', token)
      .execute()
    expect((await call('/me', { token })).status).toBe(401)
  })

  it('records one of two decisions sent together; the row carries the new version', async () => {
    const { id, token } = await caseForItsDirector()
    const answers = await Promise.all([decide(id, token, deny), decide(id, token, approve)])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412])
    const row = await db().selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst()
    expect(row?.version).toBe(2)
    expect((await call(`/cases/${id}`, { token })).body.decisions).toHaveLength(1)
  })

  it('makes one case from two creates sent together with one Idempotency-Key', async () => {
    const token = await signInAs('u-rev-1')
    const json = validCase()
    const send = () =>
      call('/cases', { token, method: 'POST', json, headers: { 'Idempotency-Key': 'same-key' } })
    const [a, b] = await Promise.all([send(), send()])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.body.id).toBe(b.body.id)
    const keys = await db()
      .selectFrom('idempotency')
      .selectAll()
      .where('key', '=', 'same-key')
      .execute()
    expect(keys).toHaveLength(1)
  })

  it('checks the version in the UPDATE: a case changed by another process is a 412', async () => {
    const { id, token } = await caseForItsDirector()
    // Another process bumps the version in the row, not in the record this one reads.
    await sql`update cases set version = version + 1 where id = ${id}`.execute(db())
    const answer = await decide(id, token, deny)
    expect(answer.status).toBe(412)
    expect(answer.headers.get('Content-Type')).toContain('application/problem+json')
    const stored = await call(`/cases/${id}`, { token })
    expect(stored.body.decisions).toHaveLength(0)
  })

  it("reads another process's committed writes at once: no process keeps a copy", async () => {
    const { id, token } = await caseForItsDirector()
    await sql`update cases set body = jsonb_set(body, '{input,clinicalNotes}', '"Edited elsewhere"') where id = ${id}`.execute(
      db(),
    )
    expect((await call(`/cases/${id}`, { token })).body.input.clinicalNotes).toBe(
      'Edited elsewhere',
    )
  })
})
