import type { CaseFieldName } from '../../src/api/schemas/case-fields.ts'
import { draftId, draftInput, type Draft } from '../../src/api/schemas/draft.ts'
import { fieldLabels } from '../../src/domain/case-rules.ts'
import { maskMemberId } from '../../src/domain/member-id.ts'
import { commit, own, readCaselessDb, transact, type MockDb } from '../store.ts'
import { json, problemResponse, readJsonBody } from '../http.ts'
import { DRAFT_LIMIT } from '../retention.ts'
import { requireUser, route, type RouteArgs } from './base.ts'

const ownCount = (drafts: MockDb['drafts'], ownerId: string) =>
  Object.values(drafts).filter((d) => d.ownerId === ownerId).length

const notFound = () => problemResponse(404, 'There is no such draft.')

/** A draft is checked for shape only: it is half-entered on purpose. */
function shapeErrors(issues: readonly { path: PropertyKey[] }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  for (const issue of issues) {
    const [top, name] = issue.path
    const field = top === 'fields' && typeof name === 'string' ? name : 'fields'
    const label = fieldLabels[field as CaseFieldName] ?? 'The draft'
    errors[field] = [`${label} is not in the form the service can keep`]
  }
  return errors
}

/** The signed-in user's draft named in the path; another user's draft does not exist. */
async function ownDraft({ request, params }: RouteArgs) {
  const auth = await requireUser(request)
  if (!auth.ok) return { ok: false as const, response: auth.response }
  const id = params.id ?? ''
  const db = await readCaselessDb({ drafts: [id] })
  const row = own(db.drafts, id)
  if (!row || row.ownerId !== auth.user.id) return { ok: false as const, response: notFound() }
  return { ok: true as const, db, draft: row.draft }
}

export const draftHandlers = [
  route('get', '/drafts', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
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
  }),

  route('get', '/drafts/:id', async (args) => {
    const found = await ownDraft(args)
    return found.ok ? json(found.draft) : found.response
  }),

  route('put', '/drafts/:id', async ({ request, params }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    const id = params.id ?? ''
    if (!draftId.safeParse(id).success)
      return problemResponse(400, 'A draft id is 8 to 64 letters, digits and hyphens.')
    const body = await readJsonBody(request)
    if (!body.ok) return body.response
    const parsed = draftInput.safeParse(body.value)
    if (!parsed.success)
      return problemResponse(400, 'The draft is not in the expected form.', {
        errors: shapeErrors(parsed.error.issues),
      })
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
        const draft: Draft = { id, updatedAt: new Date().toISOString(), fields: parsed.data.fields }
        db.drafts[id] = { ownerId, draft }
        return commit(json(draft, { status: existing ? 200 : 201 }))
      },
      { drafts: [id], draftsOf: ownerId },
    )
  }),

  route('delete', '/drafts/:id', async ({ request, params }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
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
  }),
]
