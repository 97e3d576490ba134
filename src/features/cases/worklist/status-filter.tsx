import { caseStatusLabels } from '../../../api/labels.ts'
import type { CaseList, CaseStatus } from '../../../api/schemas/case.ts'

const any = ''
const several = 'several'

/**
 * Status is one choice with its count beside each option: the counts honour every other
 * filter (the service counts them so), so an option says how many cases it would show.
 * An address may ask for several statuses at once (a bookmark from the older checkboxes):
 * the select then says so, and keeps them until another choice is made.
 */
export function StatusFilter({
  statuses,
  selected,
  counts,
  onChange,
}: {
  /** The statuses the view can hold. */
  statuses: readonly CaseStatus[]
  selected: CaseStatus[]
  /** Null until the first page has answered. */
  counts: CaseList['counts'] | null
  onChange: (next: CaseStatus[]) => void
}) {
  const chosen = selected.filter((s) => statuses.includes(s))
  const value = chosen.length === 0 ? any : chosen.length === 1 ? chosen[0]! : several
  const count = (n: number | undefined) => (counts ? ` (${n ?? 0})` : '')
  const total = counts ? statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0) : undefined
  return (
    <div className="worklist-bar__field">
      <label className="worklist-bar__label" htmlFor="worklist-status">
        Status
      </label>
      <select
        id="worklist-status"
        className="select worklist-bar__select"
        value={value}
        onChange={(e) => {
          const next = e.target.value
          if (next === several) return
          const status = statuses.find((s) => s === next)
          onChange(status ? [status] : [])
        }}
      >
        <option value={any}>{`Any status${count(total)}`}</option>
        {chosen.length > 1 && (
          <option value={several}>
            {`${chosen.map((s) => caseStatusLabels[s]).join(' or ')}${count(
              chosen.reduce((sum, s) => sum + (counts?.[s] ?? 0), 0),
            )}`}
          </option>
        )}
        {statuses.map((s) => (
          <option key={s} value={s}>
            {`${caseStatusLabels[s]}${count(counts?.[s])}`}
          </option>
        ))}
      </select>
    </div>
  )
}
