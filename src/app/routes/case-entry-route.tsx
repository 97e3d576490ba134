import { useEffect } from 'react'
import { CaseEntryPage } from '../../features/cases/entry/case-entry-page.tsx'

export default function CaseEntryRoute() {
  // Where a submitted case goes next: fetch that screen's code while the form is filled in.
  useEffect(() => {
    void import('./case-detail-route.tsx')
  }, [])
  return <CaseEntryPage />
}
