import type { Citation } from './notice-template.ts'

/** Where each rule's text can be read: the letter links its cite there. */
export const ecfr42 = (section: string) =>
  `https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-422/section-${section}`
export const ERISA_CLAIMS =
  'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-G/part-2560/section-2560.503-1'
export const ERISA_EXTERNAL =
  'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-L/part-2590/subpart-C/section-2590.715-2719'
export const wac = (cite: string) => `https://app.leg.wa.gov/wac/default.aspx?cite=${cite}`

/** Medicare Advantage: the specific reason, and the prior authorization rule that repeats it. */
export const medicareReasonSources: Citation[] = [
  {
    cite: '42 CFR 422.568(e)(2)',
    url: ecfr42('422.568'),
    confirmed: true,
    note: 'Read (a copy of 422.568(e)): the notice of any denial must state the specific reasons for the denial.',
  },
  {
    cite: 'CMS-0057-F (Interoperability and Prior Authorization final rule)',
    url: 'https://www.cms.gov/newsroom/fact-sheets/cms-interoperability-and-prior-authorization-final-rule-cms-0057-f',
    confirmed: false,
    note: 'Not confirmed: the rule’s text (which paragraph requires a specific reason for a prior authorization denial, for Medicare Advantage and the other payers it covers) was not read; the requirement is as the product brief states it. It does not cover Washington fully insured or self-funded (ERISA) plans, whose notices do not cite it.',
  },
]

/** Washington: WAC 284-43-3070, read in the Legislature’s 2019 archive copy. */
export const wac3070 = (item: string, note: string, confirmed = true): Citation => ({
  cite: `WAC 284-43-3070${item}`,
  url: wac('284-43-3070'),
  confirmed,
  note: `${confirmed ? 'Read' : 'Not confirmed'} (the Legislature’s 2019 archive copy of WAC 284-43-3070; a later amendment was not checked): ${note}`,
})

/** The provider notice's addition: a plan rule, not a regulation, so it is not printed. */
export const peerToPeerSource: Citation = {
  cite: 'Plan rule: the provider notice offers a peer-to-peer conversation',
  url: null,
  confirmed: true,
  note: 'A product rule of this plan (docs/product-rules.md, Notices), not a cited regulation.',
  printed: false,
}
