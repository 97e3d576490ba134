import { noMetric, type WorklistParams } from './worklist-params.ts'

/** Says in words which metric's cases are shown (from a /metrics link), with a way back to all. */
export function MetricFilterNotice({
  params,
  onChange,
}: {
  params: WorklistParams
  onChange: (next: WorklistParams) => void
}) {
  const { decidedYear, initialDecision, onTime } = params.metric
  if (decidedYear === null && initialDecision === null && onTime === null) return null
  const parts = [
    decidedYear !== null ? `first decided in ${decidedYear}` : null,
    initialDecision
      ? `first decision ${initialDecision === 'approve' ? 'approved' : 'denied'}`
      : null,
    onTime === null ? null : onTime ? 'decided on time' : 'decided late',
  ].filter(Boolean)
  return (
    <p className="worklist__metric-filter">
      Showing the cases behind a metric: {parts.join(', ')}.{' '}
      <button
        type="button"
        className="button button--link"
        onClick={() => onChange({ ...params, metric: noMetric })}
      >
        Clear the metric filter
      </button>
    </p>
  )
}
