import type { CaseInput } from '../src/api/schemas/case-fields.ts'
import type { DecisionInput } from '../src/api/schemas/case.ts'

/**
 * The demo cases, described relative to "now" so due-soon and overdue stay true whenever
 * the demo runs. Every member id is SYN + digits: clearly synthetic, never a real member.
 */
export type Scenario = {
  receivedHoursAgo: number
  input: Partial<CaseInput>
  by: 'u-rev-1' | 'u-rev-2'
  /** Decisions in order, each by the assigned director unless `by` says otherwise. */
  decisions?: (Pick<DecisionInput, 'action' | 'rationale'> & Partial<DecisionInput>)[]
}

const policyId = 'prolotherapy-sclerotherapy'
// Denials cite the row of the criteria set the case's own determination applied.
const deny = {
  action: 'deny' as const,
  rationale:
    'Non-Medicare criteria applied as written: insufficient evidence for prolotherapy for any indication.',
  criterion: { policyId, criteriaSetId: 'non-medicare' as const, rowId: 'any-indication' },
  memberReason:
    'The published studies do not show that this injection works better than standard care for your back pain.',
  peerToPeerOffered: true,
}
// A Medicare Advantage case is decided on the Medicare criteria, never the non-Medicare ones.
const denyMedicare = {
  ...deny,
  rationale: 'Medicare criteria applied as written: not covered under NCD 150.7.',
  criterion: { policyId, criteriaSetId: 'medicare' as const, rowId: 'ncd' },
  memberReason:
    'Medicare does not cover prolotherapy injections for any condition, including your back pain.',
}
/**
 * Pends only where no criteria are on file: the policy names no documentation, so the
 * demo never asks for any on its cases. What is asked for is what the request itself
 * left out: which service the code stands for.
 */
const pend = {
  action: 'pend' as const,
  rationale: 'No criteria are on file for this code; the request does not say which service it is.',
  informationNeeded: ['A description of the service planned under this code'],
}
const approve = {
  action: 'approve' as const,
  rationale: 'Approved against the recommendation after peer-to-peer review of the history.',
}

const ma = { lineOfBusiness: 'medicare-advantage' } as const
const fully = { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' } as const
const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' } as const
const indiv = { lineOfBusiness: 'individual-family' } as const
const fax = { requestChannel: 'fax-phone' } as const
const exp = { urgency: 'expedited' } as const

export const scenarios: Scenario[] = [
  { receivedHoursAgo: 0.5, input: { ...ma }, by: 'u-rev-1' },
  { receivedHoursAgo: 70, input: { ...ma, ...exp }, by: 'u-rev-2' },
  { receivedHoursAgo: 2, input: { ...fully, ...exp }, by: 'u-rev-1' },
  { receivedHoursAgo: 30, input: { ...indiv, ...fax, ...exp }, by: 'u-rev-2' },
  { receivedHoursAgo: 24 * 6, input: { ...fully }, by: 'u-rev-1' },
  { receivedHoursAgo: 24 * 8, input: { ...indiv, ...fax }, by: 'u-rev-2' },
  { receivedHoursAgo: 24 * 2, input: { ...selfFunded }, by: 'u-rev-1' },
  { receivedHoursAgo: 80, input: { ...selfFunded, ...exp }, by: 'u-rev-2' },
  { receivedHoursAgo: 1.5, input: { ...ma, serviceCode: '20550' }, by: 'u-rev-1' },
  { receivedHoursAgo: 24 * 4, input: { ...indiv, serviceCode: 'J3490' }, by: 'u-rev-2' },
  { receivedHoursAgo: 24 * 3, input: { ...fully, diagnosisCodes: ['M25.561'] }, by: 'u-rev-1' },
  {
    receivedHoursAgo: 24 * 10,
    input: { ...ma, serviceCode: '20550' },
    by: 'u-rev-1',
    decisions: [pend],
  },
  {
    receivedHoursAgo: 24 * 2,
    input: { ...indiv, serviceCode: 'J3490' },
    by: 'u-rev-2',
    decisions: [pend],
  },
  { receivedHoursAgo: 24 * 5, input: { ...fully, ...fax }, by: 'u-rev-2', decisions: [deny] },
  {
    receivedHoursAgo: 24 * 9,
    input: { ...ma },
    by: 'u-rev-1',
    decisions: [denyMedicare],
  },
  { receivedHoursAgo: 24 * 12, input: { ...selfFunded }, by: 'u-rev-1', decisions: [approve] },
  {
    receivedHoursAgo: 24 * 7,
    input: { ...indiv, serviceCode: '20550' },
    by: 'u-rev-2',
    decisions: [pend, approve],
  },
  {
    receivedHoursAgo: 24 * 6,
    input: { ...fully, serviceCode: '20550' },
    by: 'u-rev-1',
    decisions: [approve],
  },
  {
    receivedHoursAgo: 24 * 15,
    input: { ...ma, ...exp },
    by: 'u-rev-2',
    decisions: [denyMedicare],
  },
  { receivedHoursAgo: 24 * 1, input: { ...indiv, ...exp, ...fax }, by: 'u-rev-1' },
]
