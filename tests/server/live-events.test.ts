import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { readEvents, type StreamEvent } from '../../src/api/event-stream.ts'
import { readChangeMarker } from '../../service/store.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { postCase, validCase } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'
import { current } from './current.ts'
import { spawnService } from './spawn-service.ts'

const closers: (() => void)[] = []
afterEach(() => closers.splice(0).forEach((close) => close()))

/** Opens GET /events at `base` and reads it event by event; closed after each test. */
async function events(base: string, token: string) {
  const controller = new AbortController()
  const res = await fetch(`${base}/api/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  })
  expect(res.status).toBe(200)
  const stream = readEvents(res.body!)
  // The in-process server ends its streams as it closes (server/start.ts): aborted here, the
  // dropped connection would wait out the keep-alive (undici, Node 20). A spawned one is killed.
  closers.push(() => base !== current.server?.url && controller.abort())
  return async (): Promise<StreamEvent> => {
    const { value, done } = await stream.next()
    if (done) throw new Error('The stream ended')
    return value
  }
}
const version = (e: StreamEvent) => (JSON.parse(e.data) as { version: string }).version

describe('the change marker over SQL', () => {
  it('moves when a case changes, not when only a session is made', async () => {
    const before = await readChangeMarker()
    await signInAs('u-md-1')
    expect(await readChangeMarker()).toBe(before)
    const rev = await signInAs('u-rev-1')
    expect((await postCase(rev)).status).toBe(201)
    expect(await readChangeMarker()).not.toBe(before)
  })

  it("reaches a stream when another process wrote (the marker advanced outside this process's writes)", async () => {
    const server = current.server!
    const next = await events(server.url, await signInAs('u-md-1'))
    const first = await next()
    // What another process's committed write leaves: the sequence advanced, nothing said here.
    const started = performance.now()
    await sql`select nextval('case_changes')`.execute(server.db)
    const seen = await next()
    expect(seen.event).toBe('cases')
    expect(version(seen)).not.toBe(version(first))
    // One watcher reads the marker each second.
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

// Two service processes on one Postgres: a case created through one reaches a stream open
// on the other. Runs where TEST_DATABASE_URL names a scratch database
// (scripts/with-scratch-postgres.sh), as postgres.test.ts does.
const url = process.env.TEST_DATABASE_URL
describe.skipIf(!url && !process.env.CI)('two processes on one Postgres', () => {
  const children: ChildProcess[] = []
  const scratch = mkdtempSync(join(tmpdir(), 'criteria-live-pg-'))
  afterAll(() => {
    for (const child of children) child.kill()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('a case created through one process is announced on a stream of the other', async () => {
    if (!url)
      throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const started = await spawnService(['--app', scratch], { DATABASE_URL: url }).ready
        children.push(started.child)
        return started.base
      }),
    )
    const reviewer = (await oidcSignIn(a!, 'u-rev-1')).token
    const director = (await oidcSignIn(b!, 'u-md-1')).token
    const next = await events(b!, director)
    const first = await next()
    const started = performance.now()
    const created = await fetch(`${a}/api/cases`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${reviewer}`,
        'Idempotency-Key': `live-${Date.now()}`,
      },
      body: JSON.stringify(validCase()),
    })
    expect(created.status).toBe(201)
    const seen = await next()
    const ms = performance.now() - started
    expect(seen.event).toBe('cases')
    expect(version(seen)).not.toBe(version(first))
    expect(ms).toBeLessThan(5000)
    console.log(`A case created on one process reached the other's stream in ${Math.round(ms)} ms`)
  }, 120_000)
})
