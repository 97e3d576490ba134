import { notifyManager } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { setUnloadTransport, waitForServiceBeforeRequests } from './api/client.ts'
import { readSessionToken } from './api/session-token.ts'
import { AppProviders, createQueryClient } from './app/app-providers.tsx'
import { AppRoutes, preloadScreen } from './app/routes.tsx'
import { startOnFirstNeed } from './app/start-on-first-need.ts'
import './styles/app.css'

// Hand fresh data to React in the same task it arrives, not a timer hop later: a
// worklist filter change is measured from the click to the rows on screen.
notifyManager.setScheduler(queueMicrotask)
const queryClient = createQueryClient()
// Only a tab with a session fetches its screen's code at once; a new visitor sees the
// sign-in screen and loads no page behind it (a session shared by another tab loads
// the page's code when the signed-in layout renders).
const signedIn = readSessionToken() !== null
if (signedIn) preloadScreen(window.location.pathname)

const root = createRoot(document.getElementById('root')!)
// The first render as a transition: React renders it in slices of about 5 ms instead of
// one task, so a new visitor's page answers input while it builds (Lighthouse's TBT, with
// its 4 x slower CPU, went from 15–48 ms to 2–12.5 ms; LCP moved 1.24 to 1.30 x the
// floor's). Later updates are not transitions (see useTransitions below).
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        {/* Navigations render at once, not as transitions: a worklist filter is a change of
          address, and a transition renders it in 5 ms slices, each waiting for a task,
          before its query even starts. A screen whose code is not here yet shows its
          loading state instead of holding the old screen. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  ),
)

// The mock service (a large chunk, and long tasks as it starts) starts when first
// needed: at once for a signed-in tab, whose screen needs data; for a new visitor, whose
// sign-in screen paints and reads without it, on the first request or the first use of
// the page (startOnFirstNeed). Requests wait for it in the client. With mocking off,
// Vite drops this import and the build holds no msw code: the condition is written out
// in full so the bundler can see it is constant.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  const service = startOnFirstNeed(() =>
    import('../mocks/start.ts')
      .then((m) => m.startMock())
      // The mock dies with the page: a save sent on unload waits for its next start.
      .then((mock) => setUnloadTransport(mock.keepForNextLoad)),
  )
  if (signedIn) void service.start()
  waitForServiceBeforeRequests(service)
}
