import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../api/api-error.ts'
import { draftQueries, saveDraft, saveDraftOnUnload } from '../../../api/queries/drafts.ts'
import type { CaseFields } from '../../../api/schemas/case-fields.ts'
import type { Draft } from '../../../api/schemas/draft.ts'
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
 * (which outlives the page). Each save is a mutation in one scope per draft, so saves
 * run one at a time in order; each sends the form as it is when its turn comes, so a
 * save queued behind a slow one sends only what is still unsaved. A failed save retries
 * with a growing wait (the mutation's retry rule); a refusal waits for the next edit.
 * Only what differs from the last saved copy is sent, so an untouched form never
 * becomes a draft.
 */
export function useDraftAutosave(draftId: string, fields: CaseFields, onFirstSave: () => void) {
  const queryClient = useQueryClient()
  const [settled, setSettled] = useState<SaveStatus>({ state: 'idle' })
  const latest = useRef(fields)
  const savedJson = useRef(JSON.stringify(fields))
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined)
  // The request on the wire, if any: `stop` waits for it, not for a retry's wait.
  const sending = useRef<Promise<Draft> | null>(null)
  const stopped = useRef(false)
  const mounted = useRef(true)
  const firstSave = useRef(onFirstSave)

  useEffect(() => {
    latest.current = fields
    firstSave.current = onFirstSave
  })

  const mutationKey = ['draft-save', draftId]
  const { mutateAsync } = useMutation({
    mutationKey,
    scope: { id: `draft-save:${draftId}` },
    // An offline browser still gets "Not saved, retrying", not a save that waits unseen.
    networkMode: 'always',
    mutationFn: async (): Promise<Draft | null> => {
      if (stopped.current) return null
      const snapshot = latest.current
      const json = JSON.stringify(snapshot)
      if (json === savedJson.current) return null
      sending.current = saveDraft(draftId, snapshot)
      try {
        const draft = await sending.current
        savedJson.current = json
        return draft
      } finally {
        sending.current = null
      }
    },
    // Retry until it is saved, except a refusal, a sent case or a form that has gone.
    retry: (_count, error) => mounted.current && !stopped.current && !isRefusal(error),
    retryDelay: (count) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** count),
    onSuccess: (draft) => {
      if (!draft) return
      const detailKey = draftQueries.detail(draftId).queryKey
      const first = queryClient.getQueryData(detailKey) === undefined
      queryClient.setQueryData(detailKey, draft)
      void queryClient.invalidateQueries({ queryKey: draftQueries.list().queryKey })
      setSettled({ state: 'saved', at: draft.updatedAt })
      if (first && mounted.current) firstSave.current()
    },
    onError: (error) => {
      // No retry loop for a refusal: the next edit sends the draft again.
      if (isRefusal(error)) setSettled({ state: 'refused' })
    },
  })

  // The save under way, if any (a queued one waits its turn and says nothing yet).
  const running = useMutationState({
    filters: { mutationKey, status: 'pending', predicate: (m) => !m.state.isPaused },
    select: (m) => m.state.failureCount,
  })
  const status: SaveStatus =
    running.length === 0
      ? settled
      : running.some((failures) => failures > 0)
        ? { state: 'retrying' }
        : { state: 'saving' }

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(debounce.current)
    if (stopped.current || JSON.stringify(latest.current) === savedJson.current) return
    await mutateAsync().then(
      () => undefined,
      () => undefined,
    )
  }, [mutateAsync])

  // Typing restarts the wait; the save goes once the person pauses.
  useEffect(() => {
    if (JSON.stringify(fields) === savedJson.current) return
    clearTimeout(debounce.current)
    debounce.current = setTimeout(() => void save(), DEBOUNCE_MS)
  }, [fields, save])

  // Leaving the page or the route saves what is there now.
  useEffect(() => {
    mounted.current = true
    // A reload or a closed tab: nothing awaited would run now, so the draft as it stands
    // is handed over at once and the service saves it even after the page has gone.
    const onPageHide = () => {
      const json = JSON.stringify(latest.current)
      if (stopped.current || json === savedJson.current) return
      clearTimeout(debounce.current)
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

  /** The case was sent: no more saves; resolves once a request on the wire has finished. */
  const stop = useCallback(async () => {
    stopped.current = true
    clearTimeout(debounce.current)
    await sending.current?.catch(() => undefined)
  }, [])

  return { status, flush: save, stop }
}
