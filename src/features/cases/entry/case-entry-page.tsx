import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { CaseEntryForm } from './case-entry-form.tsx'
import { MyDrafts } from './my-drafts.tsx'
import { newCaseFields } from './new-case-fields.ts'
import { ResumeDraft } from './resume-draft.tsx'
import './case-entry.css'

/**
 * `/cases/new` starts a case; `/cases/new?draft=<id>` resumes one. The draft id is opaque
 * and made here; it goes into the address once the service has the draft, so a reload
 * or the back button finds it again.
 */
export function CaseEntryPage() {
  const [params, setParams] = useSearchParams()
  const param = params.get('draft')
  const [fresh, setFresh] = useState(() => ({ id: crypto.randomUUID(), seenParam: param }))
  // Back at a bare /cases/new (the "New case" link) after a draft: start another one.
  if (fresh.seenParam !== param) {
    setFresh({ id: param === null ? crypto.randomUUID() : fresh.id, seenParam: param })
  }
  const draftId = param ?? fresh.id
  const resuming = param !== null && param !== fresh.id

  return (
    <div className="case-entry">
      <div className="case-entry__form">
        {resuming ? (
          <ResumeDraft key={draftId} draftId={draftId} />
        ) : (
          <CaseEntryForm
            key={draftId}
            draftId={draftId}
            initial={newCaseFields()}
            onFirstSave={() => setParams({ draft: draftId }, { replace: true })}
          />
        )}
      </div>
      <div className="case-entry__drafts">
        <MyDrafts currentDraftId={draftId} />
      </div>
    </div>
  )
}
