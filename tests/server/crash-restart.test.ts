import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { validCase } from '../api/helpers.ts'
import { withoutService } from './current.ts'
import { send, signIn } from './lost-write-scenarios.ts'
import { scratchDatabase, testDatabaseUrl } from './postgres-db.ts'
import { spawnService, type Spawned } from './spawn-service.ts'

// Only the spawned processes are under test here: no PGlite service in this process.
withoutService()

/**
 * A crash loses no acknowledged write. Clients create and decide cases for a while, the
 * service is killed with SIGKILL in the middle of their requests (no shutdown of any
 * kind), and a new process on the same store must hold every case that answered 201 and
 * every decision that answered 200, with no case reference given twice. On PGlite (the
 * data folder) and on Postgres (a database of its own on the scratch server).
 */
const url = process.env.TEST_DATABASE_URL
const scratch = mkdtempSync(join(tmpdir(), 'criteria-crash-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

async function start(args: string[], env: Record<string, string | undefined>): Promise<Spawned> {
  // An app folder of its own: the test does not depend on a build.
  writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
  return spawnService(['--app', scratch, '--no-demo-cases', ...args], env).ready
}

type Acknowledged = { cases: Map<string, string>; decided: Set<string> }

/** `clients` loops of create-then-decide against `base` until `stop` says so. */
async function writeUntil(base: string, clients: number, stop: () => boolean) {
  const reviewer = await signIn(base, 'u-rev-1')
  const directors = new Map<string, string>()
  for (const id of ['u-md-1', 'u-md-2']) directors.set(id, await signIn(base, id))
  const ack: Acknowledged = { cases: new Map(), decided: new Set() }
  let n = 0
  const client = async () => {
    while (!stop()) {
      try {
        const created = await send(base, '/cases', {
          method: 'POST',
          token: reviewer,
          json: validCase(),
          headers: { 'Idempotency-Key': `crash-${process.pid}-${++n}` },
        })
        if (created.status !== 201) continue
        ack.cases.set(created.body.id, created.body.reference)
        const director = directors.get(created.body.assignedTo?.id)
        if (!director) continue
        const approve = { action: 'approve', rationale: 'Criteria met.', peerToPeerOffered: false }
        const decided = await send(base, `/cases/${created.body.id}/decision`, {
          method: 'POST',
          token: director,
          json: approve,
          headers: { 'If-Match': '"v1"' },
        })
        if (decided.status === 200) ack.decided.add(created.body.id)
      } catch {
        return // the connection went with the process
      }
    }
  }
  return { ack, done: Promise.all(Array.from({ length: clients }, client)) }
}

async function crashAndCount(args: string[], env: Record<string, string | undefined>) {
  const first = await start(args, env)
  let killed = false
  const { ack, done } = await writeUntil(first.base, 10, () => killed)
  // Long enough for many writes to be answered, and for some to be on the way when it dies.
  await new Promise((r) => setTimeout(r, 1_500))
  const inFlight = ack.cases.size
  first.child.kill('SIGKILL')
  killed = true
  await first.exited
  await done
  expect(inFlight, 'cases acknowledged before the kill').toBeGreaterThan(10)

  const second = await start(args, env)
  try {
    const token = await signIn(second.base, 'u-md-1')
    const missing: string[] = []
    const undecided: string[] = []
    for (const [id, reference] of ack.cases) {
      const read = await send(second.base, `/cases/${id}`, { token })
      if (read.status !== 200 || read.body.reference !== reference) missing.push(id)
      else if (ack.decided.has(id) && read.body.decisions.length !== 1) undecided.push(id)
    }
    expect({ missing, undecided }).toEqual({ missing: [], undecided: [] })
    expect(new Set(ack.cases.values()).size).toBe(ack.cases.size)
    expect(ack.decided.size).toBeGreaterThan(0)
  } finally {
    second.child.kill('SIGTERM')
    await second.exited
  }
}

describe('a service killed mid-write (SIGKILL), then started again', { timeout: 90_000 }, () => {
  it('on PGlite: every acknowledged case and decision is in the data folder', async () => {
    await crashAndCount(['--data', join(scratch, 'data')], { DATABASE_URL: undefined })
  })

  it.skipIf(!url && !process.env.CI)(
    'on Postgres: every acknowledged case and decision is in the database',
    async () => {
      const db = await scratchDatabase(testDatabaseUrl(), `crash_${process.pid}_${Date.now()}`)
      try {
        await crashAndCount([], { DATABASE_URL: db.url })
      } finally {
        await db.drop()
      }
    },
  )
})
