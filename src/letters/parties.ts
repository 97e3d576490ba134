import { planLabels } from '../api/labels.ts'
import type { StoredCase } from '../api/schemas/case.ts'
import type { LetterAddress } from '../api/schemas/letter.ts'
import type { PostalAddress } from '../api/schemas/member.ts'
import { NOT_HELD } from './notice-template.ts'

/**
 * Who a letter is from and to, and what it says of the people in the case: the one
 * place the letters learn names and addresses. It reads the copy the case kept when it
 * was entered (`StoredCase.parties`), never the records as they are now, so a later
 * edit of either record leaves a letter as it was. Where no record was on file the
 * block says so, never invents one.
 */
export type LetterParties = {
  plan: LetterAddress
  member: LetterAddress
  provider: LetterAddress
  /** The member's name, when enrollment had a record (the provider's letter names them). */
  memberName: string | null
  /** The requesting provider in one line, for the member's letter. */
  requestingProvider: string
}

const lines = (a: PostalAddress) => [...a.lines, `${a.city}, ${a.state} ${a.postalCode}`]

export function letterParties(c: Pick<StoredCase, 'input' | 'parties'>): LetterParties {
  const m = c.parties?.member ?? null
  const p = c.parties?.provider ?? null
  const npi = c.input.requestingProviderNpi || null
  return {
    plan: { lines: [planLabels[c.input.plan], NOT_HELD.planAddress], notHeld: true },
    member: m
      ? { lines: [m.name, ...lines(m.address)], notHeld: false }
      : { lines: [NOT_HELD.member], notHeld: true },
    provider: p
      ? { lines: [p.name, ...lines(p.address), `NPI ${p.npi}`], notHeld: false }
      : { lines: [NOT_HELD.provider, ...(npi ? [`NPI ${npi}`] : [])], notHeld: true },
    memberName: m?.name ?? null,
    requestingProvider: p
      ? `${p.name}, NPI ${p.npi}`
      : npi
        ? `NPI ${npi} (no provider directory entry on file)`
        : 'Not named on the request',
  }
}
