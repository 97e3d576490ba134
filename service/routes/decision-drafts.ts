import { decisionDraftInput, type DecisionDraft } from '../../src/api/schemas/decision-draft.ts'
import { commit, own } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { DRAFT_LIMIT } from '../retention.ts'
import { route } from './base.ts'
import { findCase, writeOnCase } from './cases.ts'
import { caseId, noContent } from './doc-parts.ts'

const MAX_FIELDS = 40
const key = (userId: string, caseId: string) => `${userId} ${caseId}`
const notADraft = () => problemResponse(400, 'The decision draft is not in the expected form.')
const none = () => problemResponse(404, 'There is no decision draft for this case.')

/** The signed-in user's decision draft for a case: nobody else's is ever visible. */
export const decisionDraftHandlers = [
  route(
    'get',
    '/cases/:id/decision-draft',
    {
      access: 'signed-in',
      doc: {
        summary: "The signed-in user's unsent decision for the case",
        pathParams: caseId,
        responses: {
          200: { schema: 'DecisionDraft', description: 'The kept form state' },
          // Most cases have none: an answer, not an error (a 404 is a case not found).
          204: { description: 'There is no unsent decision for this case; no body' },
        },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args, (userId, caseId) => ({
        decisionDrafts: [key(userId, caseId)],
      }))
      if (!found.ok) return found.response
      const row = own(found.db.decisionDrafts, key(found.user.id, found.stored.id))
      // Most cases have no draft: that is an answer, not an error (no 404 in the console).
      return row ? json(row) : new Response(null, { status: 204 })
    },
  ),

  route(
    'put',
    '/cases/:id/decision-draft',
    {
      access: 'signed-in',
      body: 'DecisionDraftInput',
      doc: {
        summary: 'Keep the decision form state for the signed-in user (shape checked, rules not)',
        pathParams: caseId,
        responses: { 200: { schema: 'DecisionDraft', description: 'Kept' } },
        problems: [400, 404, 429],
      },
    },
    (args) =>
      writeOnCase(
        args,
        ({ db, user, stored, body }) => {
          if (!body.ok) return body.response
          const parsed = decisionDraftInput.safeParse(body.value)
          if (!parsed.success || Object.keys(parsed.data.values).length > MAX_FIELDS)
            return notADraft()
          const mine = key(user.id, stored.id)
          const others = Object.keys(db.decisionDrafts).filter((k) => k.startsWith(`${user.id} `))
          if (!own(db.decisionDrafts, mine) && others.length >= DRAFT_LIMIT.decision)
            return problemResponse(
              429,
              `You have decisions half-typed on ${DRAFT_LIMIT.decision} cases. Send or clear some before starting another.`,
            )
          const draft: DecisionDraft = {
            caseId: stored.id,
            updatedAt: new Date().toISOString(),
            values: parsed.data.values,
          }
          db.decisionDrafts = { ...db.decisionDrafts, [mine]: draft }
          return commit(json(draft))
        },
        (userId) => ({ decisionDraftsOf: userId }),
        notADraft,
      ),
  ),

  route(
    'delete',
    '/cases/:id/decision-draft',
    {
      access: 'signed-in',
      doc: {
        summary: 'Drop the unsent decision',
        pathParams: caseId,
        responses: { 204: noContent },
        problems: [404],
      },
    },
    (args) =>
      writeOnCase(
        args,
        ({ db, user, stored }) => {
          const k = key(user.id, stored.id)
          if (!own(db.decisionDrafts, k)) return none()
          db.decisionDrafts = Object.fromEntries(
            Object.entries(db.decisionDrafts).filter(([name]) => name !== k),
          )
          return commit(new Response(null, { status: 204 }))
        },
        (userId, caseId) => ({ decisionDrafts: [key(userId, caseId)] }),
      ),
  ),
]
