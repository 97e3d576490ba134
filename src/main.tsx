import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { waitForServiceBeforeRequests } from './api/client.ts'
import { AppProviders, createQueryClient } from './app/app-providers.tsx'
import { routes } from './app/routes.tsx'
import './styles/app.css'

// The shell paints at once; requests wait in the client until the mock is up.
// With mocking off, Vite drops this import and the build holds no msw code.
// The condition is written out in full so the bundler can see it is constant.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  waitForServiceBeforeRequests(import('../mocks/browser.ts').then((m) => m.startMockService()))
}

const router = createBrowserRouter(routes)
const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
)
