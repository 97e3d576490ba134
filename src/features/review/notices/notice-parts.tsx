import type { ReactNode } from 'react'
import { lineOfBusinessLabels } from '../../../api/labels.ts'
import type { Decision, StoredCase } from '../../../api/schemas/case.ts'
import { maskMemberId } from '../../../domain/member-id.ts'
import { formatInZone } from '../../../domain/time-zone.ts'
import { CriterionWords, Row } from '../decision-words.tsx'
import { SourceList } from './notice-rights-list.tsx'
import { NOT_HELD, type Citation } from './notice-template.ts'
import { peerToPeerSource } from './sources.ts'
import { letterParties, type LetterParty } from './letter-parties.ts'
import { formatPlainDate } from '../../../domain/plain-date.ts'

export type Audience = 'member' | 'provider'

export const At = ({ at, zone }: { at: string; zone: string }) => (
  <time dateTime={at}>{formatInZone(new Date(at), zone)}</time>
)

/**
 * The facts every notice opens with, first decision or appeal; `children` adds the
 * rows of the decision it tells of. Names and addresses come from the records the case
 * kept at entry (letter-parties.ts); where none was on file the letter says so.
 */
export function NoticeFacts({
  value: c,
  audience,
  issuedAt,
  zone,
  appliesTo,
  serviceDescription,
  children,
}: {
  value: StoredCase
  audience: Audience
  issuedAt: string
  zone: string
  appliesTo: string
  serviceDescription: string
  children: ReactNode
}) {
  const parties = letterParties(c)
  return (
    <dl className="summary-list">
      <Row term="Case reference">{c.reference}</Row>
      <Row term="Date of this notice">
        <At at={issuedAt} zone={zone} />
      </Row>
      <Row term="To">
        {audience === 'member' ? (
          <PartyLines party={parties.member} missing={NOT_HELD.member} />
        ) : (
          <>
            <PartyLines party={parties.provider} missing={NOT_HELD.provider} />
            {parties.providerNpi && <span className="party-line">NPI {parties.providerNpi}</span>}
          </>
        )}
      </Row>
      {audience === 'provider' && parties.member && <Row term="Member">{parties.member.name}</Row>}
      {/* The member's own letter shows their own ID; the provider's keeps it masked. */}
      <Row term="Member ID">
        {audience === 'member' ? parties.memberId : maskMemberId(parties.memberId)}
      </Row>
      <Row term="Plan type">{appliesTo}</Row>
      <Row term="Line of business">{lineOfBusinessLabels[c.input.lineOfBusiness]}</Row>
      <Row term="Service">
        {c.input.serviceCode}: {serviceDescription}
      </Row>
      <Row term="Date of service">{formatPlainDate(parties.dateOfService)}</Row>
      <Row term="Diagnosis">
        {parties.diagnosisCodes.length ? parties.diagnosisCodes.join(', ') : 'None given'}
      </Row>
      {audience === 'member' && (
        <Row term="Requesting provider">
          {parties.provider
            ? `${parties.provider.name}, NPI ${parties.provider.npi}`
            : parties.providerNpi
              ? `NPI ${parties.providerNpi} (no provider directory entry on file)`
              : 'Not named on the request'}
        </Row>
      )}
      {children}
    </dl>
  )
}

/** A name and address, a line each; or plainly that no record was on file. */
function PartyLines({ party, missing }: { party: LetterParty | null; missing: string }) {
  if (!party) return <span className="not-held">{missing}</span>
  return (
    <span className="party-lines">
      {[party.name, ...party.addressLines].map((line, i) => (
        <span key={i} className="party-line">
          {line}
        </span>
      ))}
    </span>
  )
}

type DenialWords = Pick<Decision, 'memberReason' | 'criterion' | 'writtenBasis'>

/** A denial's reason in the member's terms and the criterion it rests on, with the rule. */
export function DenialReason({
  heading,
  decision: d,
  sources,
}: {
  heading: string
  decision: DenialWords
  /** The line of business's rules for a specific reason: CMS-0057-F only where it applies. */
  sources: Citation[]
}) {
  return (
    <>
      <h2>{heading}</h2>
      <p dir="auto" className="notice-letter__reason">
        {d.memberReason}
      </p>
      <SourceList sources={sources} />
      <h2>The criterion we relied on</h2>
      {d.criterion ? (
        <CriterionWords criterion={d.criterion} />
      ) : (
        <p dir="auto">
          No criteria are on file for this service. The basis for the decision: {d.writtenBasis}
        </p>
      )}
    </>
  )
}

/** The provider's notice of a denial: whether a peer-to-peer conversation is offered. */
export function PeerToPeerSection({ offered }: { offered: boolean | null }) {
  return (
    <>
      <h2>Peer-to-peer conversation</h2>
      <p>
        {offered
          ? 'The deciding physician offers a peer-to-peer conversation about this decision. To take it up, call and quote the case reference.'
          : 'A peer-to-peer conversation was not offered for this decision.'}
      </p>
      {offered && <p className="not-held">{NOT_HELD.umLine}</p>}
      <SourceList sources={[peerToPeerSource]} />
    </>
  )
}
