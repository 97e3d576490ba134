import { roleLabels } from '../api/labels.ts'
import { NavLink, Outlet } from 'react-router'
import { mockingEnabled } from '../api/config.ts'
import { productName } from '../components/page-title.tsx'
import { OfflineBanner } from '../components/offline-banner.tsx'
import { IdleGuard } from './idle/idle-guard.tsx'
import { MockServiceNotice } from './mock-service-notice.tsx'
import { ScreenFrame } from './screen-frame.tsx'
import { useAuth } from './auth-context.ts'
import { useLiveUpdates } from './use-live-updates.ts'

export function AppLayout() {
  const { user, token, signOut, signOutEverywhere } = useAuth()
  useLiveUpdates(user ? (token ?? user.id) : null)
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="app-header__product">
            {productName}
          </NavLink>
          <nav aria-label="Main" className="app-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  Worklist
                </NavLink>
              </li>
              <li>
                <NavLink to="/cases/new">New case</NavLink>
              </li>
              <li>
                <NavLink to="/policies">Policies</NavLink>
              </li>
              {user?.role === 'medical-director' && (
                <li>
                  <NavLink to="/metrics">Metrics</NavLink>
                </li>
              )}
            </ul>
          </nav>
          {user && (
            <div className="app-user" aria-label="Signed in user">
              <span className="app-user__name">{user.name}</span>
              <span className="app-user__role" title={roleText(user)}>
                {roleText(user)}
              </span>
              <button type="button" className="button button--link" onClick={() => signOut()}>
                Sign out
              </button>
              <button
                type="button"
                className="button button--link"
                onClick={() => signOutEverywhere()}
              >
                Sign out everywhere
              </button>
            </div>
          )}
        </div>
      </header>
      <OfflineBanner />
      {mockingEnabled && <MockServiceNotice />}
      <main id="main" className="page" tabIndex={-1}>
        <ScreenFrame>
          <Outlet />
        </ScreenFrame>
      </main>
      <IdleGuard />
    </>
  )
}

/** The role, and a director's specialty, as the header shows it (cut short on screen). */
const roleText = (user: { role: keyof typeof roleLabels; specialty?: string | null }) =>
  `${roleLabels[user.role]}${user.specialty ? `, ${user.specialty}` : ''}`
