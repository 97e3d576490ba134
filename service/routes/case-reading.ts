import { readingInput } from '../../src/api/schemas/reading.ts'
import { actorOf } from '../cases/actor.ts'
import { recordReading, refuseReading } from '../cases/reading.ts'
import { policyLibrary } from '../data/library.ts'
import { commit } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { route } from './base.ts'
import { writeOnCase } from './cases.ts'
import { caseId } from './doc-parts.ts'

const notAReading = () =>
  problemResponse(400, 'The reading is not in the expected form.', {
    errors: { reading: ['Send kind, id and label of what was opened'] },
  })

/**
 * POST /cases/{id}/reading: a medical director opened a policy section or a study's
 * evidence row from this case's page. 201 with the audit event, or 200 with the one
 * already recorded for the same thing. The decision record later lists these.
 */
export const caseReadingHandler = route(
  'post',
  '/cases/:id/reading',
  {
    access: 'signed-in',
    body: 'ReadingInput',
    doc: {
      summary:
        'Record that a medical director opened a policy section or evidence row from the case page',
      pathParams: caseId,
      responses: {
        200: { schema: 'AuditEvent', description: 'Already recorded for this person' },
        201: { schema: 'AuditEvent', description: 'Recorded' },
      },
      problems: [400, 403, 404],
    },
  },
  (args) =>
    writeOnCase(
      args,
      ({ db, user, stored, body }) => {
        if (user.role !== 'medical-director')
          return problemResponse(403, "Only a medical director's reading is recorded.")
        if (!body.ok) return body.response
        const parsed = readingInput.safeParse(body.value)
        if (!parsed.success) return notAReading()
        const refusal = refuseReading(parsed.data, stored, policyLibrary(db))
        if (refusal) return problemResponse(400, refusal, { errors: { id: [refusal] } })
        const now = new Date()
        const { event, created } = recordReading(db, stored.id, actorOf(user), parsed.data, now)
        const answer = json(event, { status: created ? 201 : 200 })
        return created ? commit(answer) : answer
      },
      undefined,
      notAReading,
    ),
)
