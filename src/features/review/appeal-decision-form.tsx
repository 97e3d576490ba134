import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState, type FormEvent } from 'react'
import { describeError, isApiError } from '../../api/api-error.ts'
import { decideAppeal } from '../../api/queries/appeals.ts'
import { caseQueries } from '../../api/queries/cases.ts'
import type { AppealDecisionAction, CaseStatus, Determination } from '../../api/schemas/case.ts'
import { ErrorSummary } from '../../components/form/error-summary.tsx'
import { AppealConfirm } from './appeal-confirm.tsx'
import { appealActionLabels } from './appeal-labels.ts'
import { TextArea } from './text-area.tsx'
import { decidingRef } from '../../domain/decision-criteria.ts'
import { CriterionChoice } from './criterion-choice.tsx'
import {
  emptyDecision,
  fieldIds,
  fieldMessages,
  toDecisionInput,
  validateDecision,
  type DecisionErrors,
  type DecisionValues,
} from './decision-form-values.ts'
import type { DecisionField } from '../../domain/decision-rules.ts'
import { Radios } from '../../components/form/radios.tsx'
import { PeerToPeerChoice } from './peer-to-peer-choice.tsx'

const ids: Partial<Record<DecisionField, string>> = {
  action: 'appeal-decision-action',
  criterion: fieldIds.criterion,
  writtenBasis: 'appeal-decision-written-basis',
  memberReason: 'appeal-decision-member-reason',
  peerToPeerOffered: fieldIds.peerToPeerOffered,
  rationale: 'appeal-decision-rationale',
}
const order: DecisionField[] = [
  'action',
  'criterion',
  'writtenBasis',
  'memberReason',
  'peerToPeerOffered',
  'rationale',
]
/** What the service answered to an appeal decision: the panel's message is built from it. */
export type AppealDecided = { action: AppealDecisionAction; status: CaseStatus }

const asFirst = (a: AppealDecisionAction | '') =>
  a === 'uphold' ? 'deny' : a === 'approve' ? 'approve' : ''

/**
 * The appeal decision, checked with the first decision's own rules
 * (src/domain/decision-rules.ts): upholding is denying again, so it needs the bound
 * criterion, a reason specific to the member, the peer-to-peer answer and a rationale;
 * approving needs a rationale.
 */
