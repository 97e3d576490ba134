import { lineOfBusiness, type LineOfBusiness } from '../../src/api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import { policyLibrary } from '../data/library.ts'
import { readCaseRows, readCaselessDb } from '../store.ts'
import { computeMetrics } from '../engine/metrics.ts'
import { json, problemResponse } from '../http.ts'
import { requireUser, route } from './base.ts'

const FIRST_YEAR = 2000

/**
 * GET /metrics?year=&lineOfBusiness=: the service computes the figures, never the
 * browser. Medical directors only (403); a year outside 2000 to this year, or a line of
 * business the service does not know, is a 400 with the field named.
 */
export const metricsHandlers = [
  route('get', '/metrics', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    if (auth.user.role !== 'medical-director')
      return problemResponse(403, 'The prior authorization metrics are for medical directors.')
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
    const report = computeMetrics(
      await readCaseRows({ decidedYear: year }),
      { year, lineOfBusiness: lob as LineOfBusiness | null },
      now,
      policyLibrary(await readCaselessDb()),
    )
    return json(report)
  }),
]
