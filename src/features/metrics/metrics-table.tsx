import { Link } from 'react-router'
import type { MetricsReport } from '../../api/schemas/metrics.ts'
import { formatValue, worklistHref } from './metric-words.ts'

/** Each figure with its numerator and denominator in words and a link to its cases. */
export function MetricsTable({ report }: { report: MetricsReport }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="metrics-table-caption" tabIndex={0}>
      <table className="table metrics-table">
        <caption id="metrics-table-caption">Prior authorization figures, {report.year}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Out of</th>
            <th scope="col">Cases</th>
          </tr>
        </thead>
        <tbody>
          {report.figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label}</th>
              <td>{formatValue(f)}</td>
              <td>
                {f.numeratorWords}, of {f.denominatorWords}
                {f.note && <span className="hint">{f.note}</span>}
              </td>
              <td>
                {f.link && f.denominator > 0 ? (
                  <Link to={worklistHref(f.link)} aria-label={`Cases behind: ${f.label}`}>
                    Open the cases
                  </Link>
                ) : (
                  'No cases'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
