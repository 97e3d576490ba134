import { useQuery } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { describeError, isApiError } from '../../api/api-error.ts'
import { caseQueries } from '../../api/queries/cases.ts'
import type { Determination, StoredCase } from '../../api/schemas/case.ts'
import type { User } from '../../api/schemas/user.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { decidingRef } from '../../domain/decision-criteria.ts'
import { allowedActions, isFinal, needsTakeOver } from '../../domain/decision-rules.ts'
import { ConfirmDecision } from './confirm-decision.tsx'
import { DecisionForm } from './decision-form.tsx'
import {
  emptyDecision,
  fieldMessages,
  toDecisionInput,
  validateDecision,
  type DecisionErrors,
  type DecisionValues,
} from './decision-form-values.ts'
import { DecisionNotice, type DecisionAttempt } from './decision-notice.tsx'
import { DecisionRecord } from './decision-record.tsx'
import { NextCase } from './next-case.tsx'
import { useDecide } from './use-decide.ts'
import { useDecisionDraft } from './use-decision-draft.ts'
import { DecisionDraftStatusLine } from './decision-draft-status.tsx'
import './review.css'

/** Who made the case's latest decision, the appeal's included. */
const lastDeciderId = (c: StoredCase) =>
  (c.appeal?.decision ?? c.decisions.at(-1))?.decidedBy.id ?? null

const emptyDecisionFor = (c: { determination: Determination } | undefined) =>
  emptyDecision(c ? (decidingRef(c.determination)?.rowId ?? '') : '')

/**
 * The decision on the case page: earlier decisions (a pend), then the form for those
 * who may decide, or a sentence for those who may not. The typed values live here,
 * above the form, so no error (a conflict, a refusal, a lost connection) loses them.
 */
export function DecisionPanel({ caseId, user }: { caseId: string; user: User }) {
  const detail = useQuery(caseQueries.detail(caseId))
  const decide = useDecide(caseId)
  const [values, setValues] = useState<DecisionValues | null>(null)
  // The whole form state is kept with the service, so an idle sign-out loses nothing.
  const draft = useDecisionDraft(caseId, values, (kept) =>
    setValues((v) => ({ ...(v ?? emptyDecisionFor(detail.data)), ...kept }) as DecisionValues),
  )
  const [errors, setErrors] = useState<DecisionErrors>({})
  const [focusKey, setFocusKey] = useState(0)
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<DecisionAttempt | null>(null)
  // The version the user read when they began: a change after that is a 412, not a silent overwrite.
  const [pinnedEtag, setPinnedEtag] = useState<string | null>(null)
  // Two clicks in one task both run before React re-renders the disabled button: one send only.
  const sending = useRef(false)
  // Set when an answer closes the dialog: focus then goes to what happened, not back to the button.
  const answered = useRef(false)
  const focusResult = useCallback(() => {
    if (!answered.current) return null
    answered.current = false
    return (
      document.getElementById('decision-notice') ??
      document.querySelector<HTMLElement>('.decision-form .error-summary')
    )
  }, [])

  if (detail.isPending) return <Loading label="Loading the decision…" />
  if (detail.isError)
    return <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />
  const c = detail.data
  const d = c.determination
  const actions = allowedActions(user.role, c.status, d.outcome)
  const first = decidingRef(d)
  const current = values ?? emptyDecisionFor(c)
  const base = first && { policyId: first.policyId, criteriaSetId: first.criteriaSetId }
  const ctx = { status: c.status, determination: d, assignedTo: c.assignedTo, decider: user }
  const takingOver = needsTakeOver(ctx)

  function change(next: DecisionValues) {
    if (pinnedEtag === null) setPinnedEtag(c.etag)
    setValues(next)
  }
  function submit() {
    const found = validateDecision(current, ctx, base, takingOver)
    setErrors(found)
    setFocusKey((k) => k + 1)
    if (Object.keys(found).length === 0) setConfirming(true)
  }
  function confirm() {
    if (!current.action || sending.current) return
    sending.current = true
    const action = current.action
    decide.mutate(
      { input: toDecisionInput(current, base, takingOver), etag: pinnedEtag ?? c.etag },
      {
        onSettled: () => {
          sending.current = false
        },
        onSuccess: () => {
          answered.current = true
          setConfirming(false)
          setValues(null)
          setPinnedEtag(null)
          void draft.clear()
          setOutcome({ kind: 'recorded', action })
        },
        onError: (error) => {
          answered.current = true
          setConfirming(false)
          setPinnedEtag(null)
          // Whatever happened, the typed values stay: the form keeps `current`.
          setValues(current)
          const fields = isApiError(error) ? error.fieldErrors : {}
          if (isApiError(error) && error.status === 412) {
            setOutcome({ kind: 'conflict', unsaved: current })
          } else if (Object.keys(fields).length > 0) {
            setErrors(fieldMessages(fields))
            setFocusKey((k) => k + 1)
            setOutcome(null)
          } else setOutcome({ kind: 'error', message: describeError(error) })
        },
      },
    )
  }

  return (
    <section className="decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      {outcome && <DecisionNotice outcome={outcome} final={isFinal(c.status)} onRetry={submit} />}
      {/* From the case, not this visit: it is still offered after a notice and Back. */}
      {user.role === 'medical-director' &&
        (outcome?.kind === 'recorded' || lastDeciderId(c) === user.id) && (
          <NextCase currentId={caseId} />
        )}
      {c.decisions.map((dec) => (
        <DecisionRecord key={dec.id} decision={dec} value={c} />
      ))}
      {isFinal(c.status) ? (
        <p className="decision-panel__final">This decision is final. The case is read-only.</p>
      ) : actions.length === 0 ? (
        <p>This case awaits a decision by a medical director.</p>
      ) : (
        <>
          <DecisionDraftStatusLine status={draft.status} />
          <DecisionForm
            value={c}
            actions={actions}
            takingOverFrom={takingOver ? c.assignedTo : null}
            values={current}
            errors={errors}
            focusKey={focusKey}
            onChange={change}
            onSubmit={submit}
          />
        </>
      )}
      <ConfirmDecision
        // Open until the answer: the case's own refresh can land first and show it final.
        // Closed on that alone, the dialog would return focus before the result exists.
        open={confirming && (decide.isPending || !isFinal(c.status))}
        values={current}
        value={c}
        busy={decide.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
        focusAfterClose={focusResult}
      />
    </section>
  )
}
