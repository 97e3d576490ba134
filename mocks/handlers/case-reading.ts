import { readingInput } from '../../src/api/schemas/reading.ts'
import { actorOf } from '../cases/actor.ts'
import { recordReading, refuseReading } from '../cases/reading.ts'
import { policyLibrary } from '../data/library.ts'
import { writeDb } from '../db.ts'
import { json, problemResponse, readJsonBody } from '../http.ts'
import { route } from './base.ts'
import { findCase } from './cases.ts'

/**
 * POST /cases/{id}/reading: a medical director opened a policy section or a study's
 * evidence row from this case's page. 201 with the audit event, or 200 with the one
 * already recorded for the same thing. The decision record later lists these.
 */
export const caseReadingHandler = route('post', '/cases/:id/reading', async (args) => {
  const found = await findCase(args)
  if (!found.ok) return found.response
  const { db, user, stored } = found
  if (user.role !== 'medical-director')
    return problemResponse(403, "Only a medical director's reading is recorded.")
  const body = await readJsonBody(args.request)
  if (!body.ok) return problemResponse(400, 'The request body is not valid JSON.')
  const parsed = readingInput.safeParse(body.value)
  if (!parsed.success)
    return problemResponse(400, 'The reading is not in the expected form.', {
      errors: { reading: ['Send kind, id and label of what was opened'] },
    })
  const refusal = refuseReading(parsed.data, stored, policyLibrary(db))
  if (refusal) return problemResponse(400, refusal, { errors: { id: [refusal] } })
  const { event, created } = recordReading(db, stored.id, actorOf(user), parsed.data, new Date())
  if (created) await writeDb(db)
  return json(event, { status: created ? 201 : 200 })
})
