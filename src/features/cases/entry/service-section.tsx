import { Field } from '../../../components/form/field.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import { DiagnosisCodesField } from './diagnosis-codes-field.tsx'
import type { SectionProps } from './section-props.ts'
import { ServiceCodeCombobox } from './service-code-combobox.tsx'
import { DatePartsField } from './date-parts-field.tsx'

/** What is being requested, for which diagnoses, and when. */
export function ServiceSection(form: SectionProps) {
  const { fields, errors, setField, blurField } = form
  return (
    <section aria-labelledby="service-heading">
      <h2 id="service-heading">Service</h2>
      <Field
        id="serviceCode"
        label={fieldLabels.serviceCode}
        hint="HCPCS Level II (a letter and 4 digits, like M0076) or CPT (5 digits). Type a code, or a HCPCS name to search."
        error={errors.serviceCode}
      >
        {(describedBy) => (
          <ServiceCodeCombobox
            id="serviceCode"
            value={fields.serviceCode}
            describedBy={describedBy}
            invalid={Boolean(errors.serviceCode)}
            onChange={(v) => setField('serviceCode', v)}
            onBlur={() => blurField('serviceCode')}
          />
        )}
      </Field>
      <DiagnosisCodesField
        codes={fields.diagnosisCodes}
        dateOfService={fields.dateOfService}
        error={errors.diagnosisCodes}
        onChange={(codes) => setField('diagnosisCodes', codes)}
        onBlur={() => blurField('diagnosisCodes')}
      />
      <DatePartsField
        name="dateOfService"
        hint="The planned date. For example, 12 14 2026."
        form={form}
      />
    </section>
  )
}
