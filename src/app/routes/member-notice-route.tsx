import { useParams } from 'react-router'
import { NoticePage } from '../../features/review/notices/notice-page.tsx'

export default function MemberNoticeRoute() {
  const { caseId = '' } = useParams()
  return <NoticePage caseId={caseId} audience="member" />
}
