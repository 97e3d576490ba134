import type { CaseFieldName, CaseFields } from '../../../api/schemas/case-fields.ts'
import type { FormErrors } from './use-case-form.ts'

/** What each part of the case form needs from the form's state. */
export type SectionProps = {
  fields: CaseFields
  errors: FormErrors
  setField: <K extends CaseFieldName>(name: K, value: CaseFields[K]) => void
  blurField: (name: CaseFieldName) => void
  /** A date input with some but not all of its parts typed. */
  markPartial: (name: CaseFieldName, partial: boolean) => void
}
