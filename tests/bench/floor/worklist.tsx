import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { CaseList } from '../../../src/api/schemas/case.ts'

/**
 * The floor of the worklist: fetch the same first page of 50 the app's service answered
 * (saved by the bench as JSON), render it as a table; the status checkbox fetches the
 * filtered page the app gets and renders that. No validation, no router, no cache.
 */
const load = (name: string) =>
  fetch(`./data/${name}.json`).then((r) => r.json() as Promise<CaseList>)

function Worklist() {
  const [list, setList] = useState<CaseList | null>(null)
  const [pending, setPending] = useState(false)
  useEffect(() => {
    void load(pending ? 'worklist-filtered' : 'worklist').then(setList)
  }, [pending])
  return (
    <main>
      <h1>Worklist</h1>
      <label>
        <input type="checkbox" checked={pending} onChange={(e) => setPending(e.target.checked)} />
        Pending medical director review
      </label>
      {list && (
        <table>
          <caption>{list.total.toLocaleString('en-US')} cases</caption>
          <thead>
            <tr>
              {['Reference', 'Status', 'Member', 'Service', 'Plan', 'Urgency', 'Due'].map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={`#${c.id}`}>{c.reference}</a>
                </td>
                <td>{c.status}</td>
                <td>{c.memberIdMasked}</td>
                <td>
                  {c.serviceCode} {c.serviceDescription}
                </td>
                <td>{c.lineOfBusiness}</td>
                <td>{c.urgency}</td>
                <td>{new Date(c.dueAt).toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Worklist />
  </StrictMode>,
)
