import type { Determination } from '../../api/schemas/case.ts'
import { FieldSet } from '../../components/form/field.tsx'
import { RichText } from '../../components/rich-text.tsx'
import { citableRows, criterionTitle } from '../../domain/decision-criteria.ts'
import { fieldIds } from './decision-form-values.ts'

/**
 * The criterion a denial relies on, chosen from the rows of the criteria set the case's
 * determination applied, each shown in full: its name, the quoted words and the source.
 * Nothing here can name a row of another set or policy.
 */
export function CriterionChoice({
  determination: d,
  value,
  error,
  onChange,
}: {
  determination: Determination
  value: string
  error?: string
  onChange: (rowId: string) => void
}) {
  const rows = citableRows(d)
  const source = d.policy && d.criteriaSet ? `${d.policy.title}, ${d.criteriaSet.heading}` : ''
  return (
    <FieldSet
      id={fieldIds.criterion}
      legend="Criterion relied on"
      hint={`From the criteria this case's determination applied: ${source}.`}
      error={error}
    >
      {rows.map((row, i) => {
        const id = i === 0 ? fieldIds.criterion : `${fieldIds.criterion}-${row.id}`
        return (
          <div className="radio criterion-option" key={row.id}>
            <input
              type="radio"
              id={id}
              name="decision-criterion"
              value={row.id}
              checked={value === row.id}
              onChange={() => onChange(row.id)}
              aria-describedby={`${id}-quote`}
            />
            <label htmlFor={id}>{criterionTitle(row)}</label>
            <blockquote className="criterion-option__quote" id={`${id}-quote`}>
              <p>
                <RichText value={row.policy} />
              </p>
              <footer className="hint">Source: {source}</footer>
            </blockquote>
          </div>
        )
      })}
    </FieldSet>
  )
}
