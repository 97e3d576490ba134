import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { isApiError } from '../api/api-error.ts'
import { AuthProvider } from './auth-provider.tsx'
import { CookieAuthProvider } from './cookie-auth-provider.tsx'
import { mockingEnabled } from '../api/config.ts'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx cannot help; a network blip or a 5xx may pass.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  })
}

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={queryClient}>
      {mockingEnabled ? (
        <AuthProvider>{children}</AuthProvider>
      ) : (
        <CookieAuthProvider>{children}</CookieAuthProvider>
      )}
    </QueryClientProvider>
  )
}
