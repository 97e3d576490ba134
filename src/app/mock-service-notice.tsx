import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { resetDemoData } from '../api/mock-control.ts'

/** Everything the reset removes, and what it keeps (sessions: no one is signed out). */
export const resetQuestion =
  'Reset the demo data? This removes every case, decision, audit trail entry and draft made in this browser, and any added test policies and benchmark cases, then restores the original demo cases. You stay signed in, and an open form keeps what you typed.'

/** The mock stands in for a server but keeps its database in this browser: say so. */
export function MockServiceNotice() {
  const queryClient = useQueryClient()
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'failed'>('idle')
  async function reset() {
    if (!window.confirm(resetQuestion)) return
    setState('working')
    try {
      await resetDemoData()
      await queryClient.invalidateQueries()
      setState('done')
    } catch {
      setState('failed')
    }
  }
  return (
    <aside className="mock-notice" aria-label="Demo service">
      <p>
        Demo: a mock criteria service runs in this browser and keeps its synthetic database in this
        browser&apos;s storage.{' '}
        <button
          type="button"
          className="button button--link"
          onClick={() => void reset()}
          disabled={state === 'working'}
        >
          Reset demo data
        </button>
        <span role="status">
          {state === 'done'
            ? ' Demo data reset.'
            : state === 'failed'
              ? ' Reset failed, try again.'
              : ''}
        </span>
      </p>
    </aside>
  )
}
