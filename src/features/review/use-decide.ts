import { useMutation, useQueryClient } from '@tanstack/react-query'
import { caseQueries, decideCase } from '../../api/queries/cases.ts'
import type { DecisionInput } from '../../api/schemas/case.ts'

/**
 * Sends a decision with the version the user read (If-Match). Success or not, every
 * case read is refreshed (the worklist, the case, its audit trail): after a 412 the
 * screen must show the case as it now is, and after a decision its new state.
 * The mutation stays pending until the refetch lands, so the screen never shows
 * the old state as if the decision had not happened.
 */
export function useDecide(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ input, etag }: { input: DecisionInput; etag: string }) =>
      decideCase(caseId, input, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueries.all() }),
  })
}
