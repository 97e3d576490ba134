import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { waitForServiceBeforeRequests } from './api/client.ts'
import { AppProviders, createQueryClient } from './app/app-providers.tsx'
import { AppRoutes } from './app/routes.tsx'
import './styles/app.css'

const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
)

// The shell paints first; the mock service (a large chunk) is fetched after that
// first paint, and requests wait for it in the client. With mocking off, Vite drops
// this import and the build holds no msw code: the condition is written out in full
// so the bundler can see it is constant.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  const afterFirstPaint = new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    setTimeout(resolve, 250) // a background tab runs no animation frames
  })
  waitForServiceBeforeRequests(
    afterFirstPaint.then(() => import('../mocks/browser.ts')).then((m) => m.startMockService()),
  )
}
