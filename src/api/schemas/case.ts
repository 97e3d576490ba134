import * as z from 'zod/mini'
import {
  appealChannelValues,
  appealRequesterValues,
  caseStatusValues,
} from '../../domain/case-values.ts'
import { isoDate, isoInstant } from './common.ts'
import { caseInput, lineOfBusiness, urgency } from './case-fields.ts'
import { criteriaRow, criteriaSetId, outcome } from './policy.ts'
import { paragraph } from './rich-text.ts'
import { readingEntry, readingInput } from './reading.ts'
import { memberRecord, providerRecord } from './member.ts'
import { role } from './user.ts'

export const caseStatus = z.enum(caseStatusValues)
export type CaseStatus = z.infer<typeof caseStatus>

export const actor = z.object({
  id: z.string(),
  name: z.string(),
  role,
  /** As they were when the actor acted (MD, DO, RN): a decision and its notices show them. */
  credentials: z.optional(z.string()),
  specialty: z.nullable(z.string()),
})
export type Actor = z.infer<typeof actor>

/** A person's role, or a client system's: a provider's system sending PAS requests with its own OAuth token. */
export const actorRole = z.enum([...role.options, 'client-system'])
export type ActorRole = z.infer<typeof actorRole>

/**
 * Who made a case or an audit event: a person (an actor), or a client system named as
 * it was registered. Decisions, queues and appeals are people's alone (actor).
 */
export const recorder = z.extend(actor, { role: actorRole })
export type Recorder = z.infer<typeof recorder>

/** A determination is a record of its own: a later policy change never alters it. */
export const determination = z.object({
  id: z.string(),
  madeAt: isoInstant,
  outcome,
  policy: z.nullable(
    z.object({
      id: z.string(),
      title: z.string(),
      lastReviewed: isoDate,
      criteriaHash: z.string(),
    }),
  ),
  criteriaSet: z.nullable(
    z.object({
      id: criteriaSetId,
      heading: z.string(),
      columns: z.tuple([z.string(), z.string()]),
      /** The criteria table as quoted at the moment of the determination. */
      rows: z.array(criteriaRow),
    }),
  ),
  /** The statement that decides, quoted verbatim (null when no criteria are on file). */
  statement: z.nullable(paragraph),
  /** Where the statement comes from, e.g. the NCD with its title and number. */
  source: z.nullable(
    z.object({
      kind: z.enum(['ncd', 'policy']),
      label: z.string(),
      number: z.nullable(z.string()),
    }),
  ),
  /** App text, not policy text: e.g. routing to individual medical director review. */
  summary: z.string(),
  notes: z.array(paragraph),
  evidence: z.object({
    addressesDiagnoses: z.boolean(),
    matchingCodes: z.array(z.string()),
    valueSet: z.object({ name: z.string(), codes: z.array(z.string()), note: z.string() }),
  }),
})
export type Determination = z.infer<typeof determination>

/** A second clock some rules set: by when more information must be asked for. */
export const informationRequestClock = z.object({
  dueAt: isoInstant,
  limit: z.string(),
  source: z.string(),
})

export const turnaround = z.object({
  dueAt: isoInstant,
  timeZone: z.string(),
  rule: z.object({ id: z.string(), label: z.string(), limit: z.string(), source: z.string() }),
  /** Washington requests from 2024 (RCW 48.43.830), electronic or not; absent elsewhere. */
  askForInformationBy: z.optional(informationRequestClock),
})
export type Turnaround = z.infer<typeof turnaround>

export const decisionAction = z.enum(['approve', 'deny', 'pend'])
export type DecisionAction = z.infer<typeof decisionAction>

/** A row of the criteria set the case's determination applied, named by its ids. */
export const criterionRef = z.object({
  policyId: z.string(),
  criteriaSetId,
  rowId: z.string(),
})
export type CriterionRef = z.infer<typeof criterionRef>

