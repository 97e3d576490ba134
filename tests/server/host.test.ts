import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { validCase } from '../api/helpers.ts'
import { send, signIn } from './lost-write-scenarios.ts'
import { logLinesOf, spawnService, type Spawned } from './spawn-service.ts'
import { withoutService } from './current.ts'

// Only the spawned process is under test here: no service in this process.
withoutService()

// The service as `npm run serve` runs it: its own process on a PGlite folder, its log on
// stdout, a built app beside it.
const scratch = mkdtempSync(join(tmpdir(), 'criteria-host-'))
const data = join(scratch, 'data')
const app = join(scratch, 'app')
const canary = { memberId: 'CANARY7Q4Z9', dateOfBirth: '1944-02-29' }
let first: Spawned

beforeAll(async () => {
  mkdirSync(join(app, '.vite'), { recursive: true })
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(app, '.vite', 'manifest.json'), '{"secret":"build map"}')
  first = await spawnService(['--data', data, '--app', app]).ready
}, 120_000)

afterAll(() => {
  first?.child.kill('SIGKILL')
  rmSync(scratch, { recursive: true, force: true })
})

/** A GET with the Host header a browser would send for `name`: fetch will not set Host. */
const getAs = (name: string, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: first.port, path, headers: { Host: name } },
      (res) => {
        let body = ''
        res.on('data', (d: Buffer) => (body += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })

/** The log lines of the requests the service has answered so far. */
const requestLines = () => logLinesOf(first).filter((l) => l.msg === 'request')

describe('the service host', () => {
  it('answers only the host names it serves: a rebound DNS name gets nothing', async () => {
    for (const name of ['127.0.0.1', 'localhost', `localhost:${first.port}`]) {
      expect((await getAs(name, '/api/me')).status, name).toBe(401)
      // The identity provider's pages too: a rebound name must not reach a login form.
      expect((await getAs(name, '/oidc/.well-known/openid-configuration')).status, name).toBe(200)
    }
    for (const name of [
      'attacker.example',
      `attacker.example:${first.port}`,
      'localhost.attacker.example',
    ]) {
      for (const path of ['/api/me', '/oidc/.well-known/openid-configuration', '/api/auth/login']) {
        const refused = await getAs(name, path)
        expect(refused.status, `${name} ${path}`).toBe(421)
        expect(refused.body).not.toMatch(/u-md-1|token|issuer/)
      }
    }
  })

  it('keeps its data folder private and refuses a second process on it', async () => {
    expect(statSync(data).mode & 0o777).toBe(0o700)
    // Every file and folder in it is its owner's alone, not only the folder itself.
    const open = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter(
      (name) => statSync(join(data, name)).mode & 0o077,
    )
    expect(open).toEqual([])
    const second = spawnService(['--data', data, '--app', app])
    await expect(second.ready).rejects.toThrow(/in use by another criteria service/)
    expect(await second.exited).not.toBe(0)
    // The first still answers: the second never opened the folder.
    expect((await fetch(`${first.base}/api/policies`)).status).toBe(401)
  })

  it('logs one JSON line per request with its id, and no member data anywhere', async () => {
    const token = await signIn(first.base, 'u-rev-1')
    const created = await send(first.base, '/cases', {
      ...{ method: 'POST', token, json: validCase(canary) },
      headers: { 'Idempotency-Key': `host-${Date.now()}` },
    })
    expect(created.status).toBe(201)
    const res = await fetch(
      `${first.base}/api/cases?search=${canary.memberId}&dob=${canary.dateOfBirth}`,
      { headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': 'trace-42' } },
    )
    expect(res.headers.get('X-Request-Id')).toBe('trace-42')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    await res.text()
    const requests = requestLines()
    expect(requests.find((l) => l.id === 'trace-42')).toMatchObject({
      method: 'GET',
      route: '/api/cases',
      status: expect.any(Number),
      ms: expect.any(Number),
    })
    expect(requests.find((l) => l.method === 'POST' && l.route === '/api/cases')?.status).toBe(201)
    expect(first.output()).not.toMatch(/CANARY7Q4Z9|1944-02-29/)
  })

  it('gives requests to the identity provider an id and a line too, under the path as sent', async () => {
    const res = await fetch(`${first.base}/oidc/jwks`)
    expect(res.status).toBe(200)
    const id = res.headers.get('X-Request-Id')
    expect(id).toMatch(/^[\w-]{36}$/)
    await res.text()
    // The provider's line is written once its answer has gone out: wait for it.
    await vi.waitFor(() =>
      expect(requestLines().find((l) => l.id === id)).toMatchObject({
        method: 'GET',
        route: '/oidc/jwks',
        status: 200,
      }),
    )
  })

  it('serves no build manifest, and a missing file is a 404, not the app', async () => {
    expect((await fetch(`${first.base}/.vite/manifest.json`)).status).toBe(404)
    expect((await fetch(`${first.base}/assets/gone-1234.js`)).status).toBe(404)
    const page = await fetch(`${first.base}/cases/anything`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>app</title>')
  })

  it('keeps every acknowledged case through kill -9 and a restart', async () => {
    const token = await signIn(first.base, 'u-rev-1')
    const made = await Promise.all(
      [1, 2, 3].map((i) =>
        send(first.base, '/cases', {
          ...{ method: 'POST', token, json: validCase() },
          headers: { 'Idempotency-Key': `crash-${Date.now()}-${i}` },
        }),
      ),
    )
    expect(made.map((m) => m.status)).toEqual([201, 201, 201])
    first.child.kill('SIGKILL')
    await first.exited
    first = await spawnService(['--data', data, '--app', app]).ready
    const again = await signIn(first.base, 'u-rev-1')
    for (const m of made)
      expect((await send(first.base, `/cases/${m.body.id}`, { token: again })).status).toBe(200)
  })
})
