import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client.ts'

// The sign-in screen ships without zod: its schemas load beside its first request.
const schemas = () => import('./schemas/user.ts')

export const sessionQueries = {
  all: () => ['session'] as const,
  me: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'me'],
      queryFn: async ({ signal }) =>
        (await apiRequest('/me', () => schemas().then((m) => m.user), { signal })).data,
      staleTime: Infinity,
    }),
  demoUsers: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'demo-users'],
      queryFn: async ({ signal }) =>
        (await apiRequest('/demo-users', () => schemas().then((m) => m.demoUserList), { signal }))
          .data,
      staleTime: Infinity,
    }),
}

export async function createSession(userId: string) {
  const schema = () => schemas().then((m) => m.session)
  return (await apiRequest('/sessions', schema, { method: 'POST', body: { userId } })).data
}

/**
 * Ends the session on the service. The caller passes the token it read before clearing
 * it: the request waits for the mock service to be ready, and by then the stored token
 * is gone. Best effort: the token is dropped locally whatever the service says.
 */
export async function endSession(token: string, everywhere = false) {
  const schema = () => schemas().then((m) => m.sessionEnded)
  const path = everywhere ? '/sessions' : '/sessions/current'
  await apiRequest(path, schema, { method: 'DELETE', token }).catch(() => {})
}
