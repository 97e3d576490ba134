import { listCases, summaries } from '../cases/list-cases.ts'
import { decodeCursor, parseListQuery } from '../cases/list-query.ts'
import { policyLibrary } from '../data/library.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { User } from '../../src/api/schemas/user.ts'
import {
  own,
  readCaselessDb,
  readCasePage,
  readDb,
  transact,
  type Committed,
  type MockDb,
} from '../db.ts'
import { json, problemResponse, readJsonBody, type JsonBody } from '../http.ts'
import { requireUser, route, type RouteArgs } from './base.ts'
import { caseHeaders } from './case-etag.ts'

/** Authenticates, then finds the case named in the path (404 problem otherwise). */
export async function findCase({ request, params }: RouteArgs) {
  const auth = await requireUser(request)
  if (!auth.ok) return { ok: false as const, response: auth.response }
  const db = await readDb()
  const found = own(db.cases, params.id ?? '')
  if (!found)
    return { ok: false as const, response: problemResponse(404, 'There is no such case.') }
  return { ok: true as const, db, user: auth.user, stored: found }
}

export type CaseWrite = { db: MockDb; user: User; stored: StoredCase; body: JsonBody }

/**
 * A write on the case named in the path: authenticates, reads the body, then finds the
 * case and runs `fn` inside one transaction (db.ts `transact`), so every check sees every
 * earlier write and `commit(...)` saves exactly what `fn` changed. The body is read
 * before the transaction: a slow client never holds it open, and never writes a
 * database it read before others wrote.
 */
export async function writeOnCase(
  { request, params }: RouteArgs,
  fn: (found: CaseWrite) => Response | Committed<Response>,
): Promise<Response> {
  const auth = await requireUser(request)
  if (!auth.ok) return auth.response
  const body = await readJsonBody(request)
  return transact((db) => {
    const stored = own(db.cases, params.id ?? '')
    if (!stored) return problemResponse(404, 'There is no such case.')
    return fn({ db, user: auth.user, stored, body })
  })
}

export const caseHandlers = [
  route('get', '/cases', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    const parsed = parseListQuery(new URL(request.url).searchParams)
    if (!parsed.ok)
      return problemResponse(400, 'The list query has values the service does not know.', {
        errors: parsed.errors,
      })
    const { query } = parsed
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor)
    if (query.cursor !== undefined && (!after || after.sort !== query.sort))
      return problemResponse(400, 'The cursor is not one this list gave out.', {
        errors: { cursor: ['Start again from the first page'] },
      })
    const args = { query, userId: auth.user.id, now: new Date(), after }
    // A store with its own indexes reads one page; otherwise every case, in memory.
    const page = await readCasePage(args)
    if (page) return json(summaries(page, policyLibrary(await readCaselessDb())))
    const db = await readDb()
    return json(listCases({ ...args, cases: db.cases }, policyLibrary(db)))
  }),

  route('get', '/cases/:id', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    return json(found.stored, { headers: { ETag: caseHeaders(found.stored).ETag } })
  }),

  route('get', '/cases/:id/audit', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    const items = [...(found.db.audit[found.stored.id] ?? [])].reverse()
    return json({ items })
  }),
]
