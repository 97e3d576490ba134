import { lineOfBusinessLabels } from '../api/labels.ts'
import type { Appeal, AppealDecision, Decision, StoredCase } from '../api/schemas/case.ts'
import type {
  LetterBlock,
  LetterContent,
  LetterFact,
  LetterKind,
  LetterSource,
} from '../api/schemas/letter.ts'
import { pendCannotChangeOutcome } from '../domain/decision-criteria.ts'
import { maskMemberId } from '../domain/member-id.ts'
import { formatInZone } from '../domain/time-zone.ts'
import { appealNoticeFor } from './appeal-notice-rights.ts'
import { deciderLine } from './decider.ts'
import { noticeTemplateFor } from './notice-rights.ts'
import { NOT_HELD, type Citation, type RightsSection } from './notice-template.ts'
import type { LetterParties } from './parties.ts'
import { formatPlainDate } from '../domain/plain-date.ts'
import { templateOf } from './template-versions.ts'

export type Audience = 'member' | 'provider'

/** What every letter is written from besides its decision. */
export type LetterInput = {
  case: StoredCase
  audience: Audience
  /** Names and addresses (src/letters/parties.ts). */
  parties: LetterParties
  /** The service's words for the service code (HCPCS only: CPT's are licensed). */
  serviceDescription: string
}

export type ComposedLetter = {
  kind: LetterKind
  templateId: string
  templateVersion: number
  content: LetterContent
}

export const letterTitles: Record<LetterKind, Record<Audience, string>> = {
  denial: {
    member: 'Member notice: denial of coverage',
    provider: 'Provider notice: denial of coverage',
  },
  'appeal-decision': {
    member: 'Member notice: appeal decision',
    provider: 'Provider notice: appeal decision',
  },
}

/** A letter prints the cite of a rule, never its research note or a plan rule's label. */
const printed = (sources: Citation[]): LetterSource[] =>
  sources.filter((s) => s.printed !== false).map((s) => ({ cite: s.cite, url: s.url }))

const sourcesOf = (sources: Citation[]): LetterBlock[] => {
  const items = printed(sources)
  return items.length ? [{ kind: 'sources', items }] : []
}

const h2 = (text: string): LetterBlock => ({ kind: 'heading', level: 2, text })
const h3 = (text: string): LetterBlock => ({ kind: 'heading', level: 3, text })
const para = (text: string, more: { written?: true; notHeld?: true } = {}): LetterBlock => ({
  kind: 'paragraph',
  text,
  ...more,
})
const dateRow = (term: string, at: string, zone: string, before = ''): LetterFact => ({
  term,
  lines: [`${before}${formatInZone(new Date(at), zone)}`],
  at,
})

function facts(
  { case: c, audience, parties, serviceDescription }: LetterInput,
  issuedAt: string,
  zone: string,
  appliesTo: string,
  rows: LetterFact[],
): LetterBlock {
  const to = audience === 'member' ? parties.member : parties.provider
  return {
    kind: 'facts',
    rows: [
      { term: 'Case reference', lines: [c.reference] },
      dateRow('Date of this notice', issuedAt, zone),
      { term: 'To', lines: to.lines, ...(to.notHeld ? { notHeld: true as const } : {}) },
      ...(audience === 'provider' && parties.memberName
        ? [{ term: 'Member', lines: [parties.memberName] }]
        : []),
      // The member's own letter shows their own ID; the provider's keeps it masked.
      {
        term: 'Member ID',
        lines: [audience === 'member' ? c.input.memberId : maskMemberId(c.input.memberId)],
      },
      { term: 'Plan type', lines: [appliesTo] },
      { term: 'Line of business', lines: [lineOfBusinessLabels[c.input.lineOfBusiness]] },
      { term: 'Service', lines: [`${c.input.serviceCode}: ${serviceDescription}`] },
      { term: 'Date of service', lines: [formatPlainDate(c.input.dateOfService)] },
      {
        term: 'Diagnosis',
        lines: [c.input.diagnosisCodes.length ? c.input.diagnosisCodes.join(', ') : 'None given'],
      },
      ...(audience === 'member'
        ? [{ term: 'Requesting provider', lines: [parties.requestingProvider] }]
        : []),
      ...rows,
    ],
  }
}

type DenialWords = Pick<Decision, 'memberReason' | 'criterion' | 'writtenBasis'>

function denialReason(heading: string, d: DenialWords, sources: Citation[]): LetterBlock[] {
  return [
    h2(heading),
    para(d.memberReason ?? '', { written: true }),
    ...sourcesOf(sources),
    h2('The criterion we relied on'),
    d.criterion
      ? {
          kind: 'criterion',
          title: d.criterion.title,
          quoted: d.criterion.quoted,
          source: d.criterion.source,
        }
      : para(
          `No criteria are on file for this service. The basis for the decision: ${d.writtenBasis}`,
          {
            written: true,
          },
        ),
  ]
}

