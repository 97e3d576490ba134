import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConcurrencyModel } from '../api/concurrency-model.ts'
import { validCase } from '../api/helpers.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import {
  appealDecisionRace,
  concurrentClients,
  everyWriteAtOnce,
  slowDraftSaveBesideWrites,
} from './lost-write-scenarios.ts'
import { spawnService } from './spawn-service.ts'
import { withoutService } from './current.ts'

// Only the spawned processes are under test here: no PGlite service in this process.
withoutService()

// Two service processes on one Postgres: the transaction lock and the version check hold
// across processes. Runs where TEST_DATABASE_URL names a scratch Postgres database
// (scripts/with-scratch-postgres.sh starts one); under CI a missing Postgres fails.
const url = process.env.TEST_DATABASE_URL
const ports: number[] = []
const children: ChildProcess[] = []
const scratch = mkdtempSync(join(tmpdir(), 'criteria-pg-'))

/** Starts `server/main.ts` on a port the system picks. */
async function startProcess() {
  // An app folder of its own: the test does not depend on a build.
  writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
  const started = await spawnService(['--app', scratch], { DATABASE_URL: url }).ready
  children.push(started.child)
  ports.push(started.port)
}

const api = (port: number, path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${port}/api${path}`, init)
const json = (token: string | null, extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
  ...extra,
})
async function signIn(port: number, userId: string): Promise<string> {
  return (await oidcSignIn(`http://127.0.0.1:${port}`, userId)).token
}
const services = () => ({ bases: ports.map((p) => `http://127.0.0.1:${p}`) })

describe.skipIf(!url && !process.env.CI)(
  'two service processes on one Postgres',
  { timeout: 60_000 },
  () => {
    beforeAll(async () => {
      if (!url)
        throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
      await startProcess()
      await startProcess()
    }, 120_000)
    afterAll(() => {
      for (const child of children) child.kill()
      rmSync(scratch, { recursive: true, force: true })
    })

    it('make one case from one Idempotency-Key and record one of two decisions', async () => {
      const [a, b] = ports as [number, number]
      const token = await signIn(a, 'u-rev-1')
      const body = JSON.stringify(validCase())
      const key = `pg-${Date.now()}`
      const send = (port: number) =>
        api(port, '/cases', {
          method: 'POST',
          headers: json(token, { 'Idempotency-Key': key }),
          body,
        })
      const [r1, r2] = await Promise.all([send(a), send(b)])
      const [c1, c2] = (await Promise.all([r1.json(), r2.json()])) as {
        id: string
        assignedTo: { id: string }
      }[]
      expect([r1.status, r2.status]).toEqual([201, 201])
      expect(c1!.id).toBe(c2!.id)

      // A session made on one process works on the other: sessions live in the database.
      const director = await signIn(b, c1!.assignedTo.id)
      const approve = { action: 'approve', rationale: 'Criteria met.', peerToPeerOffered: false }
      const decide = (port: number) =>
        api(port, `/cases/${c1!.id}/decision`, {
          method: 'POST',
          headers: json(director, { 'If-Match': '"v1"' }),
          body: JSON.stringify(approve),
        })
      const answers = await Promise.all([decide(a), decide(b)])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 412])
      const seen = await api(a, `/cases/${c1!.id}`, { headers: json(director) })
      expect(((await seen.json()) as { decisions: unknown[] }).decisions).toHaveLength(1)
    })

    it('a slow decision-draft save on one process erases nothing the other wrote', async () => {
      await slowDraftSaveBesideWrites(services())
    })

    it('ordinary concurrent clients on both processes: every 201 is stored', async () => {
      await concurrentClients(services(), 20)
    })

    it('every write endpoint at once over both processes, three slow-bodied: each 2xx is read back', async () => {
      await everyWriteAtOnce(services())
    })

    it('random interleavings of writes over both processes keep every guarantee', async () => {
      await runConcurrencyModel(services(), { numRuns: 6 })
    }, 180_000)

    it('two appeal decisions sent at once to two processes: one is recorded', async () => {
      for (let trial = 0; trial < 3; trial++) await appealDecisionRace(services())
    })
  },
)
