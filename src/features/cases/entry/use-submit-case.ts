import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { isApiError } from '../../../api/api-error.ts'
import { caseQueries, postCase } from '../../../api/queries/cases.ts'
import { deleteDraft, draftQueries } from '../../../api/queries/drafts.ts'
import type { CaseFields, CaseInput } from '../../../api/schemas/case-fields.ts'
import { arrivalState } from '../../../components/arrival-focus.ts'

/**
 * Sends the case once. The Idempotency-Key lives in a ref: a double click or a retry
 * after a lost answer repeats the same key, so the service creates one case; any edit
 * renews it, because an edited case is a different request.
 */
export function useSubmitCase(
  draftId: string,
  fields: CaseFields,
  onInvalid: (fieldErrors: Record<string, string[]>) => void,
) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const key = useRef<string | null>(null)
  const sending = useRef(false)
  const stopAutosave = useRef<() => Promise<void>>(async () => {})
  const invalid = useRef(onInvalid)
  useEffect(() => {
    invalid.current = onInvalid
  })

  const mutation = useMutation({
    mutationFn: (input: CaseInput) => {
      key.current ??= crypto.randomUUID()
      return postCase(input, key.current)
    },
    onSuccess: (created) => {
      // The draft has become a case: autosave stops at once (a late save would bring it
      // back), and the draft is removed while the case page is already showing.
      const stopped = stopAutosave.current()
      void stopped
        .then(() => deleteDraft(draftId))
        .catch(() => {
          // A draft that was never saved, or is already gone: nothing to remove.
        })
        .finally(() => void queryClient.invalidateQueries({ queryKey: draftQueries.all() }))
      // The answer is the case itself: the case page shows it without asking again.
      queryClient.setQueryData(caseQueries.detail(created.id).queryKey, created)
      void queryClient.invalidateQueries({ queryKey: caseQueries.lists() })
      navigate(`/cases/${encodeURIComponent(created.id)}`, {
        state: arrivalState({ created: true }),
      })
    },
    onError: (error) => {
      // A 400 names fields: its messages go to those fields, like the form's own.
      if (isApiError(error) && error.status === 400 && Object.keys(error.fieldErrors).length)
        invalid.current(error.fieldErrors)
    },
    onSettled: () => {
      sending.current = false
    },
  })

  // Any edit makes a new request, so the next submit gets a new key.
  useEffect(() => {
    key.current = null
  }, [fields])

  const { mutate } = mutation
  const submit = useCallback(
    (input: CaseInput, stop: () => Promise<void>) => {
      stopAutosave.current = stop
      // The ref closes the gap between a click and the re-render that disables the button.
      if (sending.current) return
      sending.current = true
      mutate(input)
    },
    [mutate],
  )

  return { submit, mutation }
}