/**
 * What a decider sends. A denial names a criterion row (or, only when no criteria are on
 * file, writes the basis) and answers the peer-to-peer question; a pend lists what is
 * needed; a director deciding a case assigned to another gives a reason to take it over.
 */
export const decisionInput = z.object({
  action: decisionAction,
  rationale: z.string(),
  criterion: z.optional(criterionRef),
  writtenBasis: z.optional(z.string()),
  memberReason: z.optional(z.string()),
  informationNeeded: z.optional(z.array(z.string())),
  peerToPeerOffered: z.optional(z.boolean()),
  takeOverReason: z.optional(z.string()),
})
export type DecisionInput = z.infer<typeof decisionInput>

/** The criterion as recorded: its ids, where it comes from, and the words quoted at that moment. */
export const recordedCriterion = z.extend(criterionRef, {
  /** e.g. "National Coverage Determination (NCD) 150.7: Prolotherapy, …". */
  title: z.string(),
  /** The policy and criteria set it belongs to. */
  source: z.string(),
  label: paragraph,
  quoted: paragraph,
})
export type RecordedCriterion = z.infer<typeof recordedCriterion>

export const decision = z.object({
  id: z.string(),
  action: decisionAction,
  rationale: z.string(),
  criterion: z.nullable(recordedCriterion),
  writtenBasis: z.nullable(z.string()),
  memberReason: z.nullable(z.string()),
  informationNeeded: z.array(z.string()),
  /** Asked on a denial only; null otherwise. */
  peerToPeerOffered: z.nullable(z.boolean()),
  takeOverReason: z.nullable(z.string()),
  decidedBy: actor,
  decidedAt: isoInstant,
  /** When the notices went out; the turnaround clock stops here. Null for a pend. */
  noticesIssuedAt: z.nullable(isoInstant),
  /** Notices issued by the due time (final decisions), or null for a pend. */
  onTime: z.nullable(z.boolean()),
  /** A pend: whether it came after the ask-for-information clock (null when none applies). */
  pendLate: z.nullable(z.boolean()),
  /** Computed by the service: what the decider opened from the case page before deciding. */
  evidenceOpened: z.optional(z.array(readingEntry)),
})
export type Decision = z.infer<typeof decision>

/** Who asked for the appeal (reconsideration): the member, or a provider on the member's behalf. */
export const appealRequester = z.enum(appealRequesterValues)
export type AppealRequester = z.infer<typeof appealRequester>
export const appealChannel = z.enum(appealChannelValues)
export type AppealChannel = z.infer<typeof appealChannel>

export const appealInput = z.object({
  requestedBy: appealRequester,
  receivedAt: isoInstant,
  /** Required when receivedAt is more than an hour before the appeal is logged. */
  backdateReason: z.optional(z.string()),
  urgency,
  channel: appealChannel,
  reasonGiven: z.string(),
  /** Required when the request came after the filing limit. */
  goodCauseNote: z.optional(z.string()),
})
export type AppealInput = z.infer<typeof appealInput>

/** A legal limit as data: its words, its source, and whether its text was confirmed. */
const appealLimit = z.object({
  text: z.string(),
  source: z.string(),
  confirmed: z.boolean(),
  note: z.nullable(z.string()),
})

/** The appeal's own clock; dueAt is null where the rule could not be confirmed. */
export const appealClock = z.object({
  dueAt: z.nullable(isoInstant),
  timeZone: z.string(),
  rule: z.extend(appealLimit, { id: z.string(), label: z.string() }),
  filingLimit: appealLimit,
  /** The last moment to ask without good cause; null where the limit is not confirmed. */
  filingDeadline: z.nullable(isoInstant),
})
export type AppealClock = z.infer<typeof appealClock>

export const appealDecisionAction = z.enum(['approve', 'uphold'])
export type AppealDecisionAction = z.infer<typeof appealDecisionAction>

