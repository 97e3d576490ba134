import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { describeError, isApiError } from '../../api/api-error.ts'
import { decideAppeal } from '../../api/queries/appeals.ts'
import { caseQueries } from '../../api/queries/cases.ts'
import type { AppealDecisionAction, Determination } from '../../api/schemas/case.ts'
import { ErrorSummary } from '../../components/form/error-summary.tsx'
import { FieldSet } from '../../components/form/field.tsx'
import { appealActionLabels } from './appeal-labels.ts'
import { AppealText } from './appeal-text.tsx'
import { criterionFromDetermination } from './decision-rules.ts'
import {
  emptyDecision,
  errorsFromService,
  toDecisionInput,
  validateDecision,
  type DecisionErrors,
  type DecisionField,
} from './decision-values.ts'

const ids: Record<DecisionField, string> = {
  action: 'appeal-decision-action-approve',
  criterionReliedOn: 'appeal-decision-criterion',
  memberReason: 'appeal-decision-member-reason',
  informationNeeded: 'appeal-decision-information',
  rationale: 'appeal-decision-rationale',
}
const order: DecisionField[] = ['action', 'criterionReliedOn', 'memberReason', 'rationale']
const asFirst = (a: AppealDecisionAction | '') =>
  a === 'uphold' ? 'deny' : a === 'approve' ? 'approve' : ''

/**
 * The appeal decision, checked with the first decision's own rules (decision-values):
 * upholding is denying again, so it needs the bound criterion, a reason specific to
 * the member and a rationale; approving needs a rationale.
 */
export function AppealDecisionForm({
  caseId,
  etag,
  determination,
}: {
  caseId: string
  etag: string
  determination: Determination
}) {
  const queryClient = useQueryClient()
  const [action, setAction] = useState<AppealDecisionAction | ''>('')
  const [values, setValues] = useState(() =>
    emptyDecision(criterionFromDetermination(determination)),
  )
  const [errors, setErrors] = useState<DecisionErrors>({})
  const [focusKey, setFocusKey] = useState(0)
  // The version read when the director began: a change after that is a 412, not an overwrite.
  const [pinned] = useState(etag)
  const decide = useMutation({
    mutationFn: (input: Parameters<typeof decideAppeal>[1]) => decideAppeal(caseId, input, pinned),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueries.all() }),
  })
  const set = (key: 'criterionReliedOn' | 'memberReason' | 'rationale') => (v: string) =>
    setValues((old) => ({ ...old, [key]: v }))

  function submit(e: FormEvent) {
    e.preventDefault()
    const first = { ...values, action: asFirst(action) } as const
    const found = validateDecision(first)
    if (found.action) found.action = 'Choose approve on appeal or uphold the denial'
    setErrors(found)
    setFocusKey((k) => k + 1)
    if (Object.keys(found).length > 0 || !action || !first.action) return
    const input = { ...toDecisionInput({ ...first, action: first.action }), action }
    decide.mutate(input, {
      onError: (error) => {
        if (isApiError(error) && error.status === 400) {
          setErrors(errorsFromService(error.fieldErrors))
          setFocusKey((k) => k + 1)
        }
      },
    })
  }
  const summary = order.flatMap((f) => (errors[f] ? [{ fieldId: ids[f], message: errors[f] }] : []))
  return (
    <form
      className="decision-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="appeal-decision-heading"
    >
      <h3 id="appeal-decision-heading">Decide the appeal</h3>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {decide.isError && !(isApiError(decide.error) && decide.error.status === 400) && (
        <p className="field__error" role="alert">
          {isApiError(decide.error) && decide.error.status === 412
            ? 'Someone changed this case after you opened it. Reload the page to see it as it is now.'
            : describeError(decide.error)}
        </p>
      )}
      <FieldSet id="appeal-decision-action" legend="Appeal decision" error={errors.action}>
        {(['approve', 'uphold'] as const).map((a) => (
          <div className="radio" key={a}>
            <input
              type="radio"
              id={`appeal-decision-action-${a}`}
              name="appeal-decision-action"
              value={a}
              checked={action === a}
              onChange={() => setAction(a)}
            />
            <label htmlFor={`appeal-decision-action-${a}`}>{appealActionLabels[a]}</label>
          </div>
        ))}
      </FieldSet>
      {action === 'uphold' && (
        <>
          <AppealText
            id={ids.criterionReliedOn}
            label="Criterion relied on"
            hint="Prefilled from the determination, as for the first decision."
            value={values.criterionReliedOn}
            error={errors.criterionReliedOn}
            onChange={set('criterionReliedOn')}
            rows={3}
          />
          <AppealText
            id={ids.memberReason}
            label="Reason specific to the member"
            hint="In plain language the member can understand."
            value={values.memberReason}
            error={errors.memberReason}
            onChange={set('memberReason')}
          />
        </>
      )}
      <AppealText
        id={ids.rationale}
        label="Rationale"
        hint="Why you decided this; it is kept with the appeal and the audit trail."
        value={values.rationale}
        error={errors.rationale}
        onChange={set('rationale')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={decide.isPending}>
          {decide.isPending ? 'Recording…' : 'Record the appeal decision'}
        </button>
      </div>
    </form>
  )
}
