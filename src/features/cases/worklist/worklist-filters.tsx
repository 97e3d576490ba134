import { caseStatusLabels, lineOfBusinessLabels, urgencyLabels } from '../../../api/labels.ts'
import { type LineOfBusiness, type Urgency } from '../../../api/schemas/case-fields.ts'
import { sortOptions, viewStatuses, type WorklistParams } from './worklist-params.ts'

type Props = { params: WorklistParams; onChange: (next: WorklistParams) => void }

/** Filters apply as they change: each one is a labelled native control, no "Apply" step. */
export function WorklistFilters({ params, onChange }: Props) {
  const statuses = viewStatuses(params.view)
  return (
    <form
      className="worklist-filters"
      aria-label="Filter and sort cases"
      onSubmit={(e) => e.preventDefault()}
    >
      <CheckboxGroup
        name="status"
        legend="Status"
        options={statuses.map((s) => ({ value: s, label: caseStatusLabels[s] }))}
        selected={params.status}
        onChange={(status) => onChange({ ...params, status })}
      />
      <CheckboxGroup
        name="lineOfBusiness"
        legend="Line of business"
        options={(Object.keys(lineOfBusinessLabels) as LineOfBusiness[]).map((v) => ({
          value: v,
          label: lineOfBusinessLabels[v],
        }))}
        selected={params.lineOfBusiness}
        onChange={(lineOfBusiness) => onChange({ ...params, lineOfBusiness })}
      />
      <CheckboxGroup
        name="urgency"
        legend="Urgency"
        options={(Object.keys(urgencyLabels) as Urgency[]).map((v) => ({
          value: v,
          label: urgencyLabels[v],
        }))}
        selected={params.urgency}
        onChange={(urgency) => onChange({ ...params, urgency })}
      />
      <fieldset className="worklist-filters__group">
        <legend>Due</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id="filter-overdue"
            checked={params.overdue}
            onChange={(e) => onChange({ ...params, overdue: e.target.checked })}
          />
          <label htmlFor="filter-overdue">Overdue only</label>
        </div>
      </fieldset>
      <div className="worklist-filters__group">
        <label className="field__label" htmlFor="worklist-sort">
          Sort by
        </label>
        <select
          id="worklist-sort"
          className="select"
          value={params.sort}
          onChange={(e) => {
            const sort = sortOptions.find((o) => o.value === e.target.value)?.value
            if (sort) onChange({ ...params, sort })
          }}
        >
          {sortOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}

function CheckboxGroup<T extends string>(props: {
  name: string
  legend: string
  options: { value: T; label: string }[]
  selected: T[]
  onChange: (next: T[]) => void
}) {
  const { name, legend, options, selected, onChange } = props
  return (
    <fieldset className="worklist-filters__group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input
            type="checkbox"
            id={`filter-${name}-${o.value}`}
            checked={selected.includes(o.value)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value),
              )
            }
          />
          <label htmlFor={`filter-${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  )
}
