import { PLAN_TIME_ZONE } from '../../domain/time-zone.ts'
import type { DecisionDraftStatus } from './use-decision-draft.ts'

const clock = new Intl.DateTimeFormat('en-US', {
  timeZone: PLAN_TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
})
const at = (iso: string) => <time dateTime={iso}>{clock.format(new Date(iso))}</time>

/** Where the unsent decision stands, in words; "saved" only once the service has it. */
export function DecisionDraftStatusLine({ status }: { status: DecisionDraftStatus }) {
  return (
    <p className="draft-status hint" role="status">
      {status.state === 'saving' && 'Saving your unsent decision…'}
      {status.state === 'saved' && <>Unsent decision saved {at(status.at)}</>}
      {status.state === 'restored' && (
        <>Your unsent decision from {at(status.at)} is back in the form. It is not sent yet.</>
      )}
      {status.state === 'not-saved' && (
        <strong>Your unsent decision is not saved. What you typed stays on this page.</strong>
      )}
    </p>
  )
}
