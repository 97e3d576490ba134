import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router'
import { caseQueries } from '../api/queries/cases.ts'
import { recordReading } from '../api/queries/reading.ts'
import type { ReadingInput } from '../api/schemas/reading.ts'
import { useAuth } from './auth-context.ts'

/** The search parameter that carries the opaque case id from the case page's links. */
export const readingCaseParam = 'case'

/**
 * When a medical director arrives from a case page (`?case=<opaque id>`) at a policy
 * section or an evidence row, the service records it for the decision record. Once per
 * thing per visit; a failure is not the reader's problem, so it is not shown. The case
 * page's reading panel, which reads beside the case without leaving it, names its case.
 */
export function useRecordReading(target: ReadingInput | null, fromCase?: string) {
  const [search] = useSearchParams()
  const caseId = fromCase ?? search.get(readingCaseParam)
  const { user } = useAuth()
  const queryClient = useQueryClient()
  const sent = useRef(new Set<string>())
  const isDirector = user?.role === 'medical-director'
  const key = target && caseId ? `${caseId}|${target.kind}|${target.id}` : null
  useEffect(() => {
    if (!isDirector || !key || !target || !caseId || sent.current.has(key)) return
    sent.current.add(key)
    recordReading(caseId, target).then(
      () => void queryClient.invalidateQueries({ queryKey: caseQueries.audit(caseId).queryKey }),
      () => sent.current.delete(key),
    )
    // `target` is rebuilt each render; `key` says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isDirector, key, caseId, queryClient])
}
