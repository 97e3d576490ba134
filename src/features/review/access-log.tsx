import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { roleLabels } from '../../api/labels.ts'
import { caseQueries } from '../../api/queries/cases.ts'
import type { AccessAction } from '../../api/schemas/access-log.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { formatInZone } from '../../domain/time-zone.ts'

const actionLabels: Record<AccessAction, string> = {
  'opened-case': 'Opened the case',
  'still-on-case': 'Still had the case open',
  'read-audit-trail': 'Read the audit trail',
  'read-pas-answer': 'Read the PAS answer',
  'read-related-cases': "Read the member's other cases",
  'pas-inquiry': 'PAS inquiry',
  'read-access-log': 'Read this access log',
  'read-letters': 'Read the issued letters',
  'looked-up-member': 'Looked up enrollment',
}

/**
 * "Who opened this case": every read of the case, for a medical director. Asked for,
 * not loaded with the page: reading the log is itself a read the log records.
 */
export function AccessLogPanel({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const [shown, setShown] = useState(false)
  const log = useQuery({ ...caseQueries.accessLog(caseId), enabled: shown })
  return (
    <section className="audit-trail" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">Who opened this case</h2>
      {!shown && (
        <button type="button" onClick={() => setShown(true)}>
          Show the access log
        </button>
      )}
      {shown && log.isPending && <Loading label="Loading the access log…" />}
      {log.isError && <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && (
        <table>
          <caption>Every read of this case, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {log.data.items.map((e, i) => (
              <tr key={`${e.at} ${i}`}>
                <td>
                  <time dateTime={e.at}>{formatInZone(new Date(e.at), timeZone)}</time>
                </td>
                <td>
                  {e.actor.name}, {e.actor.role ? roleLabels[e.actor.role] : 'client system'}
                </td>
                <td>{actionLabels[e.action]}</td>
                <td>{e.address}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
