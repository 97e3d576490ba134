import { describe, expect, it } from 'vitest'
import { onServer } from '../contract-target.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, postCase } from './helpers.ts'

/** Who opened this case: every read is on the case's access log (HIPAA 164.312(b)). */
describe('the access log', () => {
  it('answers a medical director who read which case, when and from where, newest first', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    expect((await call(`/cases/${id}`, { token: rev })).status).toBe(200)
    expect((await call(`/cases/${id}/audit`, { token: rev })).status).toBe(200)
    expect((await call(`/cases/${id}/related`, { token: rev })).status).toBe(200)
    const md = await signInAs('u-md-1')
    const log = await call(`/cases/${id}/access-log`, { token: md })
    expect(log.status).toBe(200)
    const items = log.body.items as {
      action: string
      actor: { name: string; role: string }
      address: string
      at: string
    }[]
    expect(items.map((e) => e.action)).toEqual([
      'read-access-log',
      'read-related-cases',
      'read-audit-trail',
      'opened-case',
    ])
    expect(items[0]!.actor.role).toBe('medical-director')
    expect(items.at(-1)!.actor).toMatchObject({ role: 'utilization-reviewer' })
    expect(items.at(-1)!.actor.name).toMatch(/\w/)
    // The server names the socket's address; a header the client sent is not believed.
    expect(items[0]!.address).toBe(onServer ? '127.0.0.1' : 'this browser (demo)')
  })

  it('is for medical directors (403), of a case that exists (404), signed in (401)', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    expect((await call(`/cases/${id}/access-log`, { token: rev })).status).toBe(403)
    const md = await signInAs('u-md-1')
    expect((await call('/cases/case-nope/access-log', { token: md })).status).toBe(404)
    expect((await call(`/cases/${id}/access-log`)).status).toBe(401)
    expect((await call('/access-log?from=2026-01-01&to=2026-01-31', { token: rev })).status).toBe(
      403,
    )
  })

  it('exports a date range as CSV, and names a bad range', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    await call(`/cases/${id}`, { token: rev, headers: { 'X-Criteria-Client-Address': '=cmd|x' } })
    const md = await signInAs('u-md-1')
    const today = new Date().toISOString().slice(0, 10)
    const res = await call(`/access-log?from=${today}&to=${today}`, { token: md })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/)
    const lines = res.text.trim().split('\r\n')
    expect(lines[0]).toBe('"When (UTC)","Case","Who","Role","Action","From"')
    expect(lines.some((l) => l.includes(`"${id}"`) && l.includes('"opened-case"'))).toBe(true)
    // Nothing a spreadsheet would run as a formula, whatever a client sends.
    expect(res.text).not.toMatch(/(^|,)"=/m)
    const bad = await call(`/access-log?from=2026-02-01&to=2026-01-01`, { token: md })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(['to'])
    const none = await call('/access-log', { token: md })
    expect(Object.keys(none.body.errors).sort()).toEqual(['from', 'to'])
    // A day no calendar has is refused as such, not read as the next month's.
    for (const [range, field] of [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-02-01&to=2026-02-30', 'to'],
      ['from=2026-02-29&to=2026-03-05', 'from'],
    ]) {
      const impossible = await call(`/access-log?${range}`, { token: md })
      expect(impossible.status, range).toBe(400)
      expect(impossible.body.errors, range).toEqual({
        [field!]: [
          `${field} must be a date like ${field === 'from' ? '2026-12-01' : '2026-12-31'}`,
        ],
      })
    }
  })
})
