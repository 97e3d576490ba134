import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useLocation } from 'react-router'
import type { CaseFields } from '../../../api/schemas/case-fields.ts'
import { ErrorSummary, type SummaryError } from '../../../components/form/error-summary.tsx'
import { PageHeader } from '../../../components/page-header.tsx'
import { ErrorMessage } from '../../../components/query-state.tsx'
import { caseFieldsToInput } from '../../../domain/case-rules.ts'
import type { PasParseResult } from '../../../api/schemas/pas.ts'
import { DraftStatus } from './draft-status.tsx'
import { importIntoForm, PAS_BUNDLE_ID } from './pas-import-errors.ts'
import { PasImportToggle } from './pas-import-toggle.tsx'
import { MemberSection } from './member-section.tsx'
import { RequestSection } from './request-section.tsx'
import { ServiceSection } from './service-section.tsx'
import { summaryOf, useCaseForm, type FormErrors } from './use-case-form.ts'
import { useDraftAutosave } from './use-draft-autosave.ts'
import { useStillWorking } from '../../../components/use-still-working.ts'
import { useSubmitCase } from './use-submit-case.ts'
import { useMemberEnrollment } from './use-member-enrollment.ts'

/**
 * The case form: checks on blur and on submit, keeps a draft with the service as the
 * person types, and sends the case once. Every error leaves what was typed in place.
 */
export function CaseEntryForm({
  draftId,
  initial,
  onFirstSave,
}: {
  draftId: string
  initial: CaseFields
  onFirstSave: () => void
}) {
  // The summary is a snapshot of a submit attempt (GOV.UK): it changes on the next
  // submit, not under the person's pointer while they fix fields one by one.
  const [summary, setSummary] = useState<SummaryError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const showSummary = useCallback((errors: FormErrors) => {
    setSummary(summaryOf(errors))
    setFocusKey((k) => k + 1)
  }, [])
  const form = useCaseForm(initial)
  const enrollment = useMemberEnrollment(form)
  const { showServerErrors } = form
  const onInvalid = useCallback(
    (fieldErrors: Record<string, string[]>) => {
      showSummary(showServerErrors(fieldErrors))
    },
    [showServerErrors, showSummary],
  )
  const { submit, mutation } = useSubmitCase(draftId, form.fields, onInvalid)
  const autosave = useDraftAutosave(draftId, form.fields, onFirstSave)
  const slow = useStillWorking(mutation.isPending)
  const serverFailed = mutation.isError && summary.length === 0
  useFirstFieldAfterDroppedFocus()

  function onImport(result: PasParseResult) {
    const { fields, errors, general } = importIntoForm(form.fields, result, new Date())
    form.importFields(fields, errors)
    const whole = general.map((message) => ({ fieldId: PAS_BUNDLE_ID, message }))
    setSummary([...whole, ...summaryOf(errors)])
    setFocusKey((k) => k + 1)
  }

  function onSubmit(e?: FormEvent) {
    e?.preventDefault()
    if (mutation.isPending) return
    const errors = form.validateAll()
    const owed = enrollment.check()
    if (Object.keys(errors).length > 0 || owed.length > 0) {
      setSummary([...summaryOf(errors), ...owed])
      setFocusKey((k) => k + 1)
      return
    }
    setSummary([])
    const reason = enrollment.inputReason
    const input = caseFieldsToInput(form.fields)
    submit(reason ? { ...input, enrollmentCorrectionReason: reason } : input, autosave.stop)
  }

  return (
    <>
      <PageHeader title="New case" error={summary.length > 0}>
        <DraftStatus status={autosave.status} />
      </PageHeader>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {serverFailed && (
        <ErrorMessage
          error={mutation.error}
          title="The case was not sent"
          onRetry={() => onSubmit()}
        />
      )}
      <PasImportToggle onImport={onImport} />
      <form
        className="case-form"
        noValidate
        onSubmit={onSubmit}
        onBlur={() => void autosave.flush()}
        aria-labelledby="page-heading"
      >
        <MemberSection {...form} enrollment={enrollment} />
        <ServiceSection {...form} />
        <RequestSection {...form} />
        <div className="button-row">
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? 'Submitting…' : 'Submit case'}
          </button>
          <p role="status" className="hint">
            {slow ? 'Still working… the criteria service is slow to answer.' : ''}
          </p>
        </div>
      </form>
    </>
  )
}

/**
 * "Enter another case" goes with the case page, so focus falls to the body and the next
 * Tab would start again at the header. Arriving that way (an in-app move, focus nowhere),
 * the form starts at its first field instead. A fresh load or a link that keeps focus
 * (the header's "New case") is left alone: the skip link is there for those.
 */
function useFirstFieldAfterDroppedFocus() {
  const { key } = useLocation()
  useEffect(() => {
    const dropped = document.activeElement === null || document.activeElement === document.body
    if (key !== 'default' && dropped) document.getElementById('memberId')?.focus()
    // Only on arrival: a focus lost later (a control that went away) is not a new case.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
