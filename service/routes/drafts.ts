import type { CaseFieldName } from '../../src/api/schemas/case-fields.ts'
import { draftId, draftInput, type Draft } from '../../src/api/schemas/draft.ts'
import { fieldLabels } from '../../src/domain/case-rules.ts'
import { maskMemberId } from '../../src/domain/member-id.ts'
import { commit, own, readCaselessDb, transact, type MockDb } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { DRAFT_LIMIT } from '../retention.ts'
import { route, type RouteArgs } from './base.ts'
import { noContent } from './doc-parts.ts'

const ownCount = (drafts: MockDb['drafts'], ownerId: string) =>
  Object.values(drafts).filter((d) => d.ownerId === ownerId).length

const notFound = () => problemResponse(404, 'There is no such draft.')

const draftPathParam = { id: 'Draft id: 8 to 64 letters, digits and hyphens, chosen by the client' }

/** A draft is checked for shape only: it is half-entered on purpose. */
const notADraft = (value: unknown) => {
  const parsed = draftInput.safeParse(value)
  return problemResponse(400, 'The draft is not in the expected form.', {
    errors: parsed.success ? {} : shapeErrors(parsed.error.issues),
  })
}

type ShapeIssue = { path: PropertyKey[]; code?: string; maximum?: unknown; origin?: string }

function shapeErrors(issues: readonly ShapeIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  for (const issue of issues) {
    const [top, name] = issue.path
    const field = top === 'fields' && typeof name === 'string' ? name : 'fields'
    const label = fieldLabels[field as CaseFieldName] ?? 'The draft'
    // A draft keeps more than a case takes (the limit is said), not text of any length.
    errors[field] = [
      issue.code === 'too_big' && issue.origin === 'string'
        ? `${label} can be kept in a draft up to ${Number(issue.maximum).toLocaleString('en-US')} characters`
        : `${label} is not in the form the service can keep`,
    ]
  }
  return errors
}

/** The signed-in user's draft named in the path; another user's draft does not exist. */
async function ownDraft({ auth, params }: RouteArgs) {
  const id = params.id ?? ''
  const db = await readCaselessDb({ drafts: [id] })
  const row = own(db.drafts, id)
  if (!row || row.ownerId !== auth.user.id) return { ok: false as const, response: notFound() }
  return { ok: true as const, db, draft: row.draft }
}

export const draftHandlers = [
  route(
    'get',
    '/drafts',
    {
      access: 'signed-in',
      doc: {
        summary: "The signed-in user's drafts",
        responses: { 200: { schema: 'DraftList', description: 'Drafts, newest first' } },
      },
    },
    async ({ auth }) => {
      const db = await readCaselessDb({ draftsOf: auth.user.id })
      const items = Object.values(db.drafts)
        .filter((row) => row.ownerId === auth.user.id)
        .map(({ draft }) => ({
          id: draft.id,
          updatedAt: draft.updatedAt,
          memberIdMasked: maskMemberId(draft.fields.memberId),
          serviceCode: draft.fields.serviceCode,
        }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return json({ items })
    },
  ),

  route(
    'get',
    '/drafts/:id',
    {
      access: 'signed-in',
      doc: {
        summary: 'A draft of the signed-in user',
        pathParams: draftPathParam,
        responses: { 200: { schema: 'Draft', description: 'The draft' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await ownDraft(args)
      return found.ok ? json(found.draft) : found.response
    },
  ),

  route(
    'put',
    '/drafts/:id',
    {
      access: 'signed-in',
      body: 'DraftInput',
      doc: {
        summary: 'Create or replace a draft (shape checked, rules not)',
        pathParams: draftPathParam,
        responses: {
          200: { schema: 'Draft', description: 'Replaced' },
          201: { schema: 'Draft', description: 'Created' },
        },
        problems: [400, 404, 429],
      },
    },
    async ({ params, auth, body: read }) => {
      const id = params.id ?? ''
      if (!draftId.safeParse(id).success)
        return problemResponse(400, 'A draft id is 8 to 64 letters, digits and hyphens.')
      const body = await read(notADraft)
      if (!body.ok) return body.response
      const parsed = draftInput.safeParse(body.value)
      if (!parsed.success) return notADraft(body.value)
      const ownerId = auth.user.id
      return transact(
        (db) => {
          const existing = own(db.drafts, id)
          // Someone else's draft id is answered as if it did not exist: ids reveal nothing.
          if (existing && existing.ownerId !== ownerId) return notFound()
          if (!existing && ownCount(db.drafts, ownerId) >= DRAFT_LIMIT.caseEntry)
            return problemResponse(
              429,
              `You have ${DRAFT_LIMIT.caseEntry} saved drafts. Submit or delete one before saving another.`,
            )
          const draft: Draft = {
            id,
            updatedAt: new Date().toISOString(),
            fields: parsed.data.fields,
          }
          db.drafts[id] = { ownerId, draft }
          return commit(json(draft, { status: existing ? 200 : 201 }))
        },
        { drafts: [id], draftsOf: ownerId },
      )
    },
  ),

  route(
    'delete',
    '/drafts/:id',
    {
      access: 'signed-in',
      doc: {
        summary: 'Delete a draft',
        pathParams: draftPathParam,
        responses: { 204: noContent },
        problems: [404],
      },
    },
    async ({ auth, params }) => {
      const id = params.id ?? ''
      return transact(
        (db) => {
          const row = own(db.drafts, id)
          if (!row || row.ownerId !== auth.user.id) return notFound()
          delete db.drafts[row.draft.id]
          return commit(new Response(null, { status: 204 }))
        },
        { drafts: [id] },
      )
    },
  ),
]
