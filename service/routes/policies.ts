import type { PolicyDetail, PolicySummary } from '../../src/api/schemas/policy.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import { lastReviewed, policyLibrary, reviewOverdue } from '../data/library.ts'
import { readCaselessDb } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { route, type RouteArgs } from './base.ts'
import { searchText } from './doc-parts.ts'

const today = () => zonedDate(new Date(), PLAN_TIME_ZONE)
const codesOf = (p: PolicyDetail) => p.codeGroups.flatMap((g) => g.codes.map((c) => c.code))

function summary(p: PolicyDetail): PolicySummary {
  return {
    id: p.id,
    title: p.title,
    organization: p.organization,
    codes: codesOf(p),
    lastReviewed: lastReviewed(p),
    reviewOverdue: reviewOverdue(p, today()),
    ...(p.synthetic ? { synthetic: true } : {}),
  }
}

/** The policy named in the path (404 problem otherwise). */
async function findPolicy({ params }: RouteArgs) {
  const policy = policyLibrary(await readCaselessDb()).find((p) => p.id === params.id)
  if (!policy)
    return { ok: false as const, response: problemResponse(404, 'There is no such policy.') }
  return { ok: true as const, policy }
}

export const policyHandlers = [
  route(
    'get',
    '/policies',
    {
      access: 'signed-in',
      doc: {
        summary: 'Search the policy library by title or code',
        parameters: [searchText],
        responses: { 200: { schema: 'PolicyList', description: 'Matching policies' } },
      },
    },
    async ({ request }) => {
      const q = (new URL(request.url).searchParams.get('q') ?? '').trim().toLowerCase()
      const items = policyLibrary(await readCaselessDb())
        .filter(
          (p) =>
            !q ||
            p.title.toLowerCase().includes(q) ||
            codesOf(p).some((c) => c.toLowerCase().includes(q)),
        )
        .map(summary)
      return json({ items })
    },
  ),

  route(
    'get',
    '/policies/:id',
    {
      access: 'signed-in',
      doc: {
        summary: 'A policy, structured and verbatim',
        pathParams: { id: 'Policy id' },
        responses: { 200: { schema: 'PolicyResponse', description: 'The policy' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findPolicy(args)
      if (!found.ok) return found.response
      const { policy } = found
      return json({
        ...policy,
        lastReviewed: lastReviewed(policy),
        reviewOverdue: reviewOverdue(policy, today()),
      })
    },
  ),

  route(
    'get',
    '/policies/:id/evidence',
    {
      access: 'signed-in',
      doc: {
        summary: 'The MTAC reviews and evidence table of a policy',
        pathParams: { id: 'Policy id' },
        responses: { 200: { schema: 'PolicyEvidence', description: 'The evidence' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findPolicy(args)
      if (!found.ok) return found.response
      const { policy } = found
      return json({
        policyId: policy.id,
        title: policy.title,
        reviews: policy.mtacReviews,
        studies: policy.studies,
      })
    },
  ),
]
