import type { CaseList, StoredCase } from '../../src/api/schemas/case.ts'
import type { DemoUserId } from '../render-app.tsx'

/**
 * Talks to the mock service as another person would, with their own session, without
 * touching the session the app under test keeps.
 */
export async function tokenFor(userId: DemoUserId): Promise<string> {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  return ((await res.json()) as { token: string }).token
}

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
