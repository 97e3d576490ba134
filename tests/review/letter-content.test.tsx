import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { decidedAppeal } from '../api/appeal-decided.ts'
import { renderApp } from '../render-app.tsx'
import { deniedCaseVia } from './decided-case.ts'
import { expectNoInternalNote } from './letter-checks.ts'

type Outcome = 'deny' | 'uphold' | 'approve'
type Required = [heading: string, ...words: RegExp[]]

const products = {
  'Medicare Advantage': { lineOfBusiness: 'medicare-advantage', groupFunding: undefined },
  'Washington fully insured group': {
    lineOfBusiness: 'commercial-group',
    groupFunding: 'fully-insured',
  },
  'self-funded (ERISA)': { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' },
} as const
type Product = keyof typeof products

const help: Required = [
  'Get help with your appeal',
  /1-800-MEDICARE \(1-800-633-4227\)/,
  /TTY users call 1-877-486-2048/,
]
const levelsAfter: Required = [
  'The rest of the appeals process',
  /Administrative Law Judge.*Medicare Appeals Council.*federal court/,
]
const commissioner: Required = [
  'Washington State Office of the Insurance Commissioner',
  /consumer protection hotline at 1-800-562-6900 or visit www\.insurance\.wa\.gov/,
]
const erisaAppeal: Required = [
  'How to appeal to the plan, and your right to sue',
  /180 days from the day you receive this notice/,
  /section 502\(a\)/,
]
const urgent: Required = ['If your care is urgent', /expedited \(urgent care\) appeal.*72 hours/]
const external: Required = ['Independent (external) review', /not a “grandfathered” plan/]
const waRecords: Required[] = [
  ['The plan sections this decision is based on', /plan’s provision on medical necessity/],
  ['Your records', /copy of our records/, /review the records of information relevant/],
  ['You may present evidence', /You and your provider may present evidence/],
]

/** What each letter must carry, by line of business and outcome: headings and their words. */
const required: Record<Product, Record<Outcome, Required[]>> = {
  'Medicare Advantage': {
    deny: [
      ['Your right to ask us to reconsider (appeal)', /standard reconsideration.*expedited/],
      [
        'Who may ask, and how to name a representative',
        /Your doctor may ask for you/,
        /Appointment of Representative form \(CMS-1696\)/,
      ],
      ['When to ask', /within 65 calendar days from the date of this notice/, /good reason/],
      [
        'How long a reconsideration takes',
        /no later than 30 calendar days/,
        /no later than 72 hours/,
        /up to 14 more calendar days/,
      ],
      [
        'The rest of the appeals process',
        /automatically send your case to an independent review entity/,
        /Administrative Law Judge/,
      ],
      help,
    ],
    uphold: [
      ['Your case has been sent to an independent reviewer', /You do not need to ask/],
      ['What the independent reviewer does', /as quickly as your health requires/],
      levelsAfter,
      help,
    ],
    approve: [['What this decision means', /approved/], help],
  },
  'Washington fully insured group': {
    deny: [
      ['Your right to an internal appeal', /expedited appeal/],
      ...waRecords,
      [
        'How long the review takes',
        /within 14 days/,
        /within 20 days if .*experimental or investigational/,
        /up to 16 more days/,
      ],
      ['The clinical basis for this decision', /free of charge on request/],
      ['The criteria we used', /free of charge/],
      ['Information that would complete your request', /No further material/],
      erisaAppeal,
      urgent,
      ['Your right to an independent review', /independent review organization/],
      commissioner,
    ],
    uphold: [
      ['Why we kept our decision', /clinical rationale/],
      ...waRecords,
      ['Your right to an independent review', /up to 180 days.*final and binding/],
      ['The criteria we used', /clinical review criteria/],
      ['Documents about your claim', /free of charge/],
      ['Your right to sue', /section 502\(a\)/],
      commissioner,
    ],
    approve: [['What this decision means', /approved/]],
  },
  'self-funded (ERISA)': {
    deny: [
      ['The plan provision this decision is based on', /provision on medical necessity/],
      ['Information that would complete your request', /No further material/],
      erisaAppeal,
      urgent,
      ['The clinical judgment behind this decision', /free on request/],
      external,
    ],
    uphold: [
      ['Why the plan kept its decision, and the plan provision', /specific reason/],
      ['Documents about your claim', /free of charge/],
      ['Your right to sue', /section 502\(a\)/],
      ['The clinical judgment behind this decision', /rationale stated above/],
      external,
    ],
    approve: [['What this decision means', /approved/]],
  },
}

async function letterFor(product: Product, outcome: Outcome) {
  const over = products[product]
  if (outcome === 'deny') {
    const { c } = await deniedCaseVia(over)
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-md-1' })
  } else {
    const c = await decidedAppeal(over, outcome)
    await renderApp(`/cases/${c.id}/notices/appeal/member`, { as: 'u-md-1' })
  }
  return screen.findByRole('article', {}, { timeout: 10_000 })
}

const cases = (Object.keys(required) as Product[]).flatMap((p) =>
  (['deny', 'uphold', 'approve'] as const).map((o) => [p, o] as const),
)

describe('each letter carries what its line of business requires, and no internal note', () => {
  it.each(cases)('%s, %s', async (product, outcome) => {
    const letter = await letterFor(product, outcome)
    for (const [heading, ...words] of required[product][outcome]) {
      const section = within(letter).getByRole('heading', { name: heading }).closest('section')!
      for (const w of words) expect(section, heading).toHaveTextContent(w)
      // Each statement prints its source: a cite, with no research note beside it.
      expect(section, heading).toHaveTextContent(/Source:.*(CFR|WAC|CMS|Medicare\.gov)/)
    }
    expectNoInternalNote(letter)
    // CMS-0057-F only where it applies: under the reason on a Medicare Advantage denial.
    const reasoned = outcome !== 'approve'
    if (product === 'Medicare Advantage' && reasoned) expect(letter).toHaveTextContent(/CMS-0057-F/)
    else expect(letter).not.toHaveTextContent(/CMS-0057-F/)
    // The Insurance Commissioner statement is for Washington's adverse notifications only.
    if (product === 'Washington fully insured group' && reasoned)
      expect(letter).toHaveTextContent(/1-800-562-6900/)
    else expect(letter).not.toHaveTextContent(/1-800-562-6900/)
  })

  it('Washington Individual & Family: Washington’s items without the ERISA ones', async () => {
    const { c } = await deniedCaseVia({
      lineOfBusiness: 'individual-family',
      groupFunding: undefined,
    })
    await renderApp(`/cases/${c.id}/notices/provider`, { as: 'u-md-1' })
    const letter = await screen.findByRole('article', {}, { timeout: 10_000 })
    expect(within(letter).getByRole('heading', { name: 'Your records' })).toBeInTheDocument()
    expect(letter).toHaveTextContent(/1-800-562-6900/)
    expect(letter).not.toHaveTextContent(/section 502\(a\)/)
    expect(letter).not.toHaveTextContent(/180 days from the day you receive/)
    expectNoInternalNote(letter)
  })
})
