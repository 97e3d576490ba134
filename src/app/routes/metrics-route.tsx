import { useSearchParams } from 'react-router'
import type { MetricsQuery } from '../../api/queries/metrics.ts'
import { lineOfBusiness, type LineOfBusiness } from '../../api/schemas/case-fields.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { PLAN_TIME_ZONE, zonedDate } from '../../domain/time-zone.ts'
import { MetricsPage } from '../../features/metrics/metrics-page.tsx'
import { useAuth } from '../auth-context.ts'

/** The years offered: this plan-time year and the four before it. */
function recentYears(): number[] {
  const thisYear = Number(zonedDate(new Date(), PLAN_TIME_ZONE).slice(0, 4))
  return Array.from({ length: 5 }, (_, i) => thisYear - i)
}

/** /metrics?year=&lineOfBusiness=: medical directors only; anyone else gets a 403 page. */
export default function MetricsRoute() {
  const { user } = useAuth()
  const [search, setSearch] = useSearchParams()
  if (user?.role !== 'medical-director')
    return (
      <>
        <PageHeader title="Not allowed" error />
        <p>
          403: the prior authorization metrics are for medical directors. Sign in as a medical
          director to see them.
        </p>
      </>
    )
  const years = recentYears()
  const asked = Number(search.get('year'))
  const lob = search.get('lineOfBusiness')
  const query: MetricsQuery = {
    year: years.includes(asked) ? asked : years[0]!,
    lineOfBusiness: lineOfBusiness.options.includes(lob as LineOfBusiness)
      ? (lob as LineOfBusiness)
      : null,
  }
  const change = (next: MetricsQuery) => {
    const params = new URLSearchParams({ year: String(next.year) })
    if (next.lineOfBusiness) params.set('lineOfBusiness', next.lineOfBusiness)
    setSearch(params)
  }
  return (
    <>
      <PageHeader title="Prior authorization metrics" />
      <MetricsPage query={query} years={years} onChange={change} />
    </>
  )
}
