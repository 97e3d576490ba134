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
  type Need,
} from '../store.ts'
import { json, problemResponse, type JsonBody } from '../http.ts'
import { route, type Explain, type RouteArgs } from './base.ts'
import { caseId, etag } from './doc-parts.ts'
import { listDoc } from './cases-doc.ts'
import { caseHeaders } from './case-etag.ts'
import { noteAccess } from './note-access.ts'

/** What a request on one case reads beside it, given the signed-in user and the case id. */
type Also = (userId: string, caseId: string) => Need

/**
 * Finds the case named in the path (404 problem otherwise), read
 * with what `also` names (its audit trail, the user's decision draft; `switches: true`
 * where the answer uses the policy library).
 */
export async function findCase({ auth, params }: RouteArgs, also: Also = () => ({})) {
  const id = params.id ?? ''
  const db = await readDb({ cases: [id], switches: false, ...also(auth.user.id, id) })
  const found = own(db.cases, id)
  if (!found)
    return { ok: false as const, response: problemResponse(404, 'There is no such case.') }
  return { ok: true as const, db, user: auth.user, stored: found }
}

export type CaseWrite = { db: MockDb; user: User; stored: StoredCase; body: JsonBody }

/**
 * A write on the case named in the path: reads the body, then finds the
 * case and runs `fn` inside one transaction (db.ts `transact`), so every check sees every
 * earlier write and `commit(...)` saves exactly what `fn` changed. The body is read
 * before the transaction: a slow client never holds it open, and never writes a
 * database it read before others wrote.
 */
export async function writeOnCase(
  { auth, params, body: readBody }: RouteArgs,
  fn: (found: CaseWrite) => Response | Committed<Response>,
  also: Also = () => ({}),
  explain?: Explain,
): Promise<Response> {
  const body = await readBody(explain)
  const id = params.id ?? ''
  // The case is read with its trail: a write appends to it, and the append must follow
  // the events already there.
  const need = { cases: [id], audit: [id], ...also(auth.user.id, id) }
  return transact((db) => {
    const stored = own(db.cases, id)
    if (!stored) return problemResponse(404, 'There is no such case.')
    return fn({ db, user: auth.user, stored, body })
  }, need)
}

/** The same member's other cases, read beside the one found (related cases, PAS requests). */
export async function withMembersCases(db: MockDb, stored: StoredCase): Promise<MockDb> {
  const more = await readDb({ casesOfMembers: [stored.input.memberId] })
  return { ...db, cases: { ...db.cases, ...more.cases } }
}

export const caseHandlers = [
  route('get', '/cases', listDoc, async ({ request, auth }) => {
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
    if (page) return json(summaries(page, policyLibrary(await readCaselessDb()), args.now))
    const db = await readDb()
    return json(listCases({ ...args, cases: db.cases }, policyLibrary(db)))
  }),

  route(
    'get',
    '/cases/:id',
    {
      access: 'signed-in',
      doc: {
        summary: 'A case',
        pathParams: caseId,
        responses: { 200: { schema: 'StoredCase', description: 'The case', headers: etag } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args)
      if (!found.ok) return found.response
      await noteAccess(args.request, found.user, 'opened-case', [found.stored.id])
      return json(found.stored, { headers: { ETag: caseHeaders(found.stored).ETag } })
    },
  ),

  route(
    'get',
    '/cases/:id/audit',
    {
      access: 'signed-in',
      doc: {
        summary: 'The audit trail, newest first',
        pathParams: caseId,
        responses: { 200: { schema: 'AuditTrail', description: 'Events' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args, (_, id) => ({ audit: [id] }))
      if (!found.ok) return found.response
      await noteAccess(args.request, found.user, 'read-audit-trail', [found.stored.id])
      const items = [...(found.db.audit[found.stored.id] ?? [])].reverse()
      return json({ items })
    },
  ),
]
