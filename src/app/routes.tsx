import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { matchPath, Route, Routes, useLocation } from 'react-router'
import { Loading } from '../components/query-state.tsx'
import { RequireAuth } from './require-auth.tsx'
import { RouteBoundary } from './route-boundary.tsx'
// The first screen a new user sees ships with the shell: no second round trip to paint it.
import SignInRoute from './routes/sign-in-route.tsx'

// Each screen is its own chunk, loaded when its route is first visited. Declarative
// routes rather than a data router: the app loads its data with TanStack Query, and
// the data router's machinery would cost the first screen about 16 KB of gzip.
type Load = () => Promise<{ default: ComponentType }>

/**
 * React.lazy suspends on first render even when the code is already here, and React
 * then holds the fallback for up to 300 ms. A screen whose code has arrived (preloaded
 * below, or visited before) renders at once; only a first visit waits for it.
 */
function lazyScreen(path: string, load: Load) {
  let Loaded: ComponentType | null = null
  const preload = () => load().then((m) => ((Loaded = m.default), m))
  const Lazy = lazy(preload)
  function Screen() {
    return Loaded ? <Loaded /> : <Lazy />
  }
  return { path, preload, element: <Screen />, loaded: () => Loaded !== null }
}

// The signed-in shell (header, idle guard, offline banner) is not part of the sign-in
// screen: its own chunk keeps the first screen's JavaScript within budget.
const layout = lazyScreen('', () =>
  import('./app-layout.tsx').then((m) => ({ default: m.AppLayout })),
)

function Layout() {
  const { pathname } = useLocation()
  // Without the shell's code yet (just signed in): fetch the screen's code beside it.
  if (!layout.loaded()) preloadScreen(pathname)
  return <Suspense fallback={<Loading label="Loading the page…" />}>{layout.element}</Suspense>
}

const caseDetail = lazyScreen('/cases/:caseId', () => import('./routes/case-detail-route.tsx'))

/**
 * A screen that leads to a case page (a worklist row, a submitted case) brings the case
 * page's code with it: without it, the case page suspends on arrival and renders in a
 * later, time-sliced pass, about 60 ms after a submit on this machine instead of at once.
 */
const leadsToCase =
  (load: Load): Load =>
  () =>
    load().then((m) => {
      void caseDetail.preload().catch(() => {
        // The case page's own boundary reports a chunk that fails to load.
      })
      return m
    })

const worklist = lazyScreen(
  '/',
  leadsToCase(() => import('./routes/worklist-route.tsx')),
)

const screens = [
  worklist,
  // `/cases` is the worklist too: people go up from a case's address to the list of cases.
  { ...worklist, path: '/cases' },
  lazyScreen(
    '/cases/new',
    leadsToCase(() => import('./routes/case-entry-route.tsx')),
  ),
  caseDetail,
  lazyScreen('/cases/:caseId/print', () => import('./routes/case-print-route.tsx')),
  lazyScreen('/cases/:caseId/notices/member', () => import('./routes/member-notice-route.tsx')),
  lazyScreen('/cases/:caseId/notices/provider', () => import('./routes/provider-notice-route.tsx')),
  lazyScreen(
    '/cases/:caseId/notices/appeal/:audience',
    () => import('./routes/appeal-notice-route.tsx'),
  ),
  lazyScreen('/metrics', () => import('./routes/metrics-route.tsx')),
  lazyScreen('/compliance', () => import('./routes/compliance-route.tsx')),
  lazyScreen('/policies', () => import('./routes/policy-library-route.tsx')),
  lazyScreen('/policies/:policyId', () => import('./routes/policy-route.tsx')),
  lazyScreen('/policies/:policyId/evidence', () => import('./routes/evidence-route.tsx')),
  lazyScreen('*', () => import('./routes/not-found-route.tsx')),
]

/**
 * Starts loading the code of the screen at `pathname` at once, while the session is
 * checked, instead of after it (React.lazy would only start once the route renders).
 */
export function preloadScreen(pathname: string) {
  if (pathname === '/sign-in') return
  void layout.preload().catch(() => {
    // The boundary around the routes reports a chunk that fails to load.
  })
  const screen = screens.find((s) => s.path !== '*' && matchPath(s.path, pathname))
  void (screen ?? screens.at(-1)!).preload().catch(() => {
    // The route's own boundary reports a chunk that fails to load.
  })
}

// Built once: when only the address's query changes (a worklist filter, say), React
// finds the same elements and re-renders just the components that read the location.
const routeTree = (
  <Routes>
    <Route path="/sign-in" element={<SignInRoute />} />
    <Route element={<RequireAuth />}>
      <Route element={<Layout />}>
        {screens.map(({ path, element }) =>
          path === '/' ? (
            <Route key={path} index element={element} />
          ) : (
            <Route key={path} path={path} element={element} />
          ),
        )}
      </Route>
    </Route>
  </Routes>
)

export function AppRoutes() {
  return <ResetOnNavigation>{routeTree}</ResetOnNavigation>
}

/** The app-wide boundary clears a crash when the person goes to another page. */
function ResetOnNavigation({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return <RouteBoundary resetKey={pathname}>{children}</RouteBoundary>
}
