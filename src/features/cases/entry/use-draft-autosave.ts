import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../api/api-error.ts'
import { draftQueries, saveDraft, saveDraftOnUnload } from '../../../api/queries/drafts.ts'
import type { CaseFields } from '../../../api/schemas/case-fields.ts'
import {
  BEFORE_IDLE_SIGNOUT,
  type BeforeIdleSignoutDetail,
} from '../../../components/idle-signout-event.ts'

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'retrying' }
  | { state: 'refused' }

/** A refusal (e.g. a 10,000-character member id) fails the same way however often it is sent. */
const isRefusal = (e: unknown) =>
  isApiError(e) && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429

const DEBOUNCE_MS = 800
const MAX_BACKOFF_MS = 30_000

/**
 * Keeps the service's copy of a draft in step with the form: ~800 ms after typing
 * stops, at once on blur or unmount, and on pagehide through `saveDraftOnUnload`
 * (which outlives the page). A failed save retries with a growing
 * wait. Only what differs from the last saved copy is sent, so an untouched form
 * never becomes a draft.
 */
export function useDraftAutosave(draftId: string, fields: CaseFields, onFirstSave: () => void) {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })
  const latest = useRef(fields)
  const savedJson = useRef(JSON.stringify(fields))
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const attempts = useRef(0)
  const stopped = useRef(false)
  const mounted = useRef(true)
  const everSaved = useRef(false)
  const firstSave = useRef(onFirstSave)
  const retry = useRef<() => Promise<void>>(async () => {})

  useEffect(() => {
    latest.current = fields
    firstSave.current = onFirstSave
  })

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current)
    // One save at a time; the next one picks up whatever changed meanwhile.
    while (inFlight.current) await inFlight.current
    if (stopped.current) return
    const snapshot = latest.current
    const json = JSON.stringify(snapshot)
    if (json === savedJson.current) return
    const run = async () => {
      if (mounted.current) setStatus({ state: 'saving' })
      try {
        const draft = await saveDraft(draftId, snapshot)
        savedJson.current = json
        attempts.current = 0
        queryClient.setQueryData(draftQueries.detail(draftId).queryKey, draft)
        void queryClient.invalidateQueries({ queryKey: draftQueries.list().queryKey })
        if (!mounted.current) return
        setStatus({ state: 'saved', at: draft.updatedAt })
        if (!everSaved.current) firstSave.current()
        everSaved.current = true
      } catch (error) {
        if (!mounted.current || stopped.current) return
        // No retry loop for a refusal: the next edit sends the draft again.
        if (isRefusal(error)) return setStatus({ state: 'refused' })
        setStatus({ state: 'retrying' })
        const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts.current++)
        timer.current = setTimeout(() => void retry.current(), wait)
      }
    }
    inFlight.current = run().finally(() => (inFlight.current = null))
    return inFlight.current
  }, [draftId, queryClient])

  useEffect(() => {
    retry.current = save
  }, [save])

  // Typing restarts the wait; the save goes once the person pauses.
  useEffect(() => {
    if (JSON.stringify(fields) === savedJson.current) return
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS)
  }, [fields, save])

  // Leaving the page or the route saves what is there now.
  useEffect(() => {
    mounted.current = true
    // A reload or a closed tab: nothing awaited would run now, so the draft as it stands
    // is handed over at once and the service saves it even after the page has gone.
    const onPageHide = () => {
      const json = JSON.stringify(latest.current)
      if (stopped.current || json === savedJson.current) return
      clearTimeout(timer.current)
      saveDraftOnUnload(draftId, latest.current)
      savedJson.current = json
    }
    // An idle sign-out waits for this save, while the session can still make it.
    const onIdleSignout = (e: Event) =>
      (e as CustomEvent<BeforeIdleSignoutDetail>).detail.waitUntil(
        // Fulfilled only when the service holds what is typed: the sign-in screen says so.
        save().then(() => {
          if (!stopped.current && JSON.stringify(latest.current) !== savedJson.current)
            throw new Error('The draft was not saved')
        }),
      )
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener(BEFORE_IDLE_SIGNOUT, onIdleSignout)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener(BEFORE_IDLE_SIGNOUT, onIdleSignout)
      mounted.current = false
      void save()
    }
  }, [save, draftId])

  /** The case was sent: no more saves; resolves once any save under way has finished. */
  const stop = useCallback(async () => {
    stopped.current = true
    clearTimeout(timer.current)
    await inFlight.current
  }, [])

  return { status, flush: save, stop }
}
