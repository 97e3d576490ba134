import type { StoredCase } from '../../../api/schemas/case.ts'
import type { PostalAddress } from '../../../api/schemas/member.ts'

/** Someone a letter goes to or names, as the case recorded them when it was entered. */
export type LetterParty = { name: string; addressLines: string[] }

/**
 * What a case's letters say about the people in it: every input a letter takes from the
 * member's enrollment and the provider directory, in one place. It reads the copy the
 * case kept when it was entered (`StoredCase.parties`), never the records as they are
 * now, so a later edit of either record leaves an issued letter as it was. Null where
 * no record was on file: the letter says so, never invents one.
 */
export type LetterParties = {
  member: LetterParty | null
  /** The member's own ID, unmasked (the member's letter prints it). */
  memberId: string
  provider: (LetterParty & { npi: string; phone: string; fax: string | null }) | null
  /** The NPI the case names, whether or not the directory had an entry for it. */
  providerNpi: string | null
  dateOfService: string
  diagnosisCodes: string[]
}

const lines = (a: PostalAddress) => [...a.lines, `${a.city}, ${a.state} ${a.postalCode}`]

export function letterParties(c: StoredCase): LetterParties {
  const m = c.parties?.member ?? null
  const p = c.parties?.provider ?? null
  return {
    member: m && { name: m.name, addressLines: lines(m.address) },
    memberId: c.input.memberId,
    provider: p && {
      ...{ name: p.name, addressLines: lines(p.address), npi: p.npi },
      ...{ phone: p.phone, fax: p.fax ?? null },
    },
    providerNpi: c.input.requestingProviderNpi ?? null,
    dateOfService: c.input.dateOfService,
    diagnosisCodes: c.input.diagnosisCodes,
  }
}
