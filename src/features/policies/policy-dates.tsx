import { Fragment } from 'react'
import type { PolicyDetail } from '../../api/schemas/policy.ts'
import { TableRegion } from '../../components/table-region.tsx'

type Props = { dates: PolicyDetail['dates']; committees: PolicyDetail['committees'] }

/**
 * The source's dates table: each review date keeps its committee as a superscript
 * abbreviation, expanded by <abbr title> and by the legend printed below it.
 */
export function PolicyDates({ dates, committees }: Props) {
  const names = new Map(committees.map((c) => [c.abbreviation, c.name]))
  return (
    <>
      <TableRegion label="Dates table">
        <table className="table dates-table" aria-labelledby="dates-heading">
          <thead>
            <tr>
              {dates.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{dates.created}</td>
              <td>
                {dates.reviewed.map((r, i) => (
                  <Fragment key={r.date}>
                    {i > 0 && ', '}
                    <span className="review-date">
                      <time dateTime={r.date}>{r.asWritten}</time>{' '}
                      <sup>
                        <abbr title={names.get(r.committee)}>{r.committee}</abbr>
                      </sup>
                    </span>
                  </Fragment>
                ))}
              </td>
              <td>
                <time dateTime={dates.lastRevisedDate}>{dates.lastRevised}</time>
              </td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
      <h3 id="committees-heading">Committees</h3>
      <dl className="committee-legend">
        {committees.map((c) => (
          <div key={c.abbreviation}>
            <dt>
              <sup>{c.abbreviation}</sup>
            </dt>
            <dd>{c.name}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
