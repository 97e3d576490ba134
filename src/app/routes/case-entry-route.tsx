import { CaseEntryPage } from '../../features/cases/entry/case-entry-page.tsx'

export default function CaseEntryRoute() {
  return <CaseEntryPage />
}
