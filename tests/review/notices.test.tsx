import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { deniedCaseVia, newCaseVia } from './decided-case.ts'
import { expectNoInternalNote } from './letter-checks.ts'

const notice = () => screen.findByRole('article', {}, { timeout: 10_000 })
const heading = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 })

/** What every notice carries, whatever the line of business. */
async function expectCommonFacts(reference: string, credentials: RegExp) {
  const letter = await notice()
  expect(letter).toHaveTextContent(`Case reference${reference}`)
  expect(letter).toHaveTextContent(/Date of this notice.*(PST|PDT)/)
  expect(
    await within(letter).findByText(/^M0076: .*[Pp]rolotherapy/, {}, { timeout: 5000 }),
  ).toBeInTheDocument()
  expect(letter).toHaveTextContent(/Denied on/)
  expect(
    within(letter).getByText('This injection has not been shown to work better than usual care.'),
  ).toBeInTheDocument()
  expect(letter).toHaveTextContent(credentials)
  expect(letter).toHaveTextContent(/no enrollment record was on file for this member/)
  return letter
}

describe('denial notices', () => {
  it('Medicare Advantage member notice: the NCD, reconsideration rights, 65 days, cited', async () => {
    const { c } = await deniedCaseVia({
      lineOfBusiness: 'medicare-advantage',
      groupFunding: undefined,
    })
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-rev-1' })
    await heading('Member notice: denial of coverage')
    const letter = await expectCommonFacts(c.reference, /Dr\. .*, (MD|DO), Medical director/)
    expect(letter).toHaveTextContent(
      'National Coverage Determination (NCD) 150.7: Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
    )
    expect(letter).toHaveTextContent('Source: Prolotherapy/Sclerotherapy, For Medicare Members')
    const rights = within(letter).getByRole('heading', {
      name: 'Your right to ask us to reconsider (appeal)',
    })
    expect(rights.closest('section')).toHaveTextContent(/standard reconsideration.*expedited/)
    expect(
      within(letter).getByRole('link', { name: '42 CFR 422.568(e)(3), (e)(4)(i)' }),
    ).toBeInTheDocument()
    const when = within(letter).getByRole('heading', { name: 'When to ask' }).closest('section')!
    expect(when).toHaveTextContent('within 65 calendar days from the date of this notice')
    expect(within(when).getByRole('link', { name: '42 CFR 422.582(b)' })).toBeInTheDocument()
    expectNoInternalNote(letter)
    expect(letter).toHaveTextContent(/CMS-10003-NDMC/)
    expect(letter).not.toHaveTextContent(/Peer-to-peer/)
  })

  it('Washington fully insured member notice: internal appeal, independent review, criteria free', async () => {
    const { c } = await deniedCaseVia()
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-md-1' })
    const letter = await expectCommonFacts(c.reference, /, (MD|DO), Medical director/)
    expect(letter).toHaveTextContent('Prolotherapy/Sclerotherapy for ANY indication')
    expect(letter).toHaveTextContent(
      /There is insufficient evidence in the published medical literature/,
    )
    expect(
      within(letter).getByRole('heading', { name: 'Your right to an internal appeal' }),
    ).toBeInTheDocument()
    expect(
      within(letter).getByRole('heading', { name: 'Your right to an independent review' }),
    ).toBeInTheDocument()
    expect(within(letter).getByRole('link', { name: 'WAC 284-43A-140' })).toBeInTheDocument()
    const criteria = within(letter)
      .getByRole('heading', { name: 'The criteria we used' })
      .closest('section')!
    expect(criteria).toHaveTextContent(/free of charge/)
    expect(within(criteria).getByRole('link', { name: /^WAC 284-43-3070/ })).toBeInTheDocument()
    expect(letter).not.toHaveTextContent(/CMS-0057-F/)
    expectNoInternalNote(letter)
  })

  it('self-funded (ERISA) member notice: plan provision, review procedure, 502(a), 180 days', async () => {
    const { c } = await deniedCaseVia({ groupFunding: 'self-funded' })
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-md-1' })
    const letter = await expectCommonFacts(c.reference, /, (MD|DO), Medical director/)
    expect(letter).toHaveTextContent(
      /The plan document section relied on: from the plan’s documents \(not held by this app\)/,
    )
    expect(letter).toHaveTextContent(/180 days/)
    expect(letter).toHaveTextContent(/section 502\(a\)/)
    expect(letter).toHaveTextContent(/29 CFR 2560\.503-1\(g\)\(1\)\(iv\)/)
    expect(letter).toHaveTextContent(/29 CFR 2560\.503-1\(h\)\(3\)\(i\)/)
    expect(letter).not.toHaveTextContent(/CMS-0057-F/)
    expectNoInternalNote(letter)
    expect(letter).toHaveTextContent(/no evidence of benefit/) // the clinical judgment: the rationale
    expect(letter).toHaveTextContent(/do not depend on the member’s records/)
  })

  it('the provider notice adds the peer-to-peer offer and how to take it up', async () => {
    const { c } = await deniedCaseVia({}, true)
    const { user } = await renderApp(`/cases/${c.id}/notices/provider`, { as: 'u-md-1' })
    await heading('Provider notice: denial of coverage')
    const letter = await notice()
    expect(
      within(letter).getByRole('heading', { name: 'Peer-to-peer conversation' }),
    ).toBeInTheDocument()
    expect(letter).toHaveTextContent(/offers a peer-to-peer conversation.*quote the case reference/)
    expect(letter).toHaveTextContent(/The member’s rights/)
    expectNoInternalNote(letter)
    await user.click(screen.getByRole('link', { name: 'Member notice' }))
    expect(await heading('Member notice: denial of coverage')).toBeInTheDocument()
  })

  it('a case that is not denied has no notice: a clear page, not an empty letter', async () => {
    const { c } = await newCaseVia()
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-md-1' })
    expect(await heading('This case has no denial notice')).toBeInTheDocument()
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the case' })).toBeInTheDocument()
  })

  it('the print view shows credentials and links to both notices', async () => {
    const { c } = await deniedCaseVia()
    await renderApp(`/cases/${c.id}/print`, { as: 'u-md-1' })
    await heading('Decision summary')
    expect(await screen.findByText(/, (MD|DO), Medical director/)).toBeInTheDocument()
    expect(screen.getByText(/^(On time|Late): due/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Member notice' })).toHaveAttribute(
      'href',
      `/cases/${c.id}/notices/member`,
    )
    expect(screen.getByRole('link', { name: 'Provider notice' })).toBeInTheDocument()
  })
})
