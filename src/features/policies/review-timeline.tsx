import { timelineEvents, timelineSummary, yearFraction } from './timeline-events.ts'
import type { PolicyDetail } from '../../api/schemas/policy.ts'

const W = 800
const H = 150
const LEFT = 24
const RIGHT = 24
const AXIS_Y = 95

/**
 * The reviews over the years as a picture (an image with a title and description) and,
 * after it, the same events as an ordered list, which is what assistive technology reads.
 * MTAC reviews and policy reviews differ by shape and by side of the axis, not by colour.
 */
export function ReviewTimeline({ policy }: { policy: PolicyDetail }) {
  const events = timelineEvents(policy)
  const [earliest, latest] = [events[0], events.at(-1)]
  if (!earliest || !latest) return <p>No reviews are listed in the criteria document.</p>
  const first = Math.floor(yearFraction(earliest.date))
  const last = Math.floor(yearFraction(latest.date)) + 1
  const x = (iso: string) =>
    LEFT + ((yearFraction(iso) - first) / (last - first)) * (W - LEFT - RIGHT)
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const labelEvery = years.length > 16 ? 2 : 1

  return (
    <div className="review-timeline">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        className="review-timeline__svg"
      >
        <title id="timeline-title">Review timeline, {policy.title}</title>
        <desc id="timeline-desc">{timelineSummary(events)}</desc>
        <g className="timeline-legend" fontSize="13">
          <path d="M 30 12 l 7 7 l -7 7 l -7 -7 z" className="mark mark--mtac" />
          <text x="44" y="24">
            MTAC review (above the line)
          </text>
          <circle cx="290" cy="19" r="6" className="mark mark--policy" />
          <text x="302" y="24">
            Policy review (below the line)
          </text>
        </g>
        <line x1={LEFT} x2={W - RIGHT} y1={AXIS_Y} y2={AXIS_Y} className="axis" />
        {years.map((y) => {
          const tx = x(`${y}-01-01`)
          return (
            <g key={y}>
              <line x1={tx} x2={tx} y1={AXIS_Y - 4} y2={AXIS_Y + 4} className="axis" />
              {(y - first) % labelEvery === 0 && (
                <text x={tx} y={H - 8} textAnchor="middle" fontSize="12">
                  {y}
                </text>
              )}
            </g>
          )
        })}
        {events.map((e) =>
          e.kind === 'mtac' ? (
            <path
              key={`m-${e.date}`}
              d={`M ${x(e.date)} ${AXIS_Y - 38} l 9 9 l -9 9 l -9 -9 z`}
              className="mark mark--mtac"
            />
          ) : (
            <circle
              key={`p-${e.date}`}
              cx={x(e.date)}
              cy={AXIS_Y + 18}
              r="6"
              className="mark mark--policy"
            />
          ),
        )}
      </svg>
      <h3 id="timeline-list-heading">Reviews in date order</h3>
      <ol className="review-timeline__list" aria-labelledby="timeline-list-heading">
        {events.map((e) => (
          <li key={`${e.kind}-${e.date}`}>
            <time dateTime={e.date}>{e.asWritten}</time>: {e.label}
          </li>
        ))}
      </ol>
    </div>
  )
}
