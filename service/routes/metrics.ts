import { lineOfBusiness, type LineOfBusiness } from '../../src/api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import { policyLibrary } from '../data/library.ts'
import { readCaselessDb, readMetricsTally } from '../store.ts'
import { metricsReport } from '../engine/metrics.ts'
import { json, problemResponse } from '../http.ts'
import { route } from './base.ts'
import { query } from './doc-parts.ts'

const FIRST_YEAR = 2000

/**
 * GET /metrics?year=&lineOfBusiness=: the service computes the figures, never the
 * browser. Medical directors only (403); a year outside 2000 to this year, or a line of
 * business the service does not know, is a 400 with the field named.
 */
export const metricsHandlers = [
  route(
    'get',
    '/metrics',
    {
      access: 'medical-director',
      forbidden: 'The prior authorization metrics are for medical directors.',
      doc: {
        summary:
          'The CMS-0057-F prior authorization figures and the on-time rate (medical directors only)',
        parameters: [
          query('year', 'A year from 2000 to this year; default this year', { type: 'integer' }),
          query('lineOfBusiness', 'Default: all lines', {
            type: 'string',
            enum: lineOfBusiness.options,
          }),
        ],
        responses: {
          200: { schema: 'MetricsReport', description: 'The figures, computed by the service' },
        },
        problems: [400],
      },
    },
    async ({ request }) => {
      const params = new URL(request.url).searchParams
      const now = new Date()
      const thisYear = Number(zonedDate(now, PLAN_TIME_ZONE).slice(0, 4))
      const yearText = params.get('year') || String(thisYear)
      const lob = params.get('lineOfBusiness') || null
      const errors: Record<string, string[]> = {}
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
      if (!(year >= FIRST_YEAR && year <= thisYear))
        errors.year = [`year must be a year from ${FIRST_YEAR} to ${thisYear}`]
      if (lob !== null && !lineOfBusiness.options.includes(lob as LineOfBusiness))
        errors.lineOfBusiness = [
          `lineOfBusiness must be one of: ${lineOfBusiness.options.join(', ')}`,
        ]
      if (Object.keys(errors).length)
        return problemResponse(400, 'The metrics query has values the service does not know.', {
          errors,
        })
      const filter = { year, lineOfBusiness: lob as LineOfBusiness | null }
      const report = metricsReport(
        await readMetricsTally(filter),
        filter,
        now,
        policyLibrary(await readCaselessDb()),
      )
      return json(report)
    },
  ),
]