function peerToPeer(offered: boolean | null): LetterBlock[] {
  return [
    h2('Peer-to-peer conversation'),
    para(
      offered
        ? 'The deciding physician offers a peer-to-peer conversation about this decision. To take it up, call and quote the case reference.'
        : 'A peer-to-peer conversation was not offered for this decision.',
    ),
    ...(offered ? [para(NOT_HELD.umLine, { notHeld: true })] : []),
  ]
}

function rights(sections: RightsSection[], extra: Record<string, string[]> = {}): LetterBlock[] {
  return sections.map((s) => ({
    kind: 'section',
    id: s.id,
    heading: s.heading,
    paragraphs: [...s.paragraphs, ...(extra[s.id] ?? [])],
    sources: printed(s.sources),
  }))
}

function content(kind: LetterKind, input: LetterInput, blocks: LetterBlock[]): LetterContent {
  const { parties, audience } = input
  const to = audience === 'member' ? parties.member : parties.provider
  return {
    title: letterTitles[kind][audience],
    returnAddress: parties.plan,
    recipient: to,
    blocks,
  }
}

/**
 * One denial notice, written from the decision record: the facts every notice carries,
 * the reason and criterion, who decided, then the rights of the case's line of business
 * with their sources.
 */
export function denialLetter(input: LetterInput, d: Decision): ComposedLetter {
  const { case: c, audience } = input
  const zone = c.turnaround.timeZone
  const issued = d.noticesIssuedAt ?? d.decidedAt
  const template = noticeTemplateFor(c.input)
  const you = audience === 'member' ? 'you' : 'the member'
  const blanket = pendCannotChangeOutcome(c.determination)
  const blocks: LetterBlock[] = [
    facts(input, issued, zone, template.appliesTo, [
      dateRow('Decision', d.decidedAt, zone, 'Denied on '),
    ]),
    ...denialReason('Why we denied this request', d, template.reasonSources),
    h2('Who decided'),
    para(deciderLine(d.decidedBy)),
    ...(template.id === 'erisa'
      ? [h3('The physician’s rationale'), para(d.rationale, { written: true })]
      : []),
    ...(audience === 'provider' ? peerToPeer(d.peerToPeerOffered) : []),
    h2(audience === 'member' ? 'Your rights' : 'The member’s rights'),
    para(
      `What ${you} may do next (${template.appliesTo}). Each right names the rule it comes from.`,
    ),
    ...rights(
      template.sections,
      blanket
        ? {
            'material-needed': [
              'The criteria applied are a blanket statement: they do not depend on the member’s records, so further documents would not change this decision.',
            ],
          }
        : {},
    ),
  ]
  return {
    kind: 'denial',
    ...templateOf('denial', c.input),
    content: content('denial', input, blocks),
  }
}

/**
 * The notice of an appeal decision, written from the appeal's decision record like the
 * first notice: the facts, the reason and criterion of an upheld denial, who decided (a
 * physician other than the one who denied), then what follows for the case's line of
 * business and outcome, each with its rule.
 */
export function appealLetter(
  input: LetterInput,
  appeal: Appeal,
  d: AppealDecision,
): ComposedLetter {
  const { case: c, audience } = input
  const zone = appeal.clock.timeZone
  const notice = appealNoticeFor(c.input, d.action)
  const upheld = d.action === 'uphold'
  const showRationale = !upheld || notice.id !== 'medicare-advantage'
  const blocks: LetterBlock[] = [
    facts(input, d.decidedAt, zone, notice.appliesTo, [
      dateRow('Appeal received', appeal.receivedAt, zone),
      dateRow(
        'Appeal decision',
        d.decidedAt,
        zone,
        `${upheld ? 'Denial upheld' : 'Approved on appeal'} on `,
      ),
      ...(d.forwardedToIndependentReviewAt
        ? [dateRow('Forwarded to independent review', d.forwardedToIndependentReviewAt, zone)]
        : []),
    ]),
    ...(upheld
      ? denialReason('Why we kept the denial', d, notice.reasonSources)
      : [h2('We approve the service on appeal')]),
    h2('Who decided'),
    para(
      `${deciderLine(d.decidedBy)}: a physician other than the one who made the first decision.`,
    ),
    ...(showRationale
      ? [
          h3(upheld ? 'The physician’s clinical rationale' : 'Why we changed our decision'),
          para(d.rationale, { written: true }),
        ]
      : []),
    ...(audience === 'provider' && upheld ? peerToPeer(d.peerToPeerOffered) : []),
    h2(audience === 'member' ? 'What happens next' : 'What happens next for the member'),
    para(`For ${notice.appliesTo}. Each statement names the rule it comes from.`),
    ...rights(notice.sections),
  ]
  return {
    kind: 'appeal-decision',
    ...templateOf('appeal-decision', c.input),
    content: content('appeal-decision', input, blocks),
  }
}
