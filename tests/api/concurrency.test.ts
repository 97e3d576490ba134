import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { configureDb, memoryStore, readDb, resetDb, type DbStore } from '../../service/store.ts'
import { signInAs } from '../support/sign-in.ts'
import { approve, call, caseForItsDirector, decide, deny, validCase } from './helpers.ts'

// Requests sent together, as two tabs or a double click send them: the service must
// check and write each one atomically, so no decision or case is recorded twice.

/** Like the browser store seen from two tabs: each read is a copy, each write replaces all. */
function tabLikeStore(): DbStore {
  let saved: string | null = null
  return {
    load: async () => (saved === null ? null : JSON.parse(saved)),
    save: async (db) => {
      saved = JSON.stringify(db)
    },
  }
}

describe('concurrent writes to the mock criteria service', () => {
  beforeEach(async () => {
    configureDb({ store: tabLikeStore() })
    await resetDb()
  })
  afterEach(() => configureDb({ store: memoryStore() }))

  it('records exactly one of two decisions sent together with one If-Match', async () => {
    const { id, token } = await caseForItsDirector()
    const answers = await Promise.all([decide(id, token, deny), decide(id, token, approve)])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412])
    const winner = answers.find((a) => a.status === 200)?.body
    const stored = await call(`/cases/${id}`, { token })
    expect(stored.body.decisions).toHaveLength(1)
    expect(stored.body.status).toBe(winner.status)
    const trail = await call(`/cases/${id}/audit`, { token })
    const decisions = trail.body.items.filter((e: { action: string }) =>
      e.action.startsWith('decision-'),
    )
    expect(decisions).toHaveLength(1)
  })

  it('makes one case from two creates sent together with one Idempotency-Key', async () => {
    const token = await signInAs('u-rev-1')
    const before = Object.keys((await readDb()).cases).length
    const body = validCase()
    const send = () =>
      call('/cases', {
        token,
        method: 'POST',
        json: body,
        headers: { 'Idempotency-Key': 'two-tabs-one-key' },
      })
    const [first, second] = await Promise.all([send(), send()])
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.id).toBe(first.body.id)
    expect(Object.keys((await readDb()).cases)).toHaveLength(before + 1)
  })
})
