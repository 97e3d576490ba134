import type { MetricsReport } from '../../api/schemas/metrics.ts'
import { BarChart } from './bar-chart.tsx'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/** Decisions per month and time to decision, each with a text alternative and its table. */
export function MetricsCharts({ report }: { report: MetricsReport }) {
  const approved = report.monthly.map((m) => m.approved)
  const denied = report.monthly.map((m) => m.denied)
  const busiest = report.monthly.reduce(
    (best, m, i) => (m.approved + m.denied > best.n ? { n: m.approved + m.denied, i } : best),
    { n: 0, i: -1 },
  )
  const standard = report.distribution.map((d) => d.standard)
  const expedited = report.distribution.map((d) => d.expedited)
  return (
    <div className="metrics-charts">
      <BarChart
        id="chart-monthly"
        title={`First decisions per month, ${report.year}`}
        description={`${sum(approved)} approved and ${sum(denied)} denied in the year${busiest.i >= 0 ? `; the busiest month was ${MONTHS[busiest.i]} with ${busiest.n}` : ''}. The table below the chart lists every month.`}
        categories={MONTHS}
        series={[
          { name: 'Approved', values: approved, className: 'chart__bar--approved' },
          { name: 'Denied', values: denied, className: 'chart__bar--denied' },
        ]}
      />
      <BarChart
        id="chart-distribution"
        title="Time from receipt to decision"
        description={`Standard requests by band: ${report.distribution.map((d) => `${d.label} ${d.standard}`).join(', ')}. Expedited: ${report.distribution.map((d) => `${d.label} ${d.expedited}`).join(', ')}.`}
        categories={report.distribution.map((d) => d.label)}
        series={[
          { name: 'Standard', values: standard, className: 'chart__bar--standard' },
          { name: 'Expedited', values: expedited, className: 'chart__bar--expedited' },
        ]}
      />
    </div>
  )
}
