import { caseSort, caseStatus } from '../../src/api/schemas/case.ts'
import { lineOfBusiness, urgency } from '../../src/api/schemas/case-fields.ts'
import { ref, type ProblemStatus, type SchemaName } from './components.ts'

const json = (name: SchemaName, description: string, headers?: object) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref(name) } },
})
const body = (name: SchemaName) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
})
const noContent = { description: 'Done; no body' }
const problems = (...statuses: ProblemStatus[]) =>
  Object.fromEntries(
    statuses.map((s) => [String(s), { $ref: `#/components/responses/Problem${s}` }]),
  )
const op = (summary: string, responses: object, extra: object = {}, auth = true) => ({
  summary,
  ...extra,
  ...(auth ? {} : { security: [] }),
  responses: {
    ...responses,
    ...problems(...(auth ? ([401] as const) : [])),
    '500': problems(500)['500'],
  },
})

const id = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})
const query = (name: string, description: string, schema: object, explode = false) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(explode ? { style: 'form', explode: true } : {}),
})
const q = query('q', 'Case-insensitive search text', { type: 'string' })
const many = (values: readonly string[]) => ({
  type: 'array',
  items: { type: 'string', enum: values },
})
/** A write to a case names the version it read: a changed case answers 412. */
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the case as read',
  schema: { type: 'string' },
}
const etag = { ETag: { description: 'The case version, e.g. "v3"', schema: { type: 'string' } } }
const location = {
  Location: { description: 'The URL of the new case', schema: { type: 'string' } },
}

