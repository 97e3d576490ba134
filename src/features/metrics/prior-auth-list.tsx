import type { MetricsReport } from '../../api/schemas/metrics.ts'

/** Item (1) of 42 CFR 422.122(c): the items and services that need prior authorization. */
export function PriorAuthorizationList({ report }: { report: MetricsReport }) {
  const items = report.priorAuthorizationList
  return (
    // Not a named landmark: the table's scrolling region below carries the same name, and
    // two landmarks of one name cannot be told apart (axe landmark-unique).
    <section>
      <h2>Items and services that need prior authorization</h2>
      <p className="hint">
        Every service code a criteria policy in the library lists: a request for one of these is
        reviewed against that policy. CPT descriptions are licensed by the AMA and are not shown.
      </p>
      {items.length === 0 ? (
        <p>No policy in the library lists a service code.</p>
      ) : (
        <div
          className="table-wrap"
          role="region"
          aria-labelledby="prior-auth-list-caption"
          tabIndex={0}
        >
          <table className="table">
            <caption id="prior-auth-list-caption">
              Items and services that need prior authorization
            </caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Code set</th>
                <th scope="col">Description</th>
                <th scope="col">Criteria policy</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code}>
                  <th scope="row">{item.code}</th>
                  <td>{item.system}</td>
                  <td>{item.description ?? 'Not shown (AMA-licensed)'}</td>
                  <td>{item.policies.map((p) => p.title).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
