import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { lineOfBusinessLabels } from '../../api/labels.ts'
import { metricsQueries, type MetricsQuery } from '../../api/queries/metrics.ts'
import type { LineOfBusiness } from '../../api/schemas/case-fields.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { CsvDownload } from './csv-download.tsx'
import { MetricsCharts } from './metrics-charts.tsx'
import { MetricsTable } from './metrics-table.tsx'
import { PriorAuthorizationList } from './prior-auth-list.tsx'
import './metrics.css'

/**
 * The CMS-0057-F figures for a year and a line of business, as the service computed
 * them: the table (with words, links and a CSV), then the pictures.
 */
export function MetricsPage({
  query,
  years,
  onChange,
}: {
  query: MetricsQuery
  years: number[]
  onChange: (next: MetricsQuery) => void
}) {
  const report = useQuery({ ...metricsQueries.report(query), placeholderData: keepPreviousData })
  return (
    <div className="metrics">
      <form
        className="metrics__controls"
        aria-label="Choose the figures"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label className="field__label" htmlFor="metrics-year">
            Year of decision
          </label>
          <select
            id="metrics-year"
            className="select"
            value={query.year}
            onChange={(e) => onChange({ ...query, year: Number(e.target.value) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="metrics-lob">
            Line of business
          </label>
          <select
            id="metrics-lob"
            className="select"
            value={query.lineOfBusiness ?? ''}
            onChange={(e) =>
              onChange({
                ...query,
                lineOfBusiness: (e.target.value || null) as LineOfBusiness | null,
              })
            }
          >
            <option value="">All lines of business</option>
            {(Object.keys(lineOfBusinessLabels) as LineOfBusiness[]).map((l) => (
              <option key={l} value={l}>
                {lineOfBusinessLabels[l]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {report.isPending && <Loading label="Computing the figures…" />}
      {report.isError && (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.data && (
        <>
          <p className="hint">
            Decided requests only, counted in the year of their first decision (a pended case counts
            once decided). Source: {report.data.source}
          </p>
          <MetricsTable report={report.data} />
          <PriorAuthorizationList report={report.data} />
          <p className="button-row">
            <CsvDownload report={report.data} />
          </p>
          <MetricsCharts report={report.data} />
        </>
      )}
    </div>
  )
}
