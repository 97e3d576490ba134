import { PLAN_TIME_ZONE } from '../../../domain/time-zone.ts'
import type { SaveStatus } from './use-draft-autosave.ts'

const clock = new Intl.DateTimeFormat('en-US', {
  timeZone: PLAN_TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
})

/** Where the draft stands, in words, announced politely as it changes. */
export function DraftStatus({ status }: { status: SaveStatus }) {
  return (
    <p className="draft-status" role="status">
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'saved' && (
        <>
          Draft saved <time dateTime={status.at}>{clock.format(new Date(status.at))}</time>
        </>
      )}
      {status.state === 'refused' && (
        <strong>
          Not saved: the service cannot keep the draft as it is. Check the fields; your next change
          saves it again. What you have typed stays on this page.
        </strong>
      )}
      {status.state === 'retrying' && (
        <strong>Not saved, retrying. What you have typed stays on this page.</strong>
      )}
    </p>
  )
}
