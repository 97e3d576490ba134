import { validateCaseInput } from '../cases/case-input.ts'
import { actorOf } from '../cases/actor.ts'
import { createCase } from '../cases/create-case.ts'
import { partiesNeed } from '../members/parties.ts'
import { commit, own, transact } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { bodyHash } from '../stable-json.ts'
import { route } from './base.ts'
import { etag, location } from './doc-parts.ts'
import { caseHeaders } from './case-etag.ts'
import type { RouteSpec } from './declare.ts'

const KEY = /^[\x21-\x7e]{1,255}$/

const createDoc: RouteSpec = {
  access: 'signed-in',
  body: 'CaseInput',
  doc: {
    summary: 'Create a case: the service validates, determines and sets the due time',
    responses: {
      201: { schema: 'StoredCase', description: 'The new case', headers: { ...etag, ...location } },
    },
    problems: [400, 422],
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'A repeat with the same key and body replays the first answer',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      },
    ],
  },
}

/**
 * POST /cases. The Idempotency-Key makes a retried submit safe: the same key and body
 * replay the first answer; the same key with another body is a client bug (422).
 * Only successful creations are remembered, so a corrected resubmit can reuse its key.
 */
export const caseCreateHandler = route(
  'post',
  '/cases',
  createDoc,
  async ({ request, auth, body: read }) => {
    const key = request.headers.get('Idempotency-Key')?.trim() ?? ''
    if (!KEY.test(key))
      return problemResponse(400, 'Send an Idempotency-Key header (1 to 255 visible characters).')
    // The form's own messages for what the schema refuses (a missing choice, a wrong type).
    const body = await read((value, errors) => {
      const form = validateCaseInput(value, new Date())
      return problemResponse(400, 'Correct the fields and submit again.', {
        errors: form.ok ? errors : form.errors,
      })
    })
    if (!body.ok) return body.response
    const slot = `${auth.user.id} ${key}`
    const hash = bodyHash(body.value)
    const now = new Date()
    const checked = validateCaseInput(body.value, now)
    // The key check and the write are one transaction: two tabs sending one key at the
    // same moment make one case, and the second gets the first one's answer.
    return transact(
      (db) => {
        const seen = own(db.idempotency, slot)
        if (seen && seen.bodyHash !== hash)
          return problemResponse(
            422,
            'This Idempotency-Key was already used with a different request.',
          )
        if (seen) return json(seen.body as never, { status: seen.status, headers: seen.headers })
        if (!checked.ok)
          return problemResponse(400, 'Correct the fields and submit again.', {
            errors: checked.errors,
          })
        let stored
        try {
          stored = createCase({ db, input: checked.value, actor: actorOf(auth.user), now })
        } catch {
          // The turnaround rules cannot place this date (e.g. outside the holiday data).
          return problemResponse(400, 'The turnaround clock cannot be set for this date.', {
            errors: {
              requestReceivedAt: ['Request received must be a date the turnaround rules cover'],
            },
          })
        }
        const headers = caseHeaders(stored)
        db.idempotency[slot] = {
          ...{ storedAt: now.toISOString(), bodyHash: hash, status: 201 },
          ...{ body: stored, headers },
        }
        return commit(json(stored, { status: 201, headers }))
      },
      { idempotency: [slot], newCases: true, ...(checked.ok ? partiesNeed(checked.value) : {}) },
    )
  },
)
