import type { MtacReview } from '../../api/schemas/policy.ts'
import { columnLabels, hideableColumns, type ColumnId } from './evidence-fields.ts'

type Props = {
  reviews: MtacReview[]
  review: string
  onReview: (id: string) => void
  text: string
  onText: (text: string) => void
  hidden: ColumnId[]
  onToggleColumn: (id: ColumnId, shown: boolean) => void
}

/** Filter by review and by text, and choose the columns: plain form controls with labels. */
export function EvidenceControls(props: Props) {
  const { reviews, review, onReview, text, onText, hidden, onToggleColumn } = props
  return (
    <div className="evidence-controls">
      <div className="field">
        <label className="field__label" htmlFor="evidence-review">
          Review
        </label>
        <select
          id="evidence-review"
          className="select"
          value={review}
          onChange={(e) => onReview(e.target.value)}
        >
          <option value="">All reviews</option>
          {reviews.map((r) => (
            <option key={r.id} value={r.id}>
              {r.heading}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="evidence-filter">
          Filter studies
        </label>
        <span className="hint" id="evidence-filter-hint">
          Matches text in any cell, shown or hidden
        </span>
        <input
          id="evidence-filter"
          className="input"
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby="evidence-filter-hint"
          onChange={(e) => onText(e.target.value)}
        />
      </div>
      <fieldset className="field evidence-columns">
        <legend className="field__label">Columns shown</legend>
        {hideableColumns.map((id) => (
          <div className="checkbox" key={id}>
            <input
              type="checkbox"
              id={`column-${id}`}
              checked={!hidden.includes(id)}
              onChange={(e) => onToggleColumn(id, e.target.checked)}
            />
            <label htmlFor={`column-${id}`}>{columnLabels[id]}</label>
          </div>
        ))}
      </fieldset>
    </div>
  )
}
