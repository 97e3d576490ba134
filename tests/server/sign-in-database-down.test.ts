import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { withoutService } from './current.ts'
import { adminClient, databaseUrl } from './postgres-db.ts'
import { logLinesOf, spawnService, type Spawned } from './spawn-service.ts'

// Only the spawned process is under test here: no service in this process.
withoutService()

// Signing in while the database goes out of reach and comes back. PGlite lives inside the
// service's process and cannot be cut off and brought back from outside; Postgres can: the
// service reaches it through a TCP proxy the test cuts (every connection dropped, new ones
// refused) and restores. Runs where TEST_DATABASE_URL names a scratch Postgres
// (scripts/with-scratch-postgres.sh); under CI a missing Postgres fails.
const url = process.env.TEST_DATABASE_URL
const scratch = mkdtempSync(join(tmpdir(), 'criteria-signin-down-'))
const name = `signin_down_${process.pid}_${Date.now()}`
let admin: pg.Client | undefined
let proxy: Awaited<ReturnType<typeof cuttableProxy>> | undefined
let service: Spawned

/** A TCP proxy to `target` on a port of its own, that can be cut and restored. */
async function cuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => {})
    }
    client.pipe(upstream).pipe(client)
  })
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    )
  const port = await listen(0)
  return {
    port,
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const s of sockets) s.destroy()
      await closed
      // The pool drops its dead connections when it hears of them: let it.
      await new Promise((resolve) => setTimeout(resolve, 200))
    },
    restore: async () => {
      if (!server.listening) await listen(port)
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

/** A browser without a page: its cookies, redirects followed by hand. */
function browser(base: string) {
  const jar = new Map<string, string>()
  const send = async (to: string, init: RequestInit & { id?: string } = {}) => {
    const headers = new Headers(init.headers)
    if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    if (init.id) headers.set('X-Request-Id', init.id)
    // What a browser asks for: the provider answers JSON to anyone who does not.
    headers.set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
    const res = await fetch(new URL(to, base), { ...init, headers, redirect: 'manual' })
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      if (/max-age=0\b/i.test(line) || at === pair.length - 1) jar.delete(pair.slice(0, at))
      else jar.set(pair.slice(0, at), pair.slice(at + 1))
    }
    return res
  }
  const next = (res: Response) => res.headers.get('Location') ?? ''
  return {
    jar,
    send,
    next,
    /** /api/auth/login to the provider's login form: the form's address. */
    async loginForm() {
      let res = await send('/api/auth/login?return=/')
      while (res.status === 303 || res.status === 302) res = await send(next(res))
      expect(res.status).toBe(200)
      return /action="([^"]+)"/.exec(await res.text())![1]!
    },
    postPassword: (action: string, id?: string) =>
      send(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'u-md-1', password: 'demo-u-md-1' }),
        ...(id ? { id } : {}),
      }),
    /** Follows redirects until one leaves the sign-in (the app's page) or a page answers. */
    async follow(res: Response) {
      while (res.status === 303 || res.status === 302) {
        const to = next(res)
        if (!/^(https?:\/\/[^/]+)?\/(oidc|api\/auth)\//.test(to)) return res
        res = await send(to)
      }
      return res
    },
  }
}

const logLines = () => logLinesOf(service)
const linesOf = (id: string) => logLines().filter((l) => l.id === id)

/** The answer is the 503 page, not "expired" or "not valid". */
async function expectUnavailablePage(res: Response, words: string) {
  expect(res.status).toBe(503)
  expect(res.headers.get('Retry-After')).toBe('5')
  expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
  const html = await res.text()
  expect(html).toContain(`<p>${words} <a href="/sign-in">Start again</a>.</p>`)
  expect(html).not.toMatch(/expired|not valid/)
}

