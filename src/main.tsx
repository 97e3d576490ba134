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

// The shell paints first; the mock service (a large chunk) is fetched only once the
// browser reports its first contentful paint, and requests wait for it in the client.
// With mocking off, Vite drops this import and the build holds no msw code: the
// condition is written out in full so the bundler can see it is constant.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  waitForServiceBeforeRequests(
    afterFirstPaint()
      .then(() => import('../mocks/browser.ts'))
      .then((m) => m.startMockService()),
  )
}

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden tab paints nothing: never wait more than a moment.
    const fallback = setTimeout(resolve, 1000)
    if (!('PerformanceObserver' in window)) return resolve()
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      observer.disconnect()
      clearTimeout(fallback)
      resolve()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}
