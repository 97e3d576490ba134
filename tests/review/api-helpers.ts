import type { CaseList, StoredCase } from '../../src/api/schemas/case.ts'

/**
 * Talks to the mock service as another person would, with their own session, without
 * touching the session the app under test keeps.
 */
export { tokenFor } from '../support/factories.ts'

export async function apiAs(token: string, path: string, init: RequestInit = {}) {
  return fetch(`/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      ...(init.headers as Record<string, string> | undefined),
    },
  })
}

export async function listCases(token: string, query = ''): Promise<CaseList> {
  return (await (await apiAs(token, `/cases?limit=500${query}`)).json()) as CaseList
}

export async function readCase(token: string, id: string) {
  const res = await apiAs(token, `/cases/${id}`)
  return { body: (await res.json()) as StoredCase, etag: res.headers.get('ETag') ?? '' }
}
