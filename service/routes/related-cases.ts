import { json } from '../http.ts'
import { caseSummary, hcpcsDescriptions } from '../cases/case-summary.ts'
import { policyLibrary } from '../data/library.ts'
import { route } from './base.ts'
import { findCase, withMembersCases } from './cases.ts'
import { caseId } from './doc-parts.ts'
import { noteAccess } from './note-access.ts'

/**
 * The same member's other cases, newest first, named by the case in the path: the member
 * id never travels in a URL. Summaries only (the id masked), like the worklist.
 */
export const relatedCasesHandler = route(
  'get',
  '/cases/:id/related',
  {
    access: 'signed-in',
    doc: {
      summary: "The same member's other cases, newest first (the member id never goes in a URL)",
      pathParams: caseId,
      responses: { 200: { schema: 'RelatedCases', description: 'Case summaries' } },
      problems: [404],
    },
  },
  async (args) => {
    const found = await findCase(args, () => ({ switches: true }))
    if (!found.ok) return found.response
    const { stored } = found
    await noteAccess(args.request, found.user, 'read-related-cases', [stored.id])
    const db = await withMembersCases(found.db, stored)
    const descriptions = hcpcsDescriptions(policyLibrary(db))
    const items = Object.values(db.cases)
      .filter((c) => c.id !== stored.id && c.input.memberId === stored.input.memberId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((c) => caseSummary(c, descriptions))
    return json({ items })
  },
)