describe.skipIf(!url && !process.env.CI)(
  'signing in while the database is out of reach',
  { timeout: 60_000 },
  () => {
    beforeAll(async () => {
      if (!url)
        throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
      admin = adminClient(url)
      await admin.connect()
      await admin.query(`create database ${name}`)
      const target = new URL(url)
      proxy = await cuttableProxy({ host: target.hostname, port: Number(target.port || 5432) })
      const through = new URL(databaseUrl(url, name))
      through.hostname = '127.0.0.1'
      through.port = String(proxy.port)
      writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
      service = await spawnService(['--app', scratch, '--no-demo-cases'], {
        DATABASE_URL: through.href,
      }).ready
    }, 120_000)
    afterEach(async () => proxy?.restore())
    afterAll(async () => {
      service?.child.kill('SIGKILL')
      await service?.exited
      await proxy?.close()
      await admin?.query(`drop database if exists ${name} with (force)`)
      await admin?.end()
      rmSync(scratch, { recursive: true, force: true })
    })

    it('answers the password 503 while the database is away, logs it, and takes it once back', async () => {
      const b = browser(service.base)
      const action = await b.loginForm()
      await proxy!.cut()
      const down = await b.postPassword(action, 'password-while-down')
      await expectUnavailablePage(down, 'The service cannot reach its database. Try again shortly.')
      await vi.waitFor(() =>
        expect(linesOf('password-while-down')).toEqual([
          expect.objectContaining({ level: 'error', msg: 'sign-in failed: database unreachable' }),
          expect.objectContaining({ msg: 'request', route: action, status: 503 }),
        ]),
      )
      await proxy!.restore()
      // The same form again, as a person who pressed the button once more.
      const again = await b.follow(await b.postPassword(action))
      expect(again.status).toBe(303)
      const me = await b.send('/api/me')
      expect(await me.json()).toMatchObject({ id: 'u-md-1' })
      // Never the password, nor the SQL, in any line.
      expect(service.output()).not.toMatch(/demo-u-md-1|select |from "users"/i)
    })

    it('answers 503, never "expired", when the database goes away after the password', async () => {
      const b = browser(service.base)
      const accepted = await b.postPassword(await b.loginForm())
      expect(accepted.status).toBe(303)
      await proxy!.cut()
      // The provider reads the account again as the sign-in resumes.
      const resumed = await b.send(b.next(accepted), { id: 'resume-while-down' })
      await expectUnavailablePage(
        resumed,
        'The service cannot reach its database. Try again shortly.',
      )
      await vi.waitFor(() =>
        expect(linesOf('resume-while-down')).toContainEqual(
          expect.objectContaining({ level: 'error', msg: 'sign-in failed: database unreachable' }),
        ),
      )
      await proxy!.restore()
      expect((await oidcSignIn(service.base, 'u-md-1')).landedOn).toBe('/')
    })

    it('answers the callback 503 when the provider cannot read the account for the ID token', async () => {
      const b = browser(service.base)
      const accepted = await b.postPassword(await b.loginForm())
      const resumed = await b.send(b.next(accepted))
      expect(b.next(resumed)).toMatch(/\/api\/auth\/callback\?/)
      await proxy!.cut()
      const callback = await b.send(b.next(resumed), { id: 'callback-while-down' })
      await expectUnavailablePage(
        callback,
        'The identity provider cannot answer just now. Try again shortly.',
      )
      expect(b.jar.has('crd_session')).toBe(false)
      await vi.waitFor(() =>
        expect(linesOf('callback-while-down')).toContainEqual(
          expect.objectContaining({
            level: 'error',
            msg: 'sign-in failed: identity provider unavailable',
          }),
        ),
      )
      // The token request the callback made is the one that met the database.
      await vi.waitFor(() =>
        expect(logLines()).toContainEqual(
          expect.objectContaining({ msg: 'request', route: '/oidc/token', status: 503 }),
        ),
      )
    })

    it("logs a handler's failure with the id of its request", async () => {
      const { token } = await oidcSignIn(service.base, 'u-md-1')
      await proxy!.cut()
      const res = await fetch(`${service.base}/api/me`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': 'api-while-down' },
      })
      expect(res.status).toBe(503)
      await vi.waitFor(() =>
        expect(linesOf('api-while-down')).toEqual([
          expect.objectContaining({ level: 'error', msg: 'handler failed' }),
          expect.objectContaining({ msg: 'request', route: '/api/me', status: 503 }),
        ]),
      )
    })
  },
)