export function AppealDecisionForm({
  caseId,
  etag,
  determination,
  medicareAdvantage,
  onDecided,
}: {
  caseId: string
  etag: string
  determination: Determination
  medicareAdvantage: boolean
  /**
   * Called once the service has recorded it, with the case's status as the service
   * answered: the panel says so and takes focus, in words that do not change later.
   */
  onDecided: (decided: AppealDecided) => void
}) {
  const queryClient = useQueryClient()
  const [action, setAction] = useState<AppealDecisionAction | ''>('')
  const [values, setValues] = useState(() => emptyDecision(decidingRef(determination)?.rowId ?? ''))
  const first = decidingRef(determination)
  const base = first && { policyId: first.policyId, criteriaSetId: first.criteriaSetId }
  const [errors, setErrors] = useState<DecisionErrors>({})
  const [focusKey, setFocusKey] = useState(0)
  // The version read when the director began: a change after that is a 412, not an overwrite.
  const [pinned] = useState(etag)
  const [confirming, setConfirming] = useState(false)
  // Two clicks in one task both run before React re-renders the disabled button: one send only.
  const sending = useRef(false)
  // A refusal closes the dialog: focus then goes to what went wrong, not back to the button.
  const answered = useRef(false)
  const focusResult = useCallback(() => {
    if (!answered.current) return null
    answered.current = false
    return document.querySelector<HTMLElement>(
      '#appeal-decision-error, .appeal-decision-form .error-summary',
    )
  }, [])
  const decide = useMutation({
    mutationFn: (input: Parameters<typeof decideAppeal>[1]) => decideAppeal(caseId, input, pinned),
    // Here, not in mutate's own callbacks: the refetch ends the appeal's review, this form
    // unmounts, and a component's mutate callbacks do not run after it has gone.
    // The dialog closes with the answer, so focus can go to the result: behind an open
    // modal dialog the page is inert and refuses it.
    onSuccess: (decided, input) => {
      setConfirming(false)
      onDecided({ action: input.action, status: decided.status })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueries.all() }),
  })
  const set =
    <K extends 'criterionRowId' | 'writtenBasis' | 'memberReason' | 'rationale' | 'peerToPeer'>(
      key: K,
    ) =>
    (v: DecisionValues[K]) =>
      setValues((old) => ({ ...old, [key]: v }))

  function submit(e: FormEvent) {
    e.preventDefault()
    const asDecision: DecisionValues = { ...values, action: asFirst(action) }
    // Judged as the open case the appeal reopens, by the director it is assigned to.
    const ctx = {
      status: 'pending-md-review',
      determination,
      assignedTo: null,
      decider: { id: '', role: 'medical-director' },
    } as const
    const found = validateDecision(asDecision, ctx, base, false)
    if (found.action) found.action = 'Choose approve on appeal or uphold the denial'
    setErrors(found)
    setFocusKey((k) => k + 1)
    if (Object.keys(found).length > 0 || !action) return
    setConfirming(true)
  }

  function confirm() {
    if (!action || sending.current) return
    sending.current = true
    const words = toDecisionInput({ ...values, action: asFirst(action) }, base, false)
    const input = {
      action,
      rationale: words.rationale,
      criterion: words.criterion,
      writtenBasis: words.writtenBasis,
      memberReason: words.memberReason,
      peerToPeerOffered: words.peerToPeerOffered,
    }
    decide.mutate(input, {
      onSettled: () => {
        sending.current = false
      },
      onError: (error) => {
        answered.current = true
        setConfirming(false)
        if (isApiError(error) && error.status === 400) {
          setErrors(fieldMessages(error.fieldErrors))
          setFocusKey((k) => k + 1)
        }
      },
    })
  }
  const summary = order.flatMap((f) =>
    errors[f] ? [{ fieldId: ids[f] ?? fieldIds[f], message: errors[f] }] : [],
  )
  return (
    <form
      className="decision-form appeal-decision-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="appeal-decision-heading"
    >
      <h3 id="appeal-decision-heading">Decide the appeal</h3>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {decide.isError && !(isApiError(decide.error) && decide.error.status === 400) && (
        <p id="appeal-decision-error" tabIndex={-1} className="field__error" role="alert">
          {isApiError(decide.error) && decide.error.status === 412
            ? 'Someone changed this case after you opened it. Reload the page to see it as it is now.'
            : describeError(decide.error)}
        </p>
      )}
      <Radios
        id="appeal-decision-action"
        legend="Appeal decision"
        error={errors.action}
        options={(['approve', 'uphold'] as const).map((a) => ({
          value: a,
          label: appealActionLabels[a],
        }))}
        value={action}
        onChange={setAction}
      />
      {action === 'uphold' && (
        <>
          {determination.criteriaSet ? (
            <CriterionChoice
              determination={determination}
              value={values.criterionRowId}
              error={errors.criterion}
              onChange={set('criterionRowId')}
            />
          ) : (
            <TextArea
              id={ids.writtenBasis!}
              label="Basis for the denial"
              hint="No criteria are on file for this service code: write what the denial rests on."
              value={values.writtenBasis}
              error={errors.writtenBasis}
              onChange={set('writtenBasis')}
              rows={3}
            />
          )}
          <TextArea
            id={ids.memberReason!}
            label="Reason specific to the member"
            hint="In plain language the member can understand."
            value={values.memberReason}
            error={errors.memberReason}
            onChange={set('memberReason')}
          />
          <PeerToPeerChoice
            value={values.peerToPeer}
            error={errors.peerToPeerOffered}
            onChange={set('peerToPeer')}
          />
        </>
      )}
      <TextArea
        id={ids.rationale!}
        label="Rationale"
        hint="Why you decided this; it is kept with the appeal and the audit trail."
        value={values.rationale}
        error={errors.rationale}
        onChange={set('rationale')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={decide.isPending}>
          Continue to confirm
        </button>
      </div>
      {action && (
        <AppealConfirm
          open={confirming}
          action={action}
          values={values}
          determination={determination}
          medicareAdvantage={medicareAdvantage}
          busy={decide.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
          focusAfterClose={focusResult}
        />
      )}
    </form>
  )
}
