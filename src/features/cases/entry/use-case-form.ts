import { useCallback, useRef, useState } from 'react'
import type { CaseFieldName, CaseFields } from '../../../api/schemas/case-fields.ts'
import { fieldLabels, fieldOrder, validateCaseFields } from '../../../domain/case-rules.ts'
import { normalizeIcd10 } from '../../../domain/icd10.ts'
import { useAfterPointer } from './use-after-pointer.ts'

/** Messages by field name; the service may name a field the form does not know. */
export type FormErrors = Partial<Record<CaseFieldName | (string & {}), string>>

const isEmpty = (v: CaseFields[CaseFieldName]) =>
  Array.isArray(v) ? v.every((c) => !c.trim()) : !v.trim()

/**
 * The case form's values and messages. Values are only ever changed by the person
 * typing: validation and server errors add messages, they never clear what was typed.
 */
export function useCaseForm(initial: CaseFields) {
  const [fields, setFields] = useState(initial)
  const [errors, setErrors] = useState<FormErrors>({})
  const afterPointer = useAfterPointer()
  // A date not fully typed holds no value yet, but something was typed, and then
  // "Enter the date" would be wrong: the boxes say which message fits.
  const unfinished = useRef(new Map<CaseFieldName, string>())
  const check = (current: CaseFields): FormErrors => {
    const all: FormErrors = validateCaseFields(current, new Date())
    for (const [name, message] of unfinished.current)
      if (isEmpty(current[name])) all[name] = message
    return all
  }
  const markUnfinished = useCallback((name: CaseFieldName, message: string | null) => {
    if (message) unfinished.current.set(name, message)
    else unfinished.current.delete(name)
  }, [])

  /**
   * A message goes as soon as the typing fixes it, but new messages wait for blur or
   * submit: nothing appears mid-word, and the page does not shift under a pointer.
   */
  function setField<K extends CaseFieldName>(name: K, value: CaseFields[K]) {
    const next = { ...fields, [name]: value }
    setFields(next)
    if (errors[name] && !validateCaseFields(next, new Date())[name]) {
      setErrors(({ [name]: _fixed, ...rest }) => rest)
    }
  }

  /**
   * On leaving a field: check it, but do not scold someone for tabbing through an empty
   * field they have not reached yet; a field already in error is always re-checked.
   */
  function blurField(name: CaseFieldName) {
    let current = fields
    if (name === 'diagnosisCodes') {
      const normalized = fields.diagnosisCodes.map((c) => normalizeIcd10(c) ?? c)
      if (normalized.some((c, i) => c !== fields.diagnosisCodes[i])) {
        current = { ...fields, diagnosisCodes: normalized }
        setFields(current)
      }
    }
    if (isEmpty(current[name]) && !errors[name] && !unfinished.current.has(name)) return
    const message = check(current)[name]
    afterPointer(() =>
      setErrors(({ [name]: _old, ...rest }) => (message ? { ...rest, [name]: message } : rest)),
    )
  }

  /** Checks every field; returns the messages (empty when the form can be sent). */
  function validateAll(): FormErrors {
    const all = check(fields)
    setErrors(all)
    return all
  }

  /** A 400 from the service: its first message for each field, at that field. */
  const showServerErrors = useCallback((fieldErrors: Record<string, string[]>) => {
    const mapped: FormErrors = {}
    for (const [name, messages] of Object.entries(fieldErrors)) {
      if (messages[0]) mapped[name] = messages[0]
    }
    setErrors(mapped)
    return mapped
  }, [])

  /** A PAS import: the Bundle's values and the messages about them, in one step. */
  const importFields = useCallback((next: CaseFields, messages: FormErrors) => {
    setFields(next)
    setErrors(messages)
  }, [])

  /** Values filled from a record (enrollment): set, and their old messages dropped. */
  const fillFields = useCallback((values: Partial<CaseFields>) => {
    setFields((old) => ({ ...old, ...values }))
    setErrors((old) => {
      const next = { ...old }
      for (const name of Object.keys(values)) delete next[name]
      return next
    })
  }, [])

  return {
    fields,
    errors,
    fillFields,
    setField,
    blurField,
    markUnfinished,
    validateAll,
    showServerErrors,
    importFields,
  }
}

/** Error summary entries in form order; a field the form lacks links to the page heading. */
export function summaryOf(errors: FormErrors) {
  const known = fieldOrder.flatMap((name) => {
    const message = errors[name]
    return message ? [{ fieldId: name, message }] : []
  })
  const unknown = Object.entries(errors)
    .filter(([name, m]) => m && !(name in fieldLabels))
    .map(([, message]) => ({ fieldId: 'page-heading', message: message ?? '' }))
  return [...known, ...unknown]
}
