import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client.ts'

// Loaded with the first request, not before the first paint (client.ts says why).
const schemas = () => import('./schemas/user.ts')

export const sessionQueries = {
  all: () => ['session'] as const,
  me: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'me'],
      queryFn: async ({ signal }) =>
        (
          await apiRequest(
            '/me',
            schemas().then((s) => s.user),
            { signal },
          )
        ).data,
      staleTime: Infinity,
    }),
  demoUsers: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'demo-users'],
      queryFn: async ({ signal }) =>
        (
          await apiRequest(
            '/demo-users',
            schemas().then((s) => s.demoUserList),
            { signal },
          )
        ).data,
      staleTime: Infinity,
    }),
}

export async function createSession(userId: string) {
  const schema = schemas().then((s) => s.session)
  return (await apiRequest('/sessions', schema, { method: 'POST', body: { userId } })).data
}

/**
 * Ends the session on the service. The caller passes the token it read before clearing
 * it: the request waits for the mock service to be ready, and by then the stored token
 * is gone. Best effort: the token is dropped locally whatever the service says.
 */
export async function endSession(token: string) {
  const schema = Promise.all([import('zod/mini'), schemas()]).then(([z, s]) => z.partial(s.session))
  await apiRequest('/sessions/current', schema, { method: 'DELETE', token }).catch(() => {})
}
