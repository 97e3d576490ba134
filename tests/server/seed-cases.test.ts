import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { openDatabase } from '../../server/db/open.ts'
import { seedCases } from '../../server/db/seed-cases.ts'
import { caseInput, receivedJustNow } from '../support/factories.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { spawnService } from './spawn-service.ts'
import { withoutService } from './current.ts'

withoutService()

// `npm run seed`: many synthetic cases in batches, the database marked seeded (the service
// then adds no demo cases over them) and the reference sequence past every reference given.
const scratch = mkdtempSync(join(tmpdir(), 'criteria-seed-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('seeding synthetic cases', () => {
  it('fills the tables in batches, spread over statuses, with the sequence kept', async () => {
    const dataDir = join(scratch, 'data')
    cpSync(inject('templateDir'), dataDir, { recursive: true })
    const { db } = await openDatabase({ dataDir })
    const batches: number[] = []
    let sequence: Record<string, number> | undefined
    try {
      const result = await seedCases(db, {
        cases: 250,
        batch: 100,
        progress: (done) => batches.push(done),
      })
      expect(batches).toEqual([100, 200, 250])
      expect(result.total).toBe(250)
      const cases = await db
        .selectFrom('cases')
        .select(['reference', 'status', 'line_of_business', 'member_id'])
        .execute()
      expect(cases).toHaveLength(250)
      expect(new Set(cases.map((c) => c.reference)).size).toBe(250)
      expect(new Set(cases.map((c) => c.status)).size).toBeGreaterThanOrEqual(6)
      expect(new Set(cases.map((c) => c.line_of_business)).size).toBe(3)
      expect(cases.every((c) => /^SYN\d{7}$/.test(c.member_id))).toBe(true)
      const highest: Record<string, number> = {}
      for (const { reference } of cases) {
        const [, year, n] = /^UM-(\d{4})-(\d{6})$/.exec(reference)!
        highest[year!] = Math.max(highest[year!] ?? 0, Number(n))
      }
      expect(result.referenceSequence).toEqual(highest)
      sequence = result.referenceSequence
      const counter = await db.selectFrom('change_counter').select('counter').executeTakeFirst()
      expect(counter).toBeDefined()
      const trail = await db.selectFrom('audit_events').select('case_id').distinct().execute()
      expect(trail).toHaveLength(250)
    } finally {
      await db.destroy()
    }

    // The service (demo cases on) lists the seeded cases alone, and its next case takes
    // the next reference.
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
    const service = await spawnService(['--data', dataDir, '--app', scratch]).ready
    try {
      const api = (path: string, init: RequestInit = {}) =>
        fetch(`${service.base}/api${path}`, init).then(async (r) => ({
          status: r.status,
          body: await r.json(),
        }))
      const session = await oidcSignIn(service.base, 'u-rev-1')
      const auth = { Authorization: `Bearer ${session.token}` }
      const list = await api('/cases?limit=1', { headers: auth })
      expect(list.body.total).toBe(250)
      const created = await api('/cases', {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': 'seeded-1' },
        body: JSON.stringify(caseInput({ requestReceivedAt: receivedJustNow() })),
      })
      expect(created.status).toBe(201)
      const [, year, n] = /^UM-(\d{4})-(\d{6})$/.exec(created.body.reference)!
      expect(Number(n)).toBe((sequence?.[year!] ?? 0) + 1)
    } finally {
      service.child.kill('SIGTERM')
      await service.exited
    }
  }, 120_000)
})
