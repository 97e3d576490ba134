import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { idleMinutes } from '../../api/config.ts'
import { useAuth } from '../auth-context.ts'
import { announceIdleSignout } from '../../components/idle-signout-event.ts'
import { Modal } from '../../components/modal.tsx'
import { formatCountdown } from './idle-clock.ts'
import { useIdlePhase } from './use-idle-phase.ts'
import './idle-guard.css'

const idleMs = idleMinutes * 60_000
// GOV.UK's timeout pattern warns 2 minutes ahead; never less than the 60 seconds promised.
const warnMs = Math.max(60_000, Math.min(120_000, idleMs / 2))

/**
 * Warns before an idle session ends, then saves open work, signs out (which clears
 * every cached answer) and replaces the page with sign-in, so Back shows no member data.
 */
export function IdleGuard() {
  const { signOut } = useAuth()
  const navigate = useNavigate()
  const { state, stay } = useIdlePhase(idleMs, warnMs)
  const started = useRef(false)
  const signingOut = state.phase === 'expired'
  const showing = state.phase !== 'active'

  useEffect(() => {
    if (!signingOut || started.current) return
    started.current = true
    void announceIdleSignout().then(() => {
      signOut('idle')
      navigate('/sign-in', { replace: true })
    })
  }, [signingOut, signOut, navigate])

  const secondsLeft = state.phase === 'warning' ? state.secondsLeft : 0
  return (
    <Modal
      open={showing}
      title="You will be signed out soon"
      titleId="idle-title"
      describedBy="idle-text"
      narrow
      onCancel={() => {
        // Escape is a person at the keyboard: that is activity, so it keeps the session.
        if (!signingOut) stay()
      }}
    >
      {signingOut ? (
        <p id="idle-text" role="status">
          Saving your work and signing you out…
        </p>
      ) : (
        <>
          <p id="idle-text">
            There has been no activity for a while. To protect member data you will be signed out in{' '}
            <span role="timer" className="idle-dialog-timer">
              {formatCountdown(secondsLeft)}
            </span>
            . An open draft is saved first.
          </p>
          <p className="visually-hidden" aria-live="polite">
            {secondsLeft % 30 === 0 && secondsLeft > 0
              ? `${secondsLeft} seconds until you are signed out.`
              : ''}
          </p>
          <button type="button" className="button" onClick={stay}>
            Stay signed in
          </button>
        </>
      )}
    </Modal>
  )
}
