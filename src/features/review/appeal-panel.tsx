import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { caseQueries } from '../../api/queries/cases.ts'
import type { User } from '../../api/schemas/user.ts'
import { QueryView } from '../../components/query-view.tsx'
import { clockRuns } from '../../domain/case-status.ts'
import { AppealDecisionForm, type AppealDecided } from './appeal-decision-form.tsx'
import { AppealForm } from './appeal-form.tsx'
import { AppealSummary } from './appeal-summary.tsx'

/**
 * The appeal (reconsideration) of a denial on the case page: a way to record one on a
 * denied case, the appeal with its own clock, and the decision form for a medical
 * director other than the one who denied (the service refuses that one with a 403;
 * here the form is not offered to them at all).
 */
export function AppealPanel({ caseId, user }: { caseId: string; user: User }) {
  const detail = useQuery(caseQueries.detail(caseId))
  const [recording, setRecording] = useState(false)
  const [decided, setDecided] = useState<AppealDecided | null>(null)
  const recorded = useRef<HTMLDivElement>(null)
  // Once recorded, the form is gone: focus goes to what happened, not to the page's top.
  useEffect(() => {
    if (decided) recorded.current?.focus()
  }, [decided])
  // The same when the appeal itself is recorded; a cancel goes back to the button.
  const [formDone, setFormDone] = useState<{ recorded: boolean } | null>(null)
  const logged = useRef<HTMLDivElement>(null)
  const recordButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (formDone) (formDone.recorded ? logged : recordButton).current?.focus()
  }, [formDone])
  return (
    <QueryView query={detail} loading="Loading the appeal…">
      {(c) => {
        const appeal = c.appeal
        const denial = [...c.decisions].reverse().find((d) => d.action === 'deny')
        if (!appeal && (c.status !== 'denied' || !denial)) return null
        return (
          <section className="decision-panel appeal-panel" aria-labelledby="appeal-heading">
            <h2 id="appeal-heading">Appeal</h2>
            {!appeal &&
              denial &&
              (recording ? (
                <AppealForm
                  caseId={c.id}
                  deniedAt={denial.decidedAt}
                  onDone={(done) => {
                    setRecording(false)
                    setFormDone({ recorded: done })
                  }}
                />
              ) : (
                <>
                  <p>No appeal has been received for this denial.</p>
                  <button
                    ref={recordButton}
                    type="button"
                    className="button button--secondary"
                    onClick={() => setRecording(true)}
                  >
                    Record an appeal
                  </button>
                </>
              ))}
            {formDone?.recorded && !decided && (
              <div ref={logged} tabIndex={-1} className="notice notice--success" role="status">
                <p>Appeal recorded. Its own clock runs from when it was received.</p>
              </div>
            )}
            {decided && (
              <div ref={recorded} tabIndex={-1} className="notice notice--success" role="status">
                {/* From the service's answer, not the case as cached: the words never change
                    after they are announced, whenever the case's refresh lands. */}
                <p>
                  Appeal decision recorded.{' '}
                  {decided.action === 'approve'
                    ? 'The case is approved on appeal.'
                    : decided.status === 'forwarded-to-independent-review'
                      ? 'The denial is upheld and the case is forwarded to independent review.'
                      : 'The denial is upheld.'}{' '}
                  The appeal notices are issued.
                </p>
              </div>
            )}
            {appeal && <AppealSummary caseId={c.id} status={c.status} appeal={appeal} live />}
            {appeal &&
              clockRuns(c.status, 'appeal') &&
              (user.id === appeal.deniedBy.id ? (
                <p>
                  You made the denial, so a different medical director decides its appeal (
                  {appeal.assignedTo.name}).
                </p>
              ) : user.role === 'medical-director' ? (
                <AppealDecisionForm
                  caseId={c.id}
                  etag={c.etag}
                  determination={c.determination}
                  medicareAdvantage={c.input.lineOfBusiness === 'medicare-advantage'}
                  onDecided={setDecided}
                />
              ) : (
                <p>
                  This appeal awaits a decision by {appeal.assignedTo.name}, a medical director.
                </p>
              ))}
          </section>
        )
      }}
    </QueryView>
  )
}
