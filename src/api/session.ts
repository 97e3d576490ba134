import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from './client.ts'
import { demoUserList, session, user } from './schemas/user.ts'

export const sessionQueries = {
  all: () => ['session'] as const,
  me: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'me'],
      queryFn: async ({ signal }) => (await apiRequest('/me', user, { signal })).data,
      staleTime: Infinity,
    }),
  demoUsers: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'demo-users'],
      queryFn: async ({ signal }) =>
        (await apiRequest('/demo-users', demoUserList, { signal })).data,
      staleTime: Infinity,
    }),
}

export async function createSession(userId: string) {
  return (await apiRequest('/sessions', session, { method: 'POST', body: { userId } })).data
}

/**
 * Ends the session on the service. The caller passes the token it read before clearing
 * it: the request waits for the mock service to be ready, and by then the stored token
 * is gone. Best effort: the token is dropped locally whatever the service says.
 */
export async function endSession(token: string) {
  await apiRequest('/sessions/current', z.partial(session), { method: 'DELETE', token }).catch(
    () => {},
  )
}
