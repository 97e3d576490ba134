import {
  caseReference,
  caseSort,
  caseStatus,
  type CaseListQuery,
  type CaseSort,
} from '../../src/api/schemas/case.ts'
import { lineOfBusiness, urgency } from '../../src/api/schemas/case-fields.ts'
import { unstorableText } from '../http.ts'
import { isRealIsoDate } from '../../src/domain/time-zone.ts'

const sortOptions = caseSort.options
export type { CaseSort }
export type ListQuery = Required<Pick<CaseListQuery, 'sort' | 'limit'>> &
  Omit<CaseListQuery, 'sort' | 'limit'>

type Parsed = { ok: true; query: ListQuery } | { ok: false; errors: Record<string, string[]> }

const DEFAULT_LIMIT = 50
const MAX_LIMIT = 500

/** GET /cases query parameters; a value the service does not know is a 400, not a guess. */
export function parseListQuery(params: URLSearchParams): Parsed {
  const errors: Record<string, string[]> = {}
  const many = <T extends string>(name: string, options: readonly T[]): T[] | undefined => {
    const values = params.getAll(name)
    const bad = values.filter((v) => !options.includes(v as T))
    if (bad.length) errors[name] = [`${name} must be one of: ${options.join(', ')}`]
    return values.length ? (values as T[]) : undefined
  }
  const flag = (name: string): boolean | undefined => {
    const v = params.get(name)
    if (v === null || v === '') return undefined
    if (v === 'true' || v === 'false') return v === 'true'
    errors[name] = [`${name} must be true or false`]
  }
  const year = (name: string): number | undefined => {
    const v = params.get(name)
    if (v === null || v === '') return undefined
    if (/^\d{4}$/.test(v)) return Number(v)
    errors[name] = [`${name} must be a four-digit year`]
  }
  const sort = params.get('sort') || 'dueAt'
  if (!sortOptions.includes(sort as CaseSort))
    errors.sort = [`sort must be one of: ${sortOptions.join(', ')}`]
  const limitText = params.get('limit') || String(DEFAULT_LIMIT)
  const limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    errors.limit = [`limit must be a whole number from 1 to ${MAX_LIMIT}`]
  // A reference is searched exactly; anything else (a member id, say) is refused, not matched.
  const reference = params.get('reference') || undefined
  if (reference !== undefined && !caseReference.safeParse(reference).success)
    errors.reference = ['reference must be a case reference like UM-2026-000042']
  const query: ListQuery = {
    status: many('status', caseStatus.options),
    lineOfBusiness: many('lineOfBusiness', lineOfBusiness.options),
    urgency: many('urgency', urgency.options),
    overdue: flag('overdue'),
    assignedToMe: flag('assignedToMe'),
    reference,
    decidedYear: year('decidedYear'),
    initialDecision: many('initialDecision', ['approve', 'deny'] as const)?.[0],
    onTime: flag('onTime'),
    sort: sort as CaseSort,
    cursor: params.get('cursor') || undefined,
    limit,
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, query }
}

export type Cursor = { sort: CaseSort; value: string; id: string }

/** Opaque to clients: base64url JSON naming the last item seen (keyset paging). */
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.sort, cursor.value, cursor.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** Every sort is by an instant (due, received), as the stores write it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/

export function decodeCursor(text: string): Cursor | null {
  try {
    const json: unknown = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')))
    if (!Array.isArray(json) || json.length !== 3) return null
    const [sort, value, id] = json as unknown[]
    if (!sortOptions.includes(sort as CaseSort)) return null
    if (typeof id !== 'string') return null
    // Stryker disable next-line ConditionalExpression: any other value fails the instant's or the calendar's check below; the type is for what follows
    if (typeof value !== 'string') return null
    // Both go to the database as given: an instant, and an id it can compare.
    if (!INSTANT.test(value) || !Number.isFinite(Date.parse(value))) return null
    // A calendar date the database takes: 2026-02-30 and the year 0 are not.
    if (!isRealIsoDate(value.slice(0, 10)) || value.startsWith('0000')) return null
    if (unstorableText(id) !== null) return null
    return { sort: sort as CaseSort, value, id }
  } catch {
    return null
  }
}
