import type { Decision } from '../../api/schemas/case.ts'
import { formatInZone } from '../../domain/time-zone.ts'
import { deciderLine } from '../../letters/decider.ts'
import { Row } from './decision-words.tsx'

const at = (iso: string, zone: string) => (
  <time dateTime={iso}>{formatInZone(new Date(iso), zone)}</time>
)

/**
 * Who and when: the decider as recorded, when they decided, when the notices went out
 * (the turnaround clock stops there) and whether that was by the due time.
 */
export function DecisionTiming({
  decision: d,
  dueAt,
  timeZone,
  askLimit,
}: {
  decision: Decision
  dueAt: string
  timeZone: string
  /** The case's ask-for-information limit (RCW 48.43.830), when its rule sets one. */
  askLimit?: string
}) {
  const allowed = askLimit ? ` (${askLimit} under RCW 48.43.830)` : ' under RCW 48.43.830'
  return (
    <>
      <Row term="Decided by">{deciderLine(d.decidedBy)}</Row>
      <Row term="Decided">{at(d.decidedAt, timeZone)}</Row>
      {d.noticesIssuedAt && <Row term="Notices issued">{at(d.noticesIssuedAt, timeZone)}</Row>}
      {d.onTime !== null && (
        <Row term="Against the due time">
          <span className={d.onTime ? undefined : 'late-flag'}>
            {d.onTime ? 'On time' : 'Late'}: due {at(dueAt, timeZone)}
          </span>
        </Row>
      )}
      {d.pendLate !== null && (
        <Row term="Information asked for">
          <span className={d.pendLate ? 'late-flag' : undefined}>
            {d.pendLate
              ? `Late: after the time allowed${allowed}`
              : `Within the time allowed${allowed}`}
          </span>
        </Row>
      )}
    </>
  )
}
