import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { complianceGroups } from '../../src/app/compliance-groups.ts'
import { renderApp } from '../render-app.tsx'

const page = () =>
  screen.findByRole(
    'heading',
    { level: 1, name: 'Compliance: rules behind letters and clocks' },
    { timeout: 10_000 },
  )
const group = (name: string | RegExp) => screen.getByRole('region', { name }) as HTMLElement
const entryFor = (region: HTMLElement, cite: string) =>
  within(region)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByText(cite) !== null)!

describe('/compliance', () => {
  it('is reached from the policies page and lists each letter and each appeal clock', async () => {
    const { user } = await renderApp('/policies', { as: 'u-rev-1' })
    await user.click(await screen.findByRole('link', { name: 'compliance' }, { timeout: 10_000 }))
    expect(await page()).toBeInTheDocument()
    for (const g of complianceGroups())
      expect(screen.getByRole('heading', { level: 2, name: g.title })).toBeInTheDocument()
    expect(group('Medicare Advantage: denial notice')).toBeInTheDocument()
    expect(group(/^Appeal clock: Medicare Advantage reconsideration/)).toBeInTheDocument()
    expect(group(/^Decision clock: Medicare Advantage, received on or after/)).toBeInTheDocument()
  })

  it('the appeal clocks show their limits and sources, settled or not', async () => {
    await renderApp('/compliance', { as: 'u-rev-1' })
    await page()
    const ma = group(/^Appeal clock: Medicare Advantage reconsideration/)
    const filing = entryFor(ma, '42 CFR 422.582(b)')
    expect(filing).toHaveTextContent(/65 calendar days from the date of the notice/)
    expect(filing).toHaveTextContent(/Text confirmed against the sourceNo/)
    const wa = group(/^Appeal clock: Washington internal appeal/)
    const standard = entryFor(wa, 'WAC 284-43-3110(1), (2)')
    expect(standard).toHaveTextContent(/Standard appeal decided within: 14 calendar days/)
    expect(standard).toHaveTextContent(/Text confirmed against the sourceYes/)
  })

  it('lists the RCW 48.43.830 ask-for-information clocks of fax and phone requests, not confirmed', async () => {
    await renderApp('/compliance', { as: 'u-rev-1' })
    await page()
    const fax = group(/^Decision clock: Commercial fully insured or Individual & Family, fax/)
    const entries = within(fax)
      .getAllByRole('listitem')
      .filter((li) => /More information asked for/.test(li.textContent ?? ''))
    expect(entries.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'More information asked for, standard request, within: 5 calendar days (requests received from 2024-01-01).',
      'More information asked for, expedited request, within: 1 calendar day (24 hours from receipt) (requests received from 2024-01-01).',
    ])
    expect(entries[0]).toHaveTextContent(
      /RCW 48\.43\.830 \(E2SHB 1357\): for a nonelectronic request/,
    )
    expect(entries[0]).toHaveTextContent(/Text confirmed against the sourceNo/)
    expect(entries[0]).toHaveTextContent(/calendar days, not business days/)
  })

  it('shows the research the letters leave out: what was read, and what is not known', async () => {
    await renderApp('/compliance', { as: 'u-md-1' })
    await page()
    const medicare = group('Medicare Advantage: denial notice')
    const cms = entryFor(
      medicare,
      'CMS-0057-F (Interoperability and Prior Authorization final rule)',
    )
    expect(cms).toHaveTextContent(/Text confirmed against the sourceNo/)
    expect(cms).toHaveTextContent(/What is not known.*was not read/)
    const reason = entryFor(medicare, '42 CFR 422.568(e)(2)')
    expect(reason).toHaveTextContent(/Text confirmed against the sourceYes/)
    expect(reason).toHaveTextContent(/What was read/)
    // The plan rule behind the peer-to-peer offer: listed here with its product-rule home.
    const p2p = entryFor(
      medicare,
      'Plan rule: the provider notice offers a peer-to-peer conversation',
    )
    expect(p2p).toHaveTextContent(/docs\/product-rules\.md, Notices/)
    expect(p2p).toHaveTextContent(/Printed on the letterNo/)
  })

  it('CMS-0057-F is listed only for Medicare Advantage letters', () => {
    for (const g of complianceGroups().filter((g) => !g.id.includes('clock'))) {
      const cites = g.entries.map((e) => e.source.cite).join('\n')
      if (g.id.startsWith('medicare-advantage') && !g.id.endsWith('approve'))
        expect(cites, g.title).toMatch(/CMS-0057-F/)
      else expect(cites, g.title).not.toMatch(/CMS-0057-F/)
    }
  })
})
