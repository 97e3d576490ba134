import { http } from 'msw'
import * as z from 'zod/mini'
import { policyDetail } from '../../src/api/schemas/policy.ts'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { commit, resetDb, transact, type MockDb } from '../../service/store.ts'
import { faultRules } from '../fault-rules.ts'
import { json, problemResponse, readJsonBody } from '../../service/http.ts'
import { addSyntheticCases } from '../../service/seed.ts'
import { api, guard } from '../../service/routes/base.ts'

/**
 * The mock's own switch (`/__mock/...`): present only in the mock, no sign-in needed,
 * never faulted or delayed. A real criteria service answers these paths with 404.
 */
const control = (
  method: 'post' | 'delete',
  path: string,
  fn: (a: { request: Request }) => Promise<Response>,
) => {
  const resolve = guard(fn)
  return http[method](api(`/__mock${path}`), ({ request }) => resolve({ request }))
}

// The mock's own switch takes whole synthetic policies (2,000 studies is about 1.5 MB).
const MOCK_CONTROL_MAX_BYTES = 16_000_000

async function parse<S extends z.ZodMiniType>(request: Request, schema: S) {
  const body = await readJsonBody(request, MOCK_CONTROL_MAX_BYTES)
  if (!body.ok) return body
  const parsed = z.safeParse(schema, body.value)
  if (parsed.success) return { ok: true as const, value: parsed.data as z.infer<S> }
  return { ok: false as const, response: problemResponse(400, z.prettifyError(parsed.error)) }
}

/** A switch's write, in a transaction so it never overwrites a concurrent case or decision. */
const update = (change: (db: MockDb) => void) =>
  transact((db) => {
    change(db)
    return commit(ok())
  })

const ok = () => new Response(null, { status: 204 })
const latencyBody = z.object({ ms: z.int().check(z.minimum(0), z.maximum(60_000)) })
const seedBody = z.object({ count: z.int().check(z.minimum(1), z.maximum(50_000)) })

export const mockControlHandlers = [
  control('post', '/reset', async () => {
    // Switches set by a browser test outlive a data reset; DELETE /__mock/faults clears them.
    // Sessions outlive it too: resetting demo data does not sign anyone out.
    await resetDb(undefined, (old) =>
      old ? { faults: old.faults, latencyMs: old.latencyMs, sessions: old.sessions } : {},
    )
    return ok()
  }),
  control('post', '/faults', async ({ request }) => {
    const body = await parse(request, faultRules)
    if (!body.ok) return body.response
    const rules = body.value.rules
    return update((db) => {
      db.faults = rules
    })
  }),
  control('delete', '/faults', () =>
    update((db) => {
      db.faults = []
    }),
  ),
  control('post', '/latency', async ({ request }) => {
    const body = await parse(request, latencyBody)
    if (!body.ok) return body.response
    const ms = body.value.ms
    return update((db) => {
      db.latencyMs = ms
    })
  }),
  control('post', '/seed-cases', async ({ request }) => {
    const body = await parse(request, seedBody)
    if (!body.ok) return body.response
    const count = body.value.count
    return transact((db) => {
      addSyntheticCases(db, count)
      return commit(json({ total: Object.keys(db.cases).length }, { status: 201 }))
    })
  }),
  control('post', '/policies', async ({ request }) => {
    const body = await parse(request, policyDetail)
    if (!body.ok) return body.response
    const added = await addSyntheticPolicy(body.value)
    if (!added.ok) return problemResponse(409, added.reason)
    return json(added.policy, { status: 201 })
  }),
]
