import { expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { withoutService } from './current.ts'

// The app in this process, no database and no listening service.
withoutService()

// The service's own limit on a request body (server/app.ts), before any handler: a
// declared length is checked on the header, a body sent without one as it streams in.
const app = createApp({ appDir: null })
const post = (init: RequestInit & { duplex?: 'half' }) =>
  app.fetch(new Request('http://127.0.0.1/api/cases', { method: 'POST', ...init }), {})

const stream = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let sent = 0; sent < bytes; sent += 100_000) c.enqueue(new Uint8Array(100_000))
      c.close()
    },
  })

it('refuses a body declared larger than the limit, before reading it', async () => {
  const res = await post({ headers: { 'Content-Length': '2000001' }, body: '{}' })
  expect(res.status).toBe(413)
  expect((await res.json()).detail).toMatch(/at most 1000000 bytes/)
})

it('refuses a body sent without a length once it passes the limit', async () => {
  const res = await post({ body: stream(2_100_000), duplex: 'half' })
  expect(res.status).toBe(413)
})

it('lets a smaller body and a GET through to the API (here: not signed in)', async () => {
  expect((await post({ body: stream(200_000), duplex: 'half' })).status).toBe(401)
  expect((await post({ headers: { 'Content-Length': '2' }, body: '{}' })).status).toBe(401)
  expect((await app.fetch(new Request('http://127.0.0.1/api/me'), {})).status).toBe(401)
})
