import type { CaseFieldName, CaseFields } from '../../../api/schemas/case-fields.ts'
import type { FormErrors } from './use-case-form.ts'

/** What each part of the case form needs from the form's state. */
export type SectionProps = {
  fields: CaseFields
  errors: FormErrors
  setField: <K extends CaseFieldName>(name: K, value: CaseFields[K]) => void
  blurField: (name: CaseFieldName) => void
  /** A date with some of its parts typed: the message it earns until it is whole. */
  markUnfinished: (name: CaseFieldName, message: string | null) => void
}
