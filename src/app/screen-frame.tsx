import { Suspense, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { Loading } from '../components/query-state.tsx'
import { RouteBoundary } from './route-boundary.tsx'

/** Inside the layout: a screen that fails to load or render fails alone, under the shell. */
export function ScreenFrame({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <RouteBoundary resetKey={pathname} inLayout>
      <Suspense fallback={<Loading label="Loading the page…" />}>{children}</Suspense>
    </RouteBoundary>
  )
}
