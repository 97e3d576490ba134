import { lazy, type ComponentType } from 'react'
import { Route, Routes, useLocation } from 'react-router'
import { AppLayout } from './app-layout.tsx'
import { RequireAuth } from './require-auth.tsx'
import { RouteBoundary } from './route-boundary.tsx'
// The first screen a new user sees ships with the shell: no second round trip to paint it.
import SignInRoute from './routes/sign-in-route.tsx'

// Each screen is its own chunk, loaded when its route is first visited. Declarative
// routes rather than a data router: the app loads its data with TanStack Query, and
// the data router's machinery would cost the first screen about 16 KB of gzip.
const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load)
  return <Page />
}

const screens = {
  worklist: page(() => import('./routes/worklist-route.tsx')),
  caseEntry: page(() => import('./routes/case-entry-route.tsx')),
  caseDetail: page(() => import('./routes/case-detail-route.tsx')),
  casePrint: page(() => import('./routes/case-print-route.tsx')),
  policyLibrary: page(() => import('./routes/policy-library-route.tsx')),
  policy: page(() => import('./routes/policy-route.tsx')),
  evidence: page(() => import('./routes/evidence-route.tsx')),
  notFound: page(() => import('./routes/not-found-route.tsx')),
}

export function AppRoutes() {
  const { pathname } = useLocation()
  return (
    <RouteBoundary resetKey={pathname}>
      <Routes>
        <Route path="/sign-in" element={<SignInRoute />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={screens.worklist} />
            <Route path="cases/new" element={screens.caseEntry} />
            <Route path="cases/:caseId" element={screens.caseDetail} />
            <Route path="cases/:caseId/print" element={screens.casePrint} />
            <Route path="policies" element={screens.policyLibrary} />
            <Route path="policies/:policyId" element={screens.policy} />
            <Route path="policies/:policyId/evidence" element={screens.evidence} />
            <Route path="*" element={screens.notFound} />
          </Route>
        </Route>
      </Routes>
    </RouteBoundary>
  )
}
