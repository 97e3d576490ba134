import { useCallback, useEffect, useRef, useState } from 'react'
import {
  deleteDecisionDraft,
  readDecisionDraft,
  saveDecisionDraft,
} from '../../api/queries/decision-drafts.ts'
import type { DecisionDraft } from '../../api/schemas/decision-draft.ts'
import {
  BEFORE_IDLE_SIGNOUT,
  type BeforeIdleSignoutDetail,
} from '../../components/idle-signout-event.ts'

type Values = DecisionDraft['values']
export type DecisionDraftStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'not-saved' }
  | { state: 'restored'; at: string }

const DEBOUNCE_MS = 800

/**
 * Keeps the decision form's whole state with the service, for this user and case, the
 * way case drafts are kept: saved after a pause in typing and before an idle sign-out,
 * offered back when the case is opened again, removed once the decision is recorded.
 * It says "saved" only after the service has answered that it has it.
 *
 * `values` is the form state (null while untouched); `restore` puts a kept draft back.
 */
export function useDecisionDraft(
  caseId: string,
  values: object | null,
  restore: (values: Values) => void,
) {
  const [status, setStatus] = useState<DecisionDraftStatus>({ state: 'idle' })
  const latest = useRef<Values | null>(null)
  const savedJson = useRef<string | null>(null)
  const stopped = useRef(false)
  const inFlight = useRef<Promise<void> | null>(null)
  const restoreRef = useRef(restore)
  useEffect(() => {
    restoreRef.current = restore
    latest.current = values as Values | null
  })

  // Opening the case: a kept draft comes back, unless the person has already typed.
  useEffect(() => {
    let live = true
    readDecisionDraft(caseId)
      .then((draft) => {
        if (!live || !draft || latest.current !== null) return
        savedJson.current = JSON.stringify(draft.values)
        restoreRef.current(draft.values)
        setStatus({ state: 'restored', at: draft.updatedAt })
      })
      .catch(() => {
        // No draft to offer: the form starts empty, as it would have anyway.
      })
    return () => {
      live = false
    }
  }, [caseId])

  /** Sends what is typed now; resolves true only when the service holds exactly that. */
  const save = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current
    const snapshot = latest.current
    if (stopped.current || snapshot === null) return true
    const json = JSON.stringify(snapshot)
    if (json === savedJson.current) return true
    let ok = false
    setStatus({ state: 'saving' })
    inFlight.current = saveDecisionDraft(caseId, snapshot)
      .then((draft) => {
        savedJson.current = json
        ok = true
        if (!stopped.current) setStatus({ state: 'saved', at: draft.updatedAt })
      })
      .catch(() => {
        if (!stopped.current) setStatus({ state: 'not-saved' })
      })
      .finally(() => (inFlight.current = null))
    await inFlight.current
    return ok
  }, [caseId])

  const json = values === null ? null : JSON.stringify(values)
  useEffect(() => {
    if (json === null || json === savedJson.current) return
    const timer = setTimeout(() => void save(), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [json, save])

  // An idle sign-out waits for this save, and learns whether it happened.
  useEffect(() => {
    const onIdle = (e: Event) =>
      (e as CustomEvent<BeforeIdleSignoutDetail>).detail.waitUntil(
        save().then((ok) => {
          if (!ok) throw new Error('The decision draft was not saved')
        }),
      )
    window.addEventListener(BEFORE_IDLE_SIGNOUT, onIdle)
    return () => window.removeEventListener(BEFORE_IDLE_SIGNOUT, onIdle)
  }, [save])

  /** The decision is recorded: stop saving and drop the kept draft. */
  const clear = useCallback(async () => {
    stopped.current = true
    while (inFlight.current) await inFlight.current
    await deleteDecisionDraft(caseId)
    setStatus({ state: 'idle' })
  }, [caseId])

  return { status, clear }
}
