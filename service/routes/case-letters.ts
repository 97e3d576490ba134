import { json, problemResponse } from '../http.ts'
import { route } from './base.ts'
import { findCase } from './cases.ts'
import { caseId } from './doc-parts.ts'
import { noteAccess } from './note-access.ts'

/**
 * The case's letters as issued (service/letters/issue.ts), oldest first, and one by id.
 * Each read is on the access log before it is answered: a letter carries the member's
 * protected health information, as the case record does.
 */
export const caseLetterHandlers = [
  route(
    'get',
    '/cases/:id/letters',
    {
      access: 'signed-in',
      doc: {
        summary:
          'The letters (notices) the case’s decisions issued, as issued, oldest first; the read is logged',
        pathParams: caseId,
        responses: { 200: { schema: 'IssuedLetters', description: 'Letters' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args, (_, id) => ({ letters: [id] }))
      if (!found.ok) return found.response
      await noteAccess(args.request, found.user, 'read-letters', [found.stored.id])
      return json({ items: found.db.letters[found.stored.id] ?? [] })
    },
  ),

  route(
    'get',
    '/cases/:id/letters/:letterId',
    {
      access: 'signed-in',
      doc: {
        summary: 'One issued letter, exactly as issued; the read is logged',
        pathParams: { ...caseId, letterId: 'Letter id' },
        responses: { 200: { schema: 'IssuedLetter', description: 'The letter' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args, (_, id) => ({ letters: [id] }))
      if (!found.ok) return found.response
      const letter = (found.db.letters[found.stored.id] ?? []).find(
        (l) => l.id === args.params.letterId,
      )
      if (!letter) return problemResponse(404, 'This case has no such letter.')
      await noteAccess(args.request, found.user, 'read-letters', [found.stored.id])
      return json(letter)
    },
  ),
]
