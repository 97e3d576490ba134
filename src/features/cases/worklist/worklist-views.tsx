import { Link } from 'react-router'
import { writeWorklistParams, type WorklistParams, type WorklistView } from './worklist-params.ts'

const labels: Record<WorklistView, string> = { all: 'All cases', 'my-queue': 'My queue' }

/**
 * "My queue" is a medical director's view: open cases assigned to them, soonest due
 * first. Switching view starts from that view's defaults rather than carrying a status
 * filter that the other view cannot show.
 */
export function WorklistViews({
  params,
  defaultView,
}: {
  params: WorklistParams
  defaultView: WorklistView
}) {
  return (
    <nav aria-label="Worklist views" className="worklist-views">
      <ul>
        {(['all', 'my-queue'] as const).map((view) => {
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
