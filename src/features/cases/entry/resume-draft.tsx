import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { draftQueries } from '../../../api/queries/drafts.ts'
import { QueryView } from '../../../components/query-view.tsx'
import { CaseEntryForm } from './case-entry-form.tsx'

/** Reads a saved draft from the service, then opens the form exactly as it was left. */
export function ResumeDraft({ draftId }: { draftId: string }) {
  const draft = useQuery(draftQueries.detail(draftId))
  return (
    <QueryView
      query={draft}
      title="New case"
      loading="Opening your draft…"
      slow="Still working… opening your draft."
      errorTitle="Your draft could not be opened"
      afterError={
        <p>
          <Link to="/cases/new">Start a new case instead</Link>
        </p>
      }
      // Once open, the form is the truth: a failed refetch (say, after "Reset demo data"
      // removed the draft) must not take the typing away; the next save puts it back.
      keepDataOnError
    >
      {(data) => <CaseEntryForm draftId={draftId} initial={data.fields} onFirstSave={() => {}} />}
    </QueryView>
  )
}
