import { openStatuses } from '../../src/domain/case-status.ts'
import {
  readWorklistParams,
  toListQuery,
} from '../../src/features/cases/worklist/worklist-params.ts'

/** The worklist's page size (src/api/queries/case-pages.ts `caseListPageSize`). */
export const PAGE = 50
export const OPEN_STATUSES: readonly string[] = openStatuses

/** The query string the app sends, as src/api/client.ts writes it (arrays repeat the key). */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === '') continue
    if (Array.isArray(v)) v.forEach((item) => params.append(k, String(item)))
    else params.append(k, String(v))
  }
  return params.toString()
}

/** A reviewer's landing page: "Open cases", soonest due first, first page. */
export const defaultWorklist = `/cases?${queryString({
  ...toListQuery(readWorklistParams(new URLSearchParams(), 'open')),
  limit: PAGE,
})}`

/** The same view narrowed to one status with the status filter. */
export const statusFilter = `/cases?${queryString({
  ...toListQuery(readWorklistParams(new URLSearchParams('status=pending-md-review'), 'open')),
  limit: PAGE,
})}`

/** A POST /cases body every rule accepts (tests/support/factories.ts), received a minute ago. */
export const newCase = (n: number) => ({
  memberId: `SYN${String(4_000_000 + n).padStart(7, '0')}`,
  dateOfBirth: '1970-05-01',
  lineOfBusiness: 'commercial-group',
  groupFunding: 'fully-insured',
  plan: 'kfhpwa',
  serviceCode: 'M0076',
  diagnosisCodes: ['M54.50'],
  dateOfService: new Date().toISOString().slice(0, 10),
  urgency: 'standard',
  requestChannel: 'electronic',
  requestReceivedAt: new Date(Date.now() - 60_000).toISOString(),
})

/** A denial a medical director may record on a non-Medicare case (tests/api/helpers.ts). */
export const deny = {
  action: 'deny',
  rationale: 'Insufficient evidence per policy.',
  criterion: {
    policyId: 'prolotherapy-sclerotherapy',
    criteriaSetId: 'non-medicare',
    rowId: 'any-indication',
  },
  memberReason: 'Studies do not show this works better than usual care.',
  peerToPeerOffered: true,
}
