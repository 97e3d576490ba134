import { describe, expect, it } from 'vitest'
import { serviceRoutes } from '../../service/routes.ts'
import { signInAs } from '../support/sign-in.ts'
import { approve, call, caseForItsDirector, decide } from './helpers.ts'
import { decideAppeal, deniedCase, postAppeal, validAppeal } from './appeal-helpers.ts'

/** A concrete address for a declared path: any id will do, access is checked first. */
const concrete = (path: string) => path.replace(/:(\w+)/g, 'no-such-$1')
const method = (m: string) => (m === 'all' ? 'GET' : m.toUpperCase())

describe('each route is served as it is declared (service/routes/*)', () => {
  it('a route for the signed-in refuses a request without a session (401)', async () => {
    const guarded = serviceRoutes.filter((r) => r.access !== 'public')
    expect(guarded.length).toBeGreaterThan(20)
    for (const r of guarded) {
      const answer = await call(concrete(r.path), { method: method(r.method), json: {} })
      expect(answer.status, `${r.method} ${r.path}`).toBe(401)
    }
  })

  it("a medical director's route refuses a reviewer (403), whatever the path names", async () => {
    const token = await signInAs('u-rev-1')
    const directors = serviceRoutes.filter((r) => r.access === 'medical-director')
    expect(directors.map((r) => r.path).sort()).toEqual([
      '/access-log',
      '/cases/:id/access-log',
      '/metrics',
    ])
    for (const r of directors) {
      const answer = await call(concrete(r.path), { token, method: method(r.method) })
      expect(answer.status, r.path).toBe(403)
    }
  })

  // The handlers' own readers take null for "not said"; the contract's schema does not.
  it('a decision the schema refuses is refused, though the decision rules would take it', async () => {
    const { id, token } = await caseForItsDirector()
    const answer = await decide(id, token, { ...approve, criterion: null, writtenBasis: null })
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors).sort()).toEqual(['criterion', 'writtenBasis'])
    const trail = await call(`/cases/${id}/audit`, { token })
    expect(trail.body.items.map((e: { action: string }) => e.action)).not.toContain(
      'decision-approved',
    )
  })

  it('an appeal decision the schema refuses is refused the same way', async () => {
    const { id } = await deniedCase({}, 'u-md-1')
    const md2 = await signInAs('u-md-2')
    expect((await postAppeal(id, md2, validAppeal())).status).toBe(201)
    const body = { action: 'approve', rationale: 'New imaging.', peerToPeerOffered: null }
    const answer = await decideAppeal(id, md2, body, '"v3"')
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors)).toEqual(['peerToPeerOffered'])
  })
})