export const appealDecisionInput = z.object({
  action: appealDecisionAction,
  rationale: z.string(),
  /** Upholding is denying again: the same bound criterion, reason and peer-to-peer answer. */
  criterion: z.optional(criterionRef),
  writtenBasis: z.optional(z.string()),
  memberReason: z.optional(z.string()),
  peerToPeerOffered: z.optional(z.boolean()),
})
export type AppealDecisionInput = z.infer<typeof appealDecisionInput>

export const appealDecision = z.object({
  action: appealDecisionAction,
  rationale: z.string(),
  criterion: z.nullable(recordedCriterion),
  writtenBasis: z.nullable(z.string()),
  memberReason: z.nullable(z.string()),
  peerToPeerOffered: z.nullable(z.boolean()),
  id: z.string(),
  decidedBy: actor,
  decidedAt: isoInstant,
  /** Medicare Advantage: an upheld reconsideration goes to the independent review entity. */
  forwardedToIndependentReviewAt: z.nullable(isoInstant),
})
export type AppealDecision = z.infer<typeof appealDecision>

export const appeal = z.extend(appealInput, {
  id: z.string(),
  loggedBy: actor,
  loggedAt: isoInstant,
  /** Received after the filing limit (a good-cause note is then on file). */
  late: z.boolean(),
  /** The medical director who made the denial: never the one who decides the appeal. */
  deniedBy: actor,
  assignedTo: actor,
  clock: appealClock,
  decision: z.nullable(appealDecision),
})
export type Appeal = z.infer<typeof appeal>

/** The name people say and search: `UM-<year>-<six digits>`, sequential within the year. */
export const caseReference = z.string().check(z.regex(/^UM-\d{4}-\d{6}$/))

/** Where a case came from when not typed: a Da Vinci PAS request Bundle (`$submit`). */
/** A resource of a PAS request as it was sent, kept to be echoed in every answer. */
const pasEchoEntry = z.object({
  fullUrl: z.optional(z.string()),
  resource: z.looseObject({}),
})

export const caseSource = z.object({
  kind: z.literal('pas'),
  bundleIdentifier: z.object({ system: z.optional(z.string()), value: z.string() }),
  claimIdentifier: z.nullable(z.object({ system: z.optional(z.string()), value: z.string() })),
  /** The request this case is one item of: every case of one request shares it. */
  requestId: z.optional(z.string()),
  /** `Claim.item.sequence` of the item this case reviews. */
  itemSequence: z.optional(z.int()),
  /**
   * The Claim identifiers of the updates (ClaimUpdate) applied to the request: an
   * `$inquire` may name the request by any of them (PAS spec-47).
   */
  updateIdentifiers: z.optional(
    z.array(z.object({ system: z.optional(z.string()), value: z.string() })),
  ),
  /** Items the request cancelled (not reviewed), answered as such. */
  cancelledItems: z.optional(z.array(z.int())),
  /** The Patient and the Claim's parties as the request named them. */
  echo: z.optional(
    z.object({
      patient: z.optional(pasEchoEntry),
      insurer: z.optional(pasEchoEntry),
      requestor: z.optional(pasEchoEntry),
      requestorReference: z.optional(z.looseObject({})),
      claimType: z.optional(z.looseObject({})),
      claimIdentifiers: z.optional(z.array(z.looseObject({}))),
    }),
  ),
})
export type CaseSource = z.infer<typeof caseSource>

export const caseParties = z.object({
  member: z.nullable(memberRecord),
  provider: z.nullable(providerRecord),
})
export type CaseParties = z.infer<typeof caseParties>

