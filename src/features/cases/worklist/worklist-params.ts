import {
  caseSort,
  caseStatus,
  type CaseListQuery,
  type CaseStatus,
} from '../../../api/schemas/case.ts'
import { lineOfBusiness, urgency } from '../../../api/schemas/case-fields.ts'
import { isCaseReference } from '../../../domain/case-reference.ts'
import { directorQueueStatuses, openStatuses } from '../../../domain/case-status.ts'

/**
 * The worklist's filters, sort and view live in the URL search params, so a view can
 * be reloaded, bookmarked and reached with the back button. Only enum values and a
 * case reference (`UM-<year>-<six digits>`) ever go there: nothing about a member.
 */
export type WorklistView = 'all' | 'open' | 'my-queue'
export type WorklistSort = NonNullable<CaseListQuery['sort']>

export type WorklistParams = {
  view: WorklistView
  status: CaseStatus[]
  lineOfBusiness: NonNullable<CaseListQuery['lineOfBusiness']>
  urgency: NonNullable<CaseListQuery['urgency']>
  overdue: boolean
  /** One case, found by its reference; null lists them all. */
  reference: string | null
  sort: WorklistSort
  /** The cases behind a metric (links from /metrics): null when not asked for. */
  metric: MetricParams
}

export type MetricParams = {
  decidedYear: number | null
  initialDecision: 'approve' | 'deny' | null
  onTime: boolean | null
}
export const noMetric: MetricParams = { decidedYear: null, initialDecision: null, onTime: null }

function readMetric(search: URLSearchParams): MetricParams {
  const year = search.get('decidedYear') ?? ''
  const decision = search.get('initialDecision')
  const onTime = search.get('onTime')
  return {
    decidedYear: /^\d{4}$/.test(year) ? Number(year) : null,
    initialDecision: decision === 'approve' || decision === 'deny' ? decision : null,
    onTime: onTime === 'true' ? true : onTime === 'false' ? false : null,
  }
}

const sortLabels: Record<WorklistSort, string> = {
  dueAt: 'Due time, soonest first',
  '-dueAt': 'Due time, latest first',
  receivedAt: 'Received, oldest first',
  '-receivedAt': 'Received, newest first',
}
export const sortOptions = caseSort.options.map((value) => ({ value, label: sortLabels[value] }))

/**
 * A medical director's queue: cases they can act on now, appeals included: the statuses
 * that wait for a medical director (src/domain/case-status.ts). "Pended for information"
 * waits for the provider, so it stays out of the queue (All cases shows it).
 */
export const queueStatuses: CaseStatus[] = [...directorQueueStatuses]

/** "Open cases": everything still waiting on the plan (src/domain/case-status.ts). */
export const openWorkStatuses: CaseStatus[] = [...openStatuses]

/** The statuses a view can show: the status filter offers these, and narrows within them. */
export function viewStatuses(view: WorklistView): CaseStatus[] {
  if (view === 'my-queue') return queueStatuses
  return view === 'open' ? openWorkStatuses : [...caseStatus.options]
}

/** Unknown values in a hand-edited URL are dropped rather than sent to the service. */
function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((v) => values.includes(v))
}

/** `defaultView` is what a bare address shows: "My queue" for a medical director. */
export function readWorklistParams(
  search: URLSearchParams,
  defaultView: WorklistView = 'all',
): WorklistParams {
  const sort = sortOptions.find((o) => o.value === search.get('sort'))?.value ?? 'dueAt'
  return {
    view:
      (['all', 'open', 'my-queue'] as const).find((v) => v === search.get('view')) ?? defaultView,
    status: pick(search.getAll('status'), caseStatus.options),
    lineOfBusiness: pick(search.getAll('lineOfBusiness'), lineOfBusiness.options),
    urgency: pick(search.getAll('urgency'), urgency.options),
    overdue: search.get('overdue') === 'true',
    reference: isCaseReference(search.get('reference') ?? '') ? search.get('reference') : null,
    sort,
    metric: readMetric(search),
  }
}

export function writeWorklistParams(
  p: WorklistParams,
  defaultView: WorklistView = 'all',
): URLSearchParams {
  const search = new URLSearchParams()
  if (p.view !== defaultView) search.set('view', p.view)
  p.status.forEach((s) => search.append('status', s))
  p.lineOfBusiness.forEach((l) => search.append('lineOfBusiness', l))
  p.urgency.forEach((u) => search.append('urgency', u))
  if (p.overdue) search.set('overdue', 'true')
  if (p.reference) search.set('reference', p.reference)
  if (p.sort !== 'dueAt') search.set('sort', p.sort)
  const { decidedYear, initialDecision, onTime } = p.metric
  if (decidedYear !== null) search.set('decidedYear', String(decidedYear))
  if (initialDecision !== null) search.set('initialDecision', initialDecision)
  if (onTime !== null) search.set('onTime', String(onTime))
  return search
}

/**
 * What the service is asked for; "My queue" narrows to open cases assigned to me. A case
 * reference names one case: it is found whatever the view and the filters (they stay in
 * the address for when the search is cleared).
 */
export function toListQuery(p: WorklistParams): Omit<CaseListQuery, 'cursor' | 'limit'> {
  if (p.reference) return { reference: p.reference, sort: p.sort }
  // My queue and Open cases narrow within their own statuses, never beyond them.
  const within = viewStatuses(p.view)
  const chosen = p.status.filter((s) => within.includes(s))
  const status = p.view === 'all' ? p.status : chosen.length > 0 ? chosen : within
  return {
    ...(status.length > 0 ? { status } : {}),
    ...(p.lineOfBusiness.length > 0 ? { lineOfBusiness: p.lineOfBusiness } : {}),
    ...(p.urgency.length > 0 ? { urgency: p.urgency } : {}),
    ...(p.overdue ? { overdue: true } : {}),
    ...(p.view === 'my-queue' ? { assignedToMe: true } : {}),
    ...(p.metric.decidedYear !== null ? { decidedYear: p.metric.decidedYear } : {}),
    ...(p.metric.initialDecision !== null ? { initialDecision: p.metric.initialDecision } : {}),
    ...(p.metric.onTime !== null ? { onTime: p.metric.onTime } : {}),
    sort: p.sort,
  }
}

/** Whether any filter narrows the list (the view aside): an empty list says why it is empty. */
export function hasFilters(p: WorklistParams): boolean {
  const { decidedYear, initialDecision, onTime } = p.metric
  return (
    p.status.length + p.lineOfBusiness.length + p.urgency.length > 0 ||
    p.overdue ||
    decidedYear !== null ||
    initialDecision !== null ||
    onTime !== null
  )
}
