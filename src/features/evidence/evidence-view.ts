import { hideableColumns, isColumnId, type ColumnId } from './evidence-fields.ts'

/**
 * The viewer's state as it lives in the URL, so a view can be shared and restored:
 * `?sort=year&dir=desc&review=<id>&q=<text>&hide=design,followUp&study=<id>`.
 */
export type EvidenceView = {
  sort: ColumnId | null
  desc: boolean
  review: string
  q: string
  hide: ColumnId[]
  study: string | null
}

export function readView(params: URLSearchParams): EvidenceView {
  const sort = params.get('sort')
  const hide = (params.get('hide') ?? '').split(',').filter(isColumnId)
  return {
    sort: sort && isColumnId(sort) ? sort : null,
    desc: params.get('dir') === 'desc',
    review: params.get('review') ?? '',
    q: params.get('q') ?? '',
    hide: hide.filter((id) => hideableColumns.includes(id)),
    study: params.get('study'),
  }
}

/** A copy of `params` with `patch` applied; defaults are left out to keep URLs short. */
export function writeView(params: URLSearchParams, patch: Partial<EvidenceView>): URLSearchParams {
  const view = { ...readView(params), ...patch }
  const next = new URLSearchParams()
  if (view.sort) {
    next.set('sort', view.sort)
    next.set('dir', view.desc ? 'desc' : 'asc')
  }
  if (view.review) next.set('review', view.review)
  if (view.q) next.set('q', view.q)
  if (view.hide.length > 0) next.set('hide', view.hide.join(','))
  if (view.study) next.set('study', view.study)
  return next
}
