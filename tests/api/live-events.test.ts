import { afterEach, describe, expect, it, vi } from 'vitest'
import { readEvents, type StreamEvent } from '../../src/api/event-stream.ts'
import { apiUrl, onServer } from '../contract-target.ts'
import { listening } from '../../service/live/changes.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, postCase, validCase } from './helpers.ts'

const open: (() => Promise<void>)[] = []
// No test leaves a stream open: the run must be able to end.
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()))
  // The service stops watching once its readers have gone (the mock runs in this process).
  if (!onServer) await expect.poll(listening).toBe(0)
})

async function openEvents(token: string) {
  const controller = new AbortController()
  const res = await fetch(apiUrl('/events'), {
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
    signal: controller.signal,
  })
  const events = readEvents(res.body!)
  // On the server the streams are left to it: it ends them as it closes (server/start.ts),
  // where a connection the client dropped would wait out the keep-alive (undici, Node 20).
  const close = async () => {
    if (onServer) return
    controller.abort()
    await events.return(undefined)
  }
  open.push(close)
  const next = async (): Promise<StreamEvent> => {
    const { value, done } = await events.next()
    if (done) throw new Error('The stream ended')
    return value
  }
  return { res, next }
}

const version = (e: StreamEvent) => (JSON.parse(e.data) as { version: string }).version

describe('GET /events', () => {
  it('sends the current marker, then a cases event once a case is created, with no member data', async () => {
    const rev = await signInAs('u-rev-1')
    const stream = await openEvents(rev)
    expect(stream.res.status).toBe(200)
    expect(stream.res.headers.get('Content-Type')).toMatch(/^text\/event-stream/)
    const first = await stream.next()
    expect(first.event).toBe('cases')

    const created = await postCase(rev)
    expect(created.status).toBe(201)
    const changed = await stream.next()
    expect(changed.event).toBe('cases')
    expect(version(changed)).not.toBe(version(first))
    // A change marker only: nothing of the case or its member travels on the stream.
    expect(Object.keys(JSON.parse(changed.data) as object)).toEqual(['version'])
    const memberId = String(validCase().memberId)
    expect(changed.data).not.toContain(memberId)
    expect(changed.data).not.toContain(created.body.id)
  })

  it('tells every open stream, of every signed-in person', async () => {
    const rev = await signInAs('u-rev-1')
    const md = await signInAs('u-md-2')
    const one = await openEvents(rev)
    const two = await openEvents(md)
    const before = [version(await one.next()), version(await two.next())]
    expect((await postCase(rev)).status).toBe(201)
    const after = [version(await one.next()), version(await two.next())]
    expect(after[0]).not.toBe(before[0])
    expect(after[1]).toBe(after[0])
  })

  it('is for signed-in people (401)', async () => {
    expect((await call('/events')).status).toBe(401)
  })
})

describe('GET /cases/{id}/viewers', () => {
  it('names the other people who opened the case lately, once each, never the caller', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    const okafor = await signInAs('u-md-2')
    const lindqvist = await signInAs('u-md-1')
    expect((await call(`/cases/${id}`, { token: okafor })).status).toBe(200)
    expect((await call(`/cases/${id}`, { token: okafor })).status).toBe(200)
    expect((await call(`/cases/${id}`, { token: lindqvist })).status).toBe(200)

    const seen = await call(`/cases/${id}/viewers`, { token: lindqvist })
    expect(seen.status).toBe(200)
    expect(seen.body).toEqual({ items: [{ name: 'Dr. Rowan Okafor', role: 'medical-director' }] })
    // Asking is not a read of the case: it adds nothing to the access log.
    const log = await call(`/cases/${id}/access-log`, { token: lindqvist })
    expect(
      log.body.items.filter((e: { action: string }) => e.action === 'opened-case'),
    ).toHaveLength(3)

    const byOkafor = await call(`/cases/${id}/viewers`, { token: okafor })
    expect(byOkafor.body.items).toEqual([{ name: 'Dr. Avery Lindqvist', role: 'medical-director' }])
  })

  it('is for signed-in people (401), of a case that exists (404)', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    expect((await call(`/cases/${id}/viewers`)).status).toBe(401)
    expect((await call('/cases/c-nothing/viewers', { token: rev })).status).toBe(404)
  })
})

describe('POST /cases/{id}/viewing', () => {
  const stillOnCase = async (id: string, token: string) =>
    (await call(`/cases/${id}/access-log`, { token })).body.items
      .filter((e: { action: string }) => e.action === 'still-on-case')
      .map((e: { actor: { name: string } }) => e.actor.name)

  it('notes a page still open at most once in a few minutes, and answers who else is on it', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    const okafor = await signInAs('u-md-2')
    const lindqvist = await signInAs('u-md-1')
    expect((await call(`/cases/${id}`, { token: lindqvist })).status).toBe(200)

    const first = await call(`/cases/${id}/viewing`, { method: 'POST', token: okafor })
    expect(first.status).toBe(200)
    expect(first.body).toEqual({
      items: [{ name: 'Dr. Avery Lindqvist', role: 'medical-director' }],
    })
    expect((await call(`/cases/${id}/viewing`, { method: 'POST', token: okafor })).status).toBe(200)
    // Dr. Lindqvist opened the case a moment ago: that read already says so.
    const back = await call(`/cases/${id}/viewing`, { method: 'POST', token: lindqvist })
    expect(back.body).toEqual({ items: [{ name: 'Dr. Rowan Okafor', role: 'medical-director' }] })

    expect(await stillOnCase(id, lindqvist)).toEqual(['Dr. Rowan Okafor'])
  })

  it.skipIf(onServer)(
    'keeps a page open past the five minutes of "Also on this case" in it, noting it every few minutes',
    async () => {
      const rev = await signInAs('u-rev-1')
      const { id } = (await postCase(rev)).body as { id: string }
      const okafor = await signInAs('u-md-2')
      const lindqvist = await signInAs('u-md-1')
      const start = Date.now()
      vi.useFakeTimers({ toFake: ['Date'], now: start })
      try {
        const at = (minutes: number) => vi.setSystemTime(start + minutes * 60_000)
        await call(`/cases/${id}`, { token: lindqvist })
        for (const minute of [1, 2, 3.5, 4.5, 5.5, 6.5, 7.5]) {
          at(minute)
          await call(`/cases/${id}/viewing`, { method: 'POST', token: lindqvist })
        }
        at(8)
        const seen = await call(`/cases/${id}/viewers`, { token: okafor })
        expect(seen.body).toEqual({
          items: [{ name: 'Dr. Avery Lindqvist', role: 'medical-director' }],
        })
        // Eight minutes open, beats each minute: noted twice (at 3.5 and 6.5 minutes).
        expect(await stillOnCase(id, okafor)).toHaveLength(2)
      } finally {
        vi.useRealTimers()
      }
    },
  )

  it('is for signed-in people (401), of a case that exists (404)', async () => {
    const rev = await signInAs('u-rev-1')
    const { id } = (await postCase(rev)).body as { id: string }
    expect((await call(`/cases/${id}/viewing`, { method: 'POST' })).status).toBe(401)
    expect((await call('/cases/c-nothing/viewing', { method: 'POST', token: rev })).status).toBe(
      404,
    )
  })
})