export const paths = {
  '/demo-users': {
    get: op('The demo users to sign in as', { 200: json('DemoUserList', 'Users') }, {}, false),
  },
  '/sessions': {
    post: op(
      'Sign in as a demo user',
      { 201: json('Session', 'The new session'), ...problems(400) },
      { requestBody: body('SignInInput') },
      false,
    ),
    delete: op('Sign out everywhere: every session of the signed-in user ends', {
      204: noContent,
    }),
  },
  '/sessions/current': { delete: op('Sign out', { 204: noContent }) },
  '/me': { get: op('The signed-in user', { 200: json('User', 'The user') }) },
  '/policies': {
    get: op(
      'Search the policy library by title or code',
      { 200: json('PolicyList', 'Matching policies') },
      { parameters: [q] },
    ),
  },
  '/policies/{id}': {
    get: op(
      'A policy, structured and verbatim',
      { 200: json('PolicyResponse', 'The policy'), ...problems(404) },
      { parameters: [id('Policy id')] },
    ),
  },
  '/policies/{id}/evidence': {
    get: op(
      'The MTAC reviews and evidence table of a policy',
      { 200: json('PolicyEvidence', 'The evidence'), ...problems(404) },
      { parameters: [id('Policy id')] },
    ),
  },
  '/codes': {
    get: op(
      'Look up service codes (by name for HCPCS Level II only; at most 20)',
      { 200: json('CodeLookup', 'Ranked codes') },
      { parameters: [q] },
    ),
  },
  '/diagnosis-codes': {
    get: op('The ICD-10-CM codes the service knows, with descriptions and retirement dates', {
      200: json('KnownDiagnosisCodes', 'Known codes'),
    }),
  },
  '/drafts': {
    get: op("The signed-in user's drafts", { 200: json('DraftList', 'Drafts, newest first') }),
  },
  '/drafts/{id}': {
    parameters: [id('Draft id: 8 to 64 letters, digits and hyphens, chosen by the client')],
    get: op('A draft of the signed-in user', { 200: json('Draft', 'The draft'), ...problems(404) }),
    put: op(
      'Create or replace a draft (shape checked, rules not)',
      { 200: json('Draft', 'Replaced'), 201: json('Draft', 'Created'), ...problems(400, 404, 429) },
      { requestBody: body('DraftInput') },
    ),
    delete: op('Delete a draft', { 204: noContent, ...problems(404) }),
  },
  '/cases': {
    get: op(
      'The worklist: filtered, sorted, cursor-paged, with counts per status',
      { 200: json('CaseList', 'A page of cases'), ...problems(400) },
      {
        parameters: [
          query('status', 'Repeatable', many(caseStatus.options), true),
          query('lineOfBusiness', 'Repeatable', many(lineOfBusiness.options), true),
          query('urgency', 'Repeatable', many(urgency.options), true),
          query('overdue', 'Only cases past due and not finally decided', { type: 'boolean' }),
          query('assignedToMe', "Only cases in the signed-in director's queue", {
            type: 'boolean',
          }),
          query('reference', 'One case by its reference, e.g. UM-2026-000042', {
            type: 'string',
            pattern: '^UM-\\d{4}-\\d{6}$',
          }),
          query('sort', 'Default dueAt', {
            type: 'string',
            enum: caseSort.options,
          }),
          query(
            'decidedYear',
            'The cases behind a metric: first final decision in this plan-time year',
            { type: 'integer' },
          ),
          query('initialDecision', 'The cases behind a metric: the first final decision', {
            type: 'string',
            enum: ['approve', 'deny'],
          }),
          query(
            'onTime',
            'The cases behind a metric: first final decision by its due time (or not)',
            { type: 'boolean' },
          ),
          query('cursor', 'Opaque; nextCursor of the previous page', { type: 'string' }),
          query('limit', 'Default 50', { type: 'integer', minimum: 1, maximum: 500 }),
        ],
      },
    ),
    post: op(
      'Create a case: the service validates, determines and sets the due time',
      { 201: json('StoredCase', 'The new case', { ...etag, ...location }), ...problems(400, 422) },
      {
        requestBody: body('CaseInput'),
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'A repeat with the same key and body replays the first answer',
            schema: { type: 'string', minLength: 1, maxLength: 255 },
          },
        ],
      },
    ),
  },
  '/cases/{id}': {
    get: op(
      'A case',
      { 200: json('StoredCase', 'The case', etag), ...problems(404) },
      { parameters: [id('Case id')] },
    ),
  },
  '/cases/{id}/decision': {
    post: op(
      'Decide a case (approve, deny, pend)',
      {
        200: json('StoredCase', 'The decided case', etag),
        ...problems(400, 403, 404, 409, 412, 428),
      },
      {
        requestBody: body('DecisionInput'),
        parameters: [id('Case id'), ifMatch],
      },
    ),
  },
  '/cases/{id}/decision-draft': {
    parameters: [id('Case id')],
    get: op("The signed-in user's unsent decision for the case", {
      200: json('DecisionDraft', 'The kept form state'),
      204: noContent,
      ...problems(404),
    }),
    put: op(
      'Keep the decision form state for the signed-in user (shape checked, rules not)',
      { 200: json('DecisionDraft', 'Kept'), ...problems(400, 404, 429) },
      { requestBody: body('DecisionDraftInput') },
    ),
    delete: op('Drop the unsent decision', { 204: noContent, ...problems(404) }),
  },
  '/members/lookup': {
    post: op(
      "A member's enrollment record by member ID (in the body: member data never goes in a URL); member null when none is on file. Each lookup is in the access log.",
      { 200: json('MemberLookup', 'The record, or null'), ...problems(400) },
      { requestBody: body('MemberLookupRequest') },
    ),
  },
  '/providers/{npi}': {
    get: op(
      "A provider's directory entry by NPI; provider null when none is on file",
      { 200: json('ProviderLookup', 'The entry, or null'), ...problems(400) },
      {
        parameters: [
          {
            name: 'npi',
            in: 'path',
            required: true,
            description: 'The 10-digit NPI',
            schema: { type: 'string' },
          },
        ],
      },
    ),
  },
  '/cases/{id}/related': {
    get: op(
      "The same member's other cases, newest first (the member id never goes in a URL)",
      { 200: json('RelatedCases', 'Case summaries'), ...problems(404) },
      { parameters: [id('Case id')] },
    ),
  },
  '/cases/{id}/reading': {
    post: op(
      'Record that a medical director opened a policy section or evidence row from the case page',
      {
        200: json('AuditEvent', 'Already recorded for this person'),
        201: json('AuditEvent', 'Recorded'),
        ...problems(400, 403, 404),
      },
      { requestBody: body('ReadingInput'), parameters: [id('Case id')] },
    ),
  },
  '/cases/{id}/appeal': {
    post: op(
      'Record the appeal (reconsideration) of a denied case; its clock, and a reviewer other than the denier',
      { 201: json('StoredCase', 'The case, appeal in review', etag), ...problems(400, 404, 409) },
      { requestBody: body('AppealInput'), parameters: [id('Case id')] },
    ),
  },
  '/cases/{id}/appeal/decision': {
    post: op(
      'Decide the appeal: a medical director other than the one who denied (approve, uphold)',
      {
        200: json('StoredCase', 'The case with its appeal decided', etag),
        ...problems(400, 403, 404, 409, 412, 428),
      },
      {
        requestBody: body('AppealDecisionInput'),
        parameters: [id('Case id'), ifMatch],
      },
    ),
  },
  '/metrics': {
    get: op(
      'The CMS-0057-F prior authorization figures and the on-time rate (medical directors only)',
      { 200: json('MetricsReport', 'The figures, computed by the service'), ...problems(400, 403) },
      {
        parameters: [
          query('year', 'A year from 2000 to this year; default this year', { type: 'integer' }),
          query('lineOfBusiness', 'Default: all lines', {
            type: 'string',
            enum: lineOfBusiness.options,
          }),
        ],
      },
    ),
  },
  '/cases/{id}/audit': {
    get: op(
      'The audit trail, newest first',
      { 200: json('AuditTrail', 'Events'), ...problems(404) },
      { parameters: [id('Case id')] },
    ),
  },
  '/cases/{id}/access-log': {
    get: op(
      'Who read this case, when and from where, newest first (medical directors); the read itself is logged',
      { 200: json('AccessLog', 'Access events'), ...problems(403, 404) },
      { parameters: [id('Case id')] },
    ),
  },
  '/access-log': {
    get: op(
      'Every read in a date range, as CSV (medical directors); at most 366 days',
      {
        200: {
          description: 'CSV, one row per read',
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...problems(400, 403),
      },
      {
        parameters: [
          {
            ...query('from', 'First day (UTC), YYYY-MM-DD', { type: 'string', format: 'date' }),
            required: true,
          },
          {
            ...query('to', 'Last day (UTC), included, YYYY-MM-DD', {
              type: 'string',
              format: 'date',
            }),
            required: true,
          },
        ],
      },
    ),
  },
}
