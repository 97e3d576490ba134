import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import { readAccess } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { requireUser, route } from './base.ts'
import { findCase } from './cases.ts'
import { noteAccess } from './note-access.ts'

const DAY = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const forDirectors = () => problemResponse(403, 'The access log is for medical directors.')

/** A CSV cell: quoted, quotes doubled, and no formula a spreadsheet would run. */
const cell = (v: string) => `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`

function csv(items: AccessEvent[]): string {
  const head = ['When (UTC)', 'Case', 'Who', 'Role', 'Action', 'From']
  const rows = items.map((e) =>
    [e.at, e.caseId, e.actor.name, e.actor.role ?? 'system', e.action, e.address].map(cell),
  )
  return [head.map(cell), ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n'
}

export const accessLogHandlers = [
  route('get', '/cases/:id/access-log', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    if (found.user.role !== 'medical-director') return forDirectors()
    // Reading the log is a read of the case too: it is on the log before it is answered.
    await noteAccess(args.request, found.user, 'read-access-log', [found.stored.id])
    return json({ items: await readAccess({ caseId: found.stored.id }) })
  }),

  /** Every read in a date range (plan dates as UTC days, `to` included), as CSV. */
  route('get', '/access-log', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    if (auth.user.role !== 'medical-director') return forDirectors()
    const params = new URL(request.url).searchParams
    const from = params.get('from') ?? ''
    const to = params.get('to') ?? ''
    const errors: Record<string, string[]> = {}
    const start = DATE.test(from) ? Date.parse(`${from}T00:00:00Z`) : NaN
    const end = DATE.test(to) ? Date.parse(`${to}T00:00:00Z`) + DAY : NaN
    if (Number.isNaN(start)) errors.from = ['from must be a date like 2026-12-01']
    if (Number.isNaN(end)) errors.to = ['to must be a date like 2026-12-31']
    if (!errors.from && !errors.to && !(end > start && end - start <= 366 * DAY))
      errors.to = ['to must be on or after from, at most 366 days later']
    if (Object.keys(errors).length)
      return problemResponse(400, 'The export needs a date range.', { errors })
    const items = await readAccess({
      from: new Date(start).toISOString(),
      to: new Date(end).toISOString(),
    })
    return new Response(csv(items), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="access-log-${from}-to-${to}.csv"`,
      },
    })
  }),
]
