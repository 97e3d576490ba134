import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { deleteDraft, draftQueries } from '../../../api/queries/drafts.ts'
import type { DraftSummary } from '../../../api/schemas/draft.ts'
import { ErrorMessage, Loading } from '../../../components/query-state.tsx'
import { formatInZone, PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'

/**
 * The signed-in user's drafts, newest first, each with a link that resumes it. Drafts are
 * not cases: they have no status. The draft open in the form now cannot be deleted here,
 * since the form would save it again.
 */
export function MyDrafts({ currentDraftId }: { currentDraftId?: string }) {
  const queryClient = useQueryClient()
  const drafts = useQuery(draftQueries.list())
  const remove = useMutation({
    mutationFn: (id: string) => deleteDraft(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: draftQueries.all() }),
  })
  return (
    <section aria-labelledby="my-drafts-heading" className="my-drafts">
      <h2 id="my-drafts-heading">My drafts</h2>
      {drafts.isPending && <Loading label="Loading your drafts…" />}
      {drafts.isError && (
        <ErrorMessage error={drafts.error} onRetry={() => void drafts.refetch()} />
      )}
      {drafts.data?.items.length === 0 && <p>You have no drafts.</p>}
      {drafts.data && drafts.data.items.length > 0 && (
        <ul className="my-drafts__list">
          {drafts.data.items.map((d) => (
            <li key={d.id}>
              <Link to={`/cases/new?draft=${encodeURIComponent(d.id)}`}>{draftName(d)}</Link>
              <span className="hint">
                Saved{' '}
                <time dateTime={d.updatedAt}>
                  {formatInZone(new Date(d.updatedAt), PLAN_TIME_ZONE)}
                </time>
              </span>
              {d.id === currentDraftId ? (
                <span className="hint">Open in the form now</span>
              ) : (
                <button
                  type="button"
                  className="button button--link"
                  disabled={remove.isPending && remove.variables === d.id}
                  onClick={() => remove.mutate(d.id)}
                >
                  Delete <span className="visually-hidden">draft {draftName(d)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="hint">
        {remove.isError ? 'The draft could not be deleted. Try again.' : ''}
        {remove.isSuccess ? 'Draft deleted.' : ''}
      </p>
    </section>
  )
}

/** Masked member id and service code: enough to tell drafts apart, nothing more. */
function draftName(d: DraftSummary) {
  const member = d.memberIdMasked.replace(/•/g, '')
    ? `Member ${d.memberIdMasked}`
    : 'No member ID yet'
  return `${member}, ${d.serviceCode.trim() || 'no service code yet'}`
}
