import { useParams } from 'react-router'
import { NoticePage } from '../../features/review/notices/notice-page.tsx'

export default function ProviderNoticeRoute() {
  const { caseId = '' } = useParams()
  return <NoticePage caseId={caseId} audience="provider" />
}
