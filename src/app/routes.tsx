import type { RouteObject } from 'react-router'
import { AppLayout } from './app-layout.tsx'
import { RequireAuth } from './require-auth.tsx'
import { RouteError } from './route-error.tsx'
// The first screen a new user sees ships with the shell: no second round trip to paint it.
import SignInRoute from './routes/sign-in-route.tsx'

// Each screen is its own chunk, loaded when its route is first visited.
type Module = { default: React.ComponentType }
const page = (load: () => Promise<Module>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
})

export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    errorElement: <RouteError />,
    Component: SignInRoute,
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, ...page(() => import('./routes/worklist-route.tsx')) },
              { path: 'cases/new', ...page(() => import('./routes/case-entry-route.tsx')) },
              { path: 'cases/:caseId', ...page(() => import('./routes/case-detail-route.tsx')) },
              {
                path: 'cases/:caseId/print',
                ...page(() => import('./routes/case-print-route.tsx')),
              },
              { path: 'policies', ...page(() => import('./routes/policy-library-route.tsx')) },
              { path: 'policies/:policyId', ...page(() => import('./routes/policy-route.tsx')) },
              {
                path: 'policies/:policyId/evidence',
                ...page(() => import('./routes/evidence-route.tsx')),
              },
              { path: '*', ...page(() => import('./routes/not-found-route.tsx')) },
            ],
          },
        ],
      },
    ],
  },
]
