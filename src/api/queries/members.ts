import { apiRequest } from '../client.ts'

const schemas = () => import('../schemas/member.ts')

/** The member's enrollment record, or null: the member ID goes in the body, never a URL. */
export async function lookUpMember(memberId: string, signal?: AbortSignal) {
  const res = await apiRequest('/members/lookup', async () => (await schemas()).memberLookup, {
    method: 'POST',
    body: { memberId },
    signal,
  })
  return res.data.member
}

/** The provider's directory entry by NPI, or null. */
export async function lookUpProvider(npi: string, signal?: AbortSignal) {
  const res = await apiRequest(
    `/providers/${encodeURIComponent(npi)}`,
    async () => (await schemas()).providerLookup,
    { signal },
  )
  return res.data.provider
}
