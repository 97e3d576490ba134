import type { CaseInput } from '../api/schemas/case-fields.ts'
import { appealNoticeFor } from './appeal-notice-rights.ts'
import { noticeTemplateFor } from './notice-rights.ts'
import type { Citation, RightsSection } from './notice-template.ts'
import { peerToPeerSource } from './sources.ts'

export type LetterOutcome = 'deny' | 'approve' | 'uphold'
type Product = Pick<CaseInput, 'lineOfBusiness' | 'groupFunding'>

/** What a letter states beyond the decision's own facts, and the rules it rests on. */
export type LetterContent = {
  appliesTo: string
  reasonSources: Citation[]
  sections: RightsSection[]
}

/** The one place a letter's rules are chosen: the letters and the compliance view read it. */
export function letterContent(input: Product, outcome: LetterOutcome): LetterContent {
  if (outcome === 'deny') return noticeTemplateFor(input)
  const n = appealNoticeFor(input, outcome)
  return {
    appliesTo: n.appliesTo,
    reasonSources: outcome === 'uphold' ? n.reasonSources : [],
    sections: n.sections,
  }
}

/** Each product whose letters differ, as the compliance view lists them. */
export const letterProducts: { label: string; input: Product }[] = [
  { label: 'Medicare Advantage', input: { lineOfBusiness: 'medicare-advantage' } },
  {
    label: 'Commercial fully insured group (Washington)',
    input: { lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
  },
  { label: 'Individual & Family (Washington)', input: { lineOfBusiness: 'individual-family' } },
  {
    label: 'Commercial self-funded (ERISA)',
    input: { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' },
  },
]

export const outcomeLabels: Record<LetterOutcome, string> = {
  deny: 'denial notice',
  uphold: 'appeal decision notice, denial upheld',
  approve: 'appeal decision notice, approved on appeal',
}

/** The provider's letters add the peer-to-peer offer (a plan rule) to a denial. */
export const providerAddition = {
  statement: 'The provider notice of a denial says whether a peer-to-peer conversation is offered.',
  source: peerToPeerSource,
}
