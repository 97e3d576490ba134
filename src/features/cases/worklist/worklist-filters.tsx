import { useState } from 'react'
import { lineOfBusinessLabels, urgencyLabels } from '../../../api/labels.ts'
import type { CaseList } from '../../../api/schemas/case.ts'
import { type LineOfBusiness, type Urgency } from '../../../api/schemas/case-fields.ts'
import { StatusFilter } from './status-filter.tsx'
import { sortOptions, viewStatuses, type WorklistParams } from './worklist-params.ts'

type Props = {
  params: WorklistParams
  counts: CaseList['counts'] | null
  onChange: (next: WorklistParams) => void
}

/**
 * One line of controls above the cases: status (with its counts) and order are what people
 * change most; line of business, urgency and overdue wait behind "More filters", which
 * opens by itself when the address already sets one of them. Filters apply as they change.
 */
export function WorklistFilters({ params, counts, onChange }: Props) {
  const more = params.lineOfBusiness.length + params.urgency.length + (params.overdue ? 1 : 0)
  const [open, setOpen] = useState(more > 0)
  return (
    <form
      className="worklist-filters"
      aria-label="Filter and sort cases"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="worklist-bar">
        <StatusFilter
          statuses={viewStatuses(params.view)}
          selected={params.status}
          counts={counts}
          onChange={(status) => onChange({ ...params, status })}
        />
        <div className="worklist-bar__field worklist-bar__field--sort">
          <label className="worklist-bar__label" htmlFor="worklist-sort">
            Sort by
          </label>
          <select
            id="worklist-sort"
            className="select worklist-bar__select"
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
        <button
          type="button"
          className="button button--secondary worklist-bar__more"
          aria-expanded={open}
          aria-controls="worklist-more-filters"
          onClick={() => setOpen(!open)}
        >
          More filters{more > 0 ? ` (${more} set)` : ''}
        </button>
      </div>
      <div id="worklist-more-filters" className="worklist-more" hidden={!open}>
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
        <fieldset className="worklist-more__group">
          <legend>Due</legend>
          <div className="checkbox worklist-more__option">
            <input
              type="checkbox"
              id="filter-overdue"
              checked={params.overdue}
              onChange={(e) => onChange({ ...params, overdue: e.target.checked })}
            />
            <label htmlFor="filter-overdue">Overdue only</label>
          </div>
        </fieldset>
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
    <fieldset className="worklist-more__group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="checkbox worklist-more__option" key={o.value}>
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
