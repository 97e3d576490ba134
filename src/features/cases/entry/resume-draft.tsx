import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { draftQueries } from '../../../api/queries/drafts.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { ErrorMessage, Loading } from '../../../components/query-state.tsx'
import { CaseEntryForm } from './case-entry-form.tsx'
import { useStillWorking } from '../../../components/use-still-working.ts'

/** Reads a saved draft from the service, then opens the form exactly as it was left. */
export function ResumeDraft({ draftId }: { draftId: string }) {
  const draft = useQuery(draftQueries.detail(draftId))
  const slow = useStillWorking(draft.isPending)
  if (draft.isPending) {
    return (
      <>
        <PageHeader title="New case" />
        <Loading label={slow ? 'Still working… opening your draft.' : 'Opening your draft…'} />
      </>
    )
  }
  // Once open, the form is the truth: a failed refetch (say, after "Reset demo data"
  // removed the draft) must not take the typing away; the next save puts it back.
  if (draft.data)
    return <CaseEntryForm draftId={draftId} initial={draft.data.fields} onFirstSave={() => {}} />
  if (draft.isError) {
    return (
      <>
        <PageHeader title="New case" />
        <ErrorMessage
          error={draft.error}
          title="Your draft could not be opened"
          onRetry={() => void draft.refetch()}
        />
        <p>
          <Link to="/cases/new">Start a new case instead</Link>
        </p>
      </>
    )
  }
  return null
}