export const storedCase = z.object({
  id: z.string(),
  reference: caseReference,
  version: z.int(),
  createdAt: isoInstant,
  createdBy: recorder,
  input: caseInput,
  status: caseStatus,
  determination,
  turnaround,
  decisions: z.array(decision),
  /** The medical director whose queue holds the case; null once decided or when criteria are met. */
  assignedTo: z.nullable(actor),
  synthetic: z.boolean(),
  source: z.optional(caseSource),
  /** The appeal (reconsideration) of a denial, once one is received. */
  appeal: z.optional(z.nullable(appeal)),
  /**
   * The member's enrollment and the requesting provider's directory entry as they stood
   * when the case was entered (null: none on file). The letters read these, so a later
   * edit of either record never changes what a letter says. Older cases have none.
   */
  parties: z.optional(caseParties),
})
export type StoredCase = z.infer<typeof storedCase>

export const caseSummary = z.object({
  id: z.string(),
  reference: caseReference,
  status: caseStatus,
  memberIdMasked: z.string(),
  /** Whole years on the plan's today, from the date of birth (the worklist says age, not birth). */
  memberAge: z.optional(z.nullable(z.int())),
  serviceCode: z.string(),
  serviceDescription: z.nullable(z.string()),
  lineOfBusiness,
  urgency,
  receivedAt: isoInstant,
  dueAt: isoInstant,
  outcome,
  assignedTo: z.nullable(actor),
  /** When an appeal in review is due (null when its rule sets no confirmed due time). */
  appealDueAt: z.optional(z.nullable(isoInstant)),
})
export type CaseSummary = z.infer<typeof caseSummary>

/** GET /cases/{id}/related: the same member's other cases, newest first. */
export const relatedCases = z.object({ items: z.array(caseSummary) })

/** The worklist's orders: a leading '-' reverses one. */
export const caseSort = z.enum(['dueAt', '-dueAt', 'receivedAt', '-receivedAt'])
export type CaseSort = z.infer<typeof caseSort>

export const caseListQuery = z.object({
  status: z.optional(z.array(caseStatus)),
  lineOfBusiness: z.optional(z.array(lineOfBusiness)),
  urgency: z.optional(z.array(urgency)),
  overdue: z.optional(z.boolean()),
  assignedToMe: z.optional(z.boolean()),
  /** Exactly one case reference: people find a case by the name they say. */
  reference: z.optional(caseReference),
  /** The cases behind a metric: first final decision in this plan-time year, */
  decidedYear: z.optional(z.int()),
  /** ... that decision approve or deny, */
  initialDecision: z.optional(z.enum(['approve', 'deny'])),
  /** ... and made by its due time (or not). */
  onTime: z.optional(z.boolean()),
  sort: z.optional(caseSort),
  cursor: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
})
export type CaseListQuery = z.infer<typeof caseListQuery>

export const caseList = z.object({
  items: z.array(caseSummary),
  nextCursor: z.nullable(z.string()),
  total: z.int(),
  counts: z.record(caseStatus, z.int()),
})
export type CaseList = z.infer<typeof caseList>

export const auditAction = z.enum([
  'case-created',
  'determination-proposed',
  'request-backdated',
  'decision-approved',
  'decision-denied',
  'decision-pended',
  'case-taken-over',
  'evidence-opened',
  'appeal-received',
  'appeal-backdated',
  'appeal-filed-late',
  'appeal-approved',
  'appeal-upheld',
  'appeal-forwarded-to-independent-review',
  /** A PAS update (ClaimUpdate) cancelled the item this case reviews. */
  'request-item-cancelled',
  /** A PAS update changed the item this case reviews: the summary says what, before → after. */
  'request-item-changed',
  /** A PAS update named the request but cancelled, changed and added nothing. */
  'request-update-received',
  'enrollment-corrected',
])
export type AuditAction = z.infer<typeof auditAction>

export const auditEvent = z.object({
  id: z.string(),
  caseId: z.string(),
  at: isoInstant,
  actor: recorder,
  action: auditAction,
  summary: z.string(),
  reason: z.nullable(z.string()),
  /** On an 'evidence-opened' event: what was opened. */
  reading: z.optional(readingInput),
})
export type AuditEvent = z.infer<typeof auditEvent>
export const auditTrail = z.object({ items: z.array(auditEvent) })
