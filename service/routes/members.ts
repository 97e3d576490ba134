import { isValidNpi } from '../../src/domain/npi.ts'
import { normalizeMemberId } from '../../src/domain/member-id.ts'
import { json, problemResponse } from '../http.ts'
import { own, readCaselessDb } from '../store.ts'
import { route } from './base.ts'
import { noteAccess } from './note-access.ts'

/**
 * POST /members/lookup {memberId}: the member's enrollment record, or `member: null`
 * when the plan holds none (case entry says so plainly and goes on). A POST, because a
 * member ID is member data and never goes in a URL; each lookup is in the access log.
 */
export const memberLookupHandler = route(
  'post',
  '/members/lookup',
  {
    access: 'signed-in',
    body: 'MemberLookupRequest',
    doc: {
      summary:
        "A member's enrollment record by member ID (in the body: member data never goes in a URL); member null when none is on file. Each lookup is in the access log.",
      responses: { 200: { schema: 'MemberLookup', description: 'The record, or null' } },
      problems: [400],
    },
  },
  async ({ request, auth, body: read }) => {
    const body = await read(badMemberId)
    if (!body.ok) return body.response
    const raw = (body.value as { memberId?: unknown } | null)?.memberId
    const memberId = typeof raw === 'string' ? normalizeMemberId(raw) : ''
    if (!/^[A-Za-z0-9]{6,20}$/.test(memberId)) return badMemberId()
    const db = await readCaselessDb({ members: [memberId] })
    await noteAccess(request, auth.user, 'looked-up-member', [`member:${memberId}`])
    return json({ member: own(db.members, memberId) ?? null })
  },
)

function badMemberId() {
  return problemResponse(400, 'Send the member ID: 6 to 20 letters and digits.', {
    errors: { memberId: ['Member ID must be 6 to 20 letters and digits'] },
  })
}

/** GET /providers/{npi}: the directory entry, or `provider: null` (an NPI is not member data). */
export const providerLookupHandler = route(
  'get',
  '/providers/:npi',
  {
    access: 'signed-in',
    doc: {
      summary: "A provider's directory entry by NPI; provider null when none is on file",
      pathParams: { npi: 'The 10-digit NPI' },
      responses: { 200: { schema: 'ProviderLookup', description: 'The entry, or null' } },
      problems: [400],
    },
  },
  async ({ params }) => {
    const npi = params.npi ?? ''
    if (!isValidNpi(npi))
      return problemResponse(400, 'NPI must be 10 digits with a correct check digit.')
    const db = await readCaselessDb({ providers: [npi] })
    return json({ provider: own(db.providers, npi) ?? null })
  },
)
