import { planLabels } from '../api/labels.ts'
import type { StoredCase } from '../api/schemas/case.ts'
import type { LetterAddress } from '../api/schemas/letter.ts'
import { NOT_HELD } from './notice-template.ts'

/** Who a letter is from and to: the plan's return address, the member, the provider. */
export type LetterParties = {
  plan: LetterAddress
  member: LetterAddress
  provider: LetterAddress
}

/**
 * The parties of a case's letters: the one place the letters learn names and
 * addresses. The service holds no enrollment or provider directory yet, so each block
 * says where its lines come from; a lookup in those records replaces this function.
 */
export function letterParties(c: Pick<StoredCase, 'input'>): LetterParties {
  const npi = c.input.requestingProviderNpi
  return {
    plan: { lines: [planLabels[c.input.plan], NOT_HELD.planAddress], notHeld: true },
    member: { lines: [NOT_HELD.memberName, NOT_HELD.memberAddress], notHeld: true },
    provider: {
      lines: [NOT_HELD.providerName, ...(npi ? [`NPI ${npi}`] : [])],
      notHeld: true,
    },
  }
}
