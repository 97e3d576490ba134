import type { CaseInput } from '../../../api/schemas/case-fields.ts'
import type { Citation } from './notice-template.ts'
import { erisaNotice } from './rights-erisa.ts'
import { medicareAdvantageNotice } from './rights-medicare.ts'
import { washingtonNotice } from './rights-washington.ts'

/** The rights a notice carries, chosen by line of business and group funding. */
export function noticeTemplateFor(input: Pick<CaseInput, 'lineOfBusiness' | 'groupFunding'>) {
  if (input.lineOfBusiness === 'medicare-advantage') return medicareAdvantageNotice
  if (input.lineOfBusiness === 'commercial-group' && input.groupFunding === 'self-funded')
    return erisaNotice
  return washingtonNotice
}

/** The provider notice's addition: the peer-to-peer offer and how to take it up. */
export const peerToPeerSource: Citation = {
  cite: 'docs/product-rules.md, Notices (the provider notice adds the peer-to-peer offer)',
  url: null,
  confirmed: true,
  note: 'A product rule of this plan, not a cited regulation.',
}

/** Every denial carries a specific reason, whatever the channel. */
export const specificReasonSource: Citation = {
  cite: 'CMS-0057-F (Interoperability and Prior Authorization final rule)',
  url: 'https://www.cms.gov/newsroom/fact-sheets/cms-interoperability-and-prior-authorization-final-rule-cms-0057-f',
  confirmed: false,
  note: 'Not confirmed against the rule’s text with the tools available; stated by the product brief (not in this repository).',
}
