import { describe, expect, it, vi } from 'vitest'
import { readDb } from '../../service/store.ts'
import { signInAs } from '../support/sign-in.ts'
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
    await faults([{ path: '*', fault: 'slow', delayMs: 60_000, times: 1 }])
    // A fake clock: the answer waits for the delay, and no test reads a wall clock.
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const settled = (p: Promise<unknown>) => {
        let done = false
        void p.then(() => (done = true))
        return () => done
      }
      const slow = call('/me', { token })
      const slowDone = settled(slow)
      await vi.advanceTimersByTimeAsync(59_000)
      expect(slowDone()).toBe(false)
      await vi.advanceTimersByTimeAsync(1_000)
      expect((await slow).status).toBe(200)

      await call('/__mock/latency', { method: 'POST', json: { ms: 40_000 } })
      const late = call('/me', { token })
      const lateDone = settled(late)
      await vi.advanceTimersByTimeAsync(39_000)
      expect(lateDone()).toBe(false)
      await vi.advanceTimersByTimeAsync(1_000)
      expect((await late).status).toBe(200)
    } finally {
      vi.useRealTimers()
      await call('/__mock/latency', { method: 'POST', json: { ms: 0 } })
    }
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

  it('adds benchmark cases: 10,000 of them (the bench times it)', async () => {
    const answer = await call('/__mock/seed-cases', { method: 'POST', json: { count: 10_000 } })
    expect(answer.status).toBe(201)
    expect(answer.body.total).toBe(10_020)
    const page = await call('/cases?overdue=true&limit=500', { as: 'u-md-1' })
    expect(page.body.items).toHaveLength(500)
  })
})
