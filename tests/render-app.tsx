import { render } from '@testing-library/react'
import { useLayoutEffect } from 'react'
import { QueryClient } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import {
  MemoryRouter,
  useLocation,
  useNavigationType,
  type Location,
  type NavigationType,
} from 'react-router'
import { AppProviders } from '../src/app/app-providers.tsx'
import { AppRoutes } from '../src/app/routes.tsx'

import { signInAs, type DemoUserId } from './support/sign-in.ts'

export { signInAs, type DemoUserId }

/** Where the app's router stands, for tests to read as `router.state.location`. */
export type RouterProbe = { state: { location: Location; historyAction: NavigationType } }

export function LocationProbe({ into }: { into: RouterProbe }) {
  const location = useLocation()
  const historyAction = useNavigationType()
  // Layout effect: committed with the screen, so a test reads where the app stands now.
  useLayoutEffect(() => report(into, { location, historyAction }))
  return null
}

function report(probe: RouterProbe, state: RouterProbe['state']) {
  probe.state = state
}

/** Renders the whole app at a path with a fresh QueryClient that never retries. */
export async function renderApp(path: string, options: { as?: DemoUserId } = {}) {
  if (options.as) await signInAs(options.as)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const router = { state: {} } as RouterProbe
  const user = userEvent.setup()
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe into={router} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  )
  return { ...view, user, router, queryClient }
}
