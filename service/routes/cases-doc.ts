import { caseSort, caseStatus } from '../../src/api/schemas/case.ts'
import { lineOfBusiness, urgency } from '../../src/api/schemas/case-fields.ts'
import type { RouteSpec } from './declare.ts'
import { query } from './doc-parts.ts'

const many = (values: readonly string[]) => ({
  type: 'array',
  items: { type: 'string', enum: values },
})

/** GET /cases: the worklist's query, as service/cases/list-query.ts reads it. */
export const listDoc: RouteSpec = {
  access: 'signed-in',
  doc: {
    summary: 'The worklist: filtered, sorted, cursor-paged, with counts per status',
    responses: { 200: { schema: 'CaseList', description: 'A page of cases' } },
    problems: [400],
    parameters: [
      query('status', 'Repeatable', many(caseStatus.options), true),
      query('lineOfBusiness', 'Repeatable', many(lineOfBusiness.options), true),
      query('urgency', 'Repeatable', many(urgency.options), true),
      query('overdue', 'Only cases past due and not finally decided', { type: 'boolean' }),
      query('assignedToMe', "Only cases in the signed-in director's queue", { type: 'boolean' }),
      query('reference', 'One case by its reference, e.g. UM-2026-000042', {
        type: 'string',
        pattern: '^UM-\\d{4}-\\d{6}$',
      }),
      query('sort', 'Default dueAt', { type: 'string', enum: caseSort.options }),
      query(
        'decidedYear',
        'The cases behind a metric: first final decision in this plan-time year',
        { type: 'integer' },
      ),
      query('initialDecision', 'The cases behind a metric: the first final decision', {
        type: 'string',
        enum: ['approve', 'deny'],
      }),
      query('onTime', 'The cases behind a metric: first final decision by its due time (or not)', {
        type: 'boolean',
      }),
      query('cursor', 'Opaque; nextCursor of the previous page', { type: 'string' }),
      query('limit', 'Default 50', { type: 'integer', minimum: 1, maximum: 500 }),
    ],
  },
}
