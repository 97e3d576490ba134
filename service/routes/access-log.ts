import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import { readAccess } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { route } from './base.ts'
import { caseId, query } from './doc-parts.ts'
import { findCase } from './cases.ts'
import { noteAccess } from './note-access.ts'
import { isRealIsoDate } from '../../src/domain/time-zone.ts'

const DAY = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const dateSchema = { type: 'string', format: 'date' }

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
  route(
    'get',
    '/cases/:id/access-log',
    {
      access: 'medical-director',
      forbidden: 'The access log is for medical directors.',
      doc: {
        summary:
          'Who read this case, when and from where, newest first (medical directors); the read itself is logged',
        pathParams: caseId,
        responses: { 200: { schema: 'AccessLog', description: 'Access events' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args)
      if (!found.ok) return found.response
      // Reading the log is a read of the case too: it is on the log before it is answered.
      await noteAccess(args.request, found.user, 'read-access-log', [found.stored.id])
      return json({ items: await readAccess({ caseId: found.stored.id }) })
    },
  ),

  /** Every read in a date range (plan dates as UTC days, `to` included), as CSV. */
  route(
    'get',
    '/access-log',
    {
      access: 'medical-director',
      forbidden: 'The access log is for medical directors.',
      doc: {
        summary: 'Every read in a date range, as CSV (medical directors); at most 366 days',
        parameters: [
          { ...query('from', 'First day (UTC), YYYY-MM-DD', dateSchema), required: true },
          { ...query('to', 'Last day (UTC), included, YYYY-MM-DD', dateSchema), required: true },
        ],
        responses: {
          200: {
            openApi: {
              description: 'CSV, one row per read',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
          },
        },
        problems: [400],
      },
    },
    async ({ request }) => {
      const params = new URL(request.url).searchParams
      const from = params.get('from') ?? ''
      const to = params.get('to') ?? ''
      const errors: Record<string, string[]> = {}
      // A calendar date only: 2026-02-30 is refused, not read as 2 March.
      const day = (d: string) =>
        DATE.test(d) && isRealIsoDate(d) ? Date.parse(`${d}T00:00:00Z`) : NaN
      const start = day(from)
      const end = day(to) + DAY
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
    },
  ),
]
