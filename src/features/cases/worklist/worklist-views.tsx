import { Link } from 'react-router'
import { writeWorklistParams, type WorklistParams, type WorklistView } from './worklist-params.ts'

const labels: Record<WorklistView, string> = {
  'my-queue': 'My queue',
  open: 'Open cases',
  all: 'All cases',
}

/**
 * "My queue" is a medical director's view: open cases assigned to them, soonest due
 * first. Switching view starts from that view's defaults rather than carrying a status
 * filter that the other view cannot show.
 */
export function WorklistViews({
  params,
  views,
  defaultView,
}: {
  params: WorklistParams
  /** The views this person has, their default first. */
  views: readonly WorklistView[]
  defaultView: WorklistView
}) {
  return (
    <nav aria-label="Worklist views" className="worklist-views">
      <ul>
        {views.map((view) => {
          const target: WorklistParams = { ...params, view, status: [], sort: 'dueAt' }
          const current = params.view === view
          return (
            <li key={view}>
              <Link
                to={{ search: writeWorklistParams(target, defaultView).toString() }}
                aria-current={current ? 'page' : undefined}
              >
                {labels[view]}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
