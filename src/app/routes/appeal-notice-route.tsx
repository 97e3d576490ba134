import { useParams } from 'react-router'
import { AppealNoticePage } from '../../features/review/notices/appeal-notice-page.tsx'
import NotFoundRoute from './not-found-route.tsx'

/** `/cases/:caseId/notices/appeal/member` and `/provider`: the appeal decision's notices. */
export default function AppealNoticeRoute() {
  const { caseId = '', audience } = useParams()
  if (audience !== 'member' && audience !== 'provider') return <NotFoundRoute />
  return <AppealNoticePage caseId={caseId} audience={audience} />
}
