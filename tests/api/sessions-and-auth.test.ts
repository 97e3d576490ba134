import { tokenFor } from '../support/factories.ts'
import { describe, expect, it } from 'vitest'
import { call } from './helpers.ts'
import { onServer } from '../contract-target.ts'

const protectedEndpoints: [string, string][] = [
  ['GET', '/me'],
  ['DELETE', '/sessions/current'],
  ['GET', '/policies'],
  ['GET', '/policies/prolotherapy-sclerotherapy'],
  ['GET', '/policies/prolotherapy-sclerotherapy/evidence'],
  ['GET', '/codes?q=M0'],
  ['GET', '/drafts'],
  ['GET', '/drafts/draft-0001'],
  ['PUT', '/drafts/draft-0001'],
  ['DELETE', '/drafts/draft-0001'],
  ['GET', '/cases'],
  ['POST', '/cases'],
  ['GET', '/cases/case-1'],
  ['POST', '/cases/case-1/decision'],
  ['GET', '/cases/case-1/audit'],
]

describe('sessions and authentication', () => {
  // The demo's "sign in as" (the page's mock); the server refuses it: server/oidc-sign-in.test.ts.
  it.skipIf(onServer)('lists the demo users without a token', async () => {
    const { status, body } = await call('/demo-users')
    expect(status).toBe(200)
    expect(body.map((u: { id: string }) => u.id)).toEqual([
      'u-rev-1',
      'u-rev-2',
      'u-md-1',
      'u-md-2',
    ])
  })

  it.skipIf(onServer)('signs in, answers /me, and signs out', async () => {
    const signIn = await call('/sessions', { method: 'POST', json: { userId: 'u-md-2' } })
    expect(signIn.status).toBe(201)
    const { token } = signIn.body
    const me = await call('/me', { token })
    expect(me.body).toMatchObject({
      id: 'u-md-2',
      role: 'medical-director',
      specialty: 'Family Medicine',
    })
    expect((await call('/sessions/current', { token, method: 'DELETE' })).status).toBe(204)
    expect((await call('/me', { token })).status).toBe(401)
  })

  it("signs out everywhere: every session of that person ends, and no one else's", async () => {
    const here = await tokenFor('u-md-2')
    const there = await tokenFor('u-md-2')
    const someoneElse = await tokenFor('u-md-1')
    expect((await call('/sessions', { token: here, method: 'DELETE' })).status).toBe(204)
    expect((await call('/me', { token: here })).status).toBe(401)
    expect((await call('/me', { token: there })).status).toBe(401)
    expect((await call('/me', { token: someoneElse })).status).toBe(200)
    expect((await call('/sessions', { method: 'DELETE' })).status).toBe(401)
  })

  it("keeps at most 10 live sessions a person: an 11th sign-in ends that person's oldest", async () => {
    const tokens: string[] = []
    for (let i = 0; i < 11; i++) tokens.push(await tokenFor('u-rev-2'))
    expect((await call('/me', { token: tokens[0] })).status).toBe(401)
    for (const token of tokens.slice(1)) expect((await call('/me', { token })).status).toBe(200)
    // Another person's sessions are untouched.
    const other = await tokenFor('u-rev-1')
    await tokenFor('u-rev-2')
    expect((await call('/me', { token: other })).status).toBe(200)
  })

  it.skipIf(onServer)('refuses an unknown demo user with a field error', async () => {
    const { status, body } = await call('/sessions', { method: 'POST', json: { userId: 'nobody' } })
    expect(status).toBe(400)
    expect(body.errors).toEqual({ userId: ['Select a demo user'] })
  })

  it.each(protectedEndpoints)(
    '%s %s needs a valid bearer token (401 problem)',
    async (method, path) => {
      for (const token of [undefined, 'not-a-session']) {
        const answer = await call(path, { method, token })
        expect(answer.status).toBe(401)
        expect(answer.headers.get('Content-Type')).toContain('application/problem+json')
        expect(answer.body).toMatchObject({ status: 401, title: 'Sign in to continue' })
      }
    },
  )

  it('answers an unknown path with a 404 problem', async () => {
    const { status, body, headers } = await call('/no/such/thing', { as: 'u-rev-1' })
    expect(status).toBe(404)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
    expect(body).toMatchObject({ status: 404, type: expect.stringContaining('not-found') })
  })
})
