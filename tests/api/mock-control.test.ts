import { describe, expect, it } from 'vitest'
import { readDb } from '../../mocks/db.ts'
import { signInAs } from '../render-app.tsx'
import { call } from './helpers.ts'

const faults = (rules: unknown[]) => call('/__mock/faults', { method: 'POST', json: { rules } })

describe('the mock control switch', () => {
  it('injects a 500 problem a given number of times, for the matching method and path only', async () => {
    const token = await signInAs('u-rev-1')
    expect(
      (await faults([{ method: 'get', path: '/policies', fault: '500', times: 2 }])).status,
    ).toBe(204)
    expect((await call('/policies/prolotherapy-sclerotherapy', { token })).status).toBe(200)
    const failed = await call('/policies', { token })
    expect(failed.status).toBe(500)
    expect(failed.body).toMatchObject({ status: 500, title: 'The service had a problem' })
    expect((await call('/policies', { token })).status).toBe(500)
    expect((await call('/policies', { token })).status).toBe(200)
  })

  it('fails the network, sends malformed JSON, off-contract JSON or a 401 on request', async () => {
    const token = await signInAs('u-rev-1')
    await faults([
      { path: '/cases', fault: 'network' },
      { path: '/cases/*', fault: 'malformed' },
      { path: '/codes', fault: 'invalid-schema' },
      { path: '/me', fault: '401' },
    ])
    await expect(
      fetch('/api/cases', { headers: { Authorization: `Bearer ${token}` } }),
    ).rejects.toThrow()
    const malformed = await call('/cases/anything/audit', { token })
    expect(malformed.status).toBe(200)
    expect(malformed.body).toBeUndefined()
    expect((await call('/codes?q=M', { token })).body).toEqual({ unexpected: expect.any(String) })
    expect((await call('/me', { token })).status).toBe(401)
    expect((await call('/__mock/faults', { method: 'DELETE' })).status).toBe(204)
    expect((await call('/cases', { token })).status).toBe(200)
  })

  it('slows answers down with a slow fault and with latency', async () => {
    const token = await signInAs('u-rev-1')
    await faults([{ path: '*', fault: 'slow', delayMs: 60, times: 1 }])
    let t = performance.now()
    expect((await call('/me', { token })).status).toBe(200)
    expect(performance.now() - t).toBeGreaterThanOrEqual(55)
    expect((await call('/__mock/latency', { method: 'POST', json: { ms: 40 } })).status).toBe(204)
    t = performance.now()
    await call('/me', { token })
    expect(performance.now() - t).toBeGreaterThanOrEqual(35)
    await call('/__mock/latency', { method: 'POST', json: { ms: 0 } })
  })

  it('keeps faults and latency across a data reset, which re-seeds', async () => {
    await faults([{ path: '/drafts', fault: '500' }])
    await call('/__mock/latency', { method: 'POST', json: { ms: 0 } })
    await call('/__mock/seed-cases', { method: 'POST', json: { count: 30 } })
    expect(Object.keys((await readDb()).cases)).toHaveLength(50)
    expect((await call('/__mock/reset', { method: 'POST' })).status).toBe(204)
    const db = await readDb()
    expect(Object.keys(db.cases)).toHaveLength(20)
    expect(db.faults).toHaveLength(1)
    expect(db.latencyMs).toBe(0)
  })

  it('answers bad control bodies with a 400 problem', async () => {
    for (const rules of [[{ path: '*', fault: 'teapot' }], [{ fault: '500' }], 'all'])
      expect((await faults(rules as unknown[])).status).toBe(400)
    expect((await call('/__mock/latency', { method: 'POST', json: { ms: -1 } })).status).toBe(400)
    expect((await call('/__mock/seed-cases', { method: 'POST', body: 'x' })).status).toBe(400)
  })

  it('adds benchmark cases fast: 10,000 in well under a few seconds', async () => {
    const t = performance.now()
    const answer = await call('/__mock/seed-cases', { method: 'POST', json: { count: 10_000 } })
    expect(answer.body.total).toBe(10_020)
    expect(performance.now() - t).toBeLessThan(3000)
    const page = await call('/cases?overdue=true&limit=500', { as: 'u-md-1' })
    expect(page.body.items).toHaveLength(500)
  })
})
