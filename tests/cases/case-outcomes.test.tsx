import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { fillCase, medicareM0076, waitForCasePage } from './case-form.ts'

async function enterCase(answers: Parameters<typeof fillCase>[1]) {
  const view = await renderApp('/cases/new', { as: 'u-rev-1' })
  await fillCase(view.user, answers)
  await view.user.click(screen.getByRole('button', { name: 'Submit case' }))
  const caseId = await waitForCasePage(view.router)
  await screen.findByRole('heading', { level: 2, name: 'Determination' })
  return { ...view, caseId }
}

describe('each proposed outcome, from entry to the case page', () => {
  it('Medicare Advantage + M0076: not covered per Medicare criteria, NCD 150.7, beside the evidence', async () => {
    await enterCase(medicareM0076)
    const determination = screen.getByRole('region', { name: 'Determination' })
    expect(within(determination).getByText('Not covered (Medicare)')).toBeInTheDocument()
    // Where the case stands is said once, at the head of the decision column.
    expect(within(determination).queryByText('Pending medical director review')).toBeNull()
    expect(
      within(screen.getByRole('region', { name: 'Case status' })).getByText(
        'Pending medical director review',
      ),
    ).toBeInTheDocument()
    const quote = within(determination).getByRole('figure')
    expect(quote).toHaveTextContent('This service is not covered per Medicare criteria.')
    expect(
      within(determination).getByText(/National Coverage Determination \(NCD\) 150\.7/),
    ).toHaveTextContent(
      'Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
    )
    const table = within(determination).getByRole('table')
    expect(within(table).getByText('For Medicare Members')).toBeInTheDocument()
    expect(within(table).getByText('The row that applies to this case')).toBeInTheDocument()
    expect(
      within(determination).getByRole('link', { name: /Prolotherapy\/Sclerotherapy/ }),
    ).toHaveAttribute('href', '/policies/prolotherapy-sclerotherapy')
    // The criteria hash stays in the record and the audit trail, not on the reader's screen.
    expect(within(determination).queryByText(/criteria hash/)).not.toBeInTheDocument()
    expect(within(determination).getByText('Review overdue')).toBeInTheDocument()
    expect(within(determination).getByText(/Codes may not be all-inclusive/)).toBeInTheDocument()
    expect(within(determination).getByText(/Member contracts differ/)).toBeInTheDocument()
    expect(within(determination).queryByText(/App text, not policy text/)).not.toBeInTheDocument()
    expect(within(determination).getByText(/What happens next/)).toBeInTheDocument()

    const evidence = screen.getByRole('region', { name: 'MTAC evidence conclusions' })
    expect(
      within(evidence).getByText("Evidence addresses this case's diagnosis (M54.50)."),
    ).toBeInTheDocument()
    expect(within(evidence).getByText(/app data, not from the policy/)).toBeInTheDocument()
    expect(
      await within(evidence).findByRole('heading', { name: '06/09/1999: MTAC REVIEW' }),
    ).toBeInTheDocument()
    expect(
      within(evidence).getByRole('heading', { name: '04/10/2002: MTAC REVIEW' }),
    ).toBeInTheDocument()
    expect(
      within(evidence).getByRole('link', { name: /Evidence Table: Ongley 1987/ }),
    ).toHaveAttribute(
      'href',
      // The opaque case id goes along, so a director's reading is recorded on this case.
      expect.stringMatching(
        /^\/policies\/prolotherapy-sclerotherapy\/evidence\?study=ongley-1987&case=case-[0-9a-f-]+$/,
      ),
    )
    expect(within(evidence).getAllByText(/does not meet the/)).toHaveLength(2)
    // Each review says how old it is (1999 and 2002: more than 20 years before any run).
    const ages = within(evidence).getAllByText(/MTAC review of .*: reviewed \d{2} years ago/)
    expect(ages).toHaveLength(2)

    const facts = screen.getByRole('region', { name: 'Case details' })
    expect(within(facts).getByText('••••••5678')).toBeInTheDocument()
    expect(within(facts).queryByText('AB12345678')).not.toBeInTheDocument()
    expect(within(facts).getByText(/^M54\.50/)).toBeInTheDocument()
    expect(within(facts).getByText(/left\)|Overdue/)).toBeInTheDocument()
    expect(within(facts).getAllByText(/P[SD]T/).length).toBeGreaterThan(0)
  })

  it('a commercial member + M0076: insufficient evidence, and the evidence is about low back pain', async () => {
    await enterCase({
      ...medicareM0076,
      lineOfBusiness: /^Commercial \(group\)/,
      groupFunding: 'Fully insured',
      diagnosisCodes: ['M25.561'],
    })
    const determination = screen.getByRole('region', { name: 'Determination' })
    expect(within(determination).getByText('Not medically necessary')).toBeInTheDocument()
    expect(within(determination).getByRole('figure')).toHaveTextContent(
      'There is insufficient evidence in the published medical literature to show that this service/therapy is as safe as standard services/therapies and/or provides better long-term outcomes than current standard services/therapies.',
    )
    expect(within(determination).getByText('For Non-Medicare Members')).toBeInTheDocument()
    const evidence = screen.getByRole('region', { name: 'MTAC evidence conclusions' })
    expect(
      within(evidence).getByText(
        'The MTAC evidence on file addresses low back pain, while the criteria apply to any indication.',
      ),
    ).toBeInTheDocument()
    expect(
      within(evidence).getByText(/Low back pain value set \(app data, not from the policy\)/),
    ).toBeInTheDocument()
  })

  it('an unknown code: no criteria on file, individual medical director review', async () => {
    await enterCase({ ...medicareM0076, serviceCode: '20550' })
    const determination = screen.getByRole('region', { name: 'Determination' })
    expect(within(determination).getByText('No criteria on file')).toBeInTheDocument()
    expect(
      within(determination).getAllByText(/individual medical director review/).length,
    ).toBeGreaterThan(0)
    expect(within(determination).queryByRole('table')).not.toBeInTheDocument()
    const evidence = screen.getByRole('region', { name: 'MTAC evidence conclusions' })
    expect(within(evidence).getByText(/no MTAC evidence conclusions to show/)).toBeInTheDocument()
    expect(within(evidence).queryByRole('article')).not.toBeInTheDocument()
  })

  it('shows the same case after a reload of its address', async () => {
    const { caseId, unmount } = await enterCase(medicareM0076)
    unmount()
    await renderApp(`/cases/${caseId}`)
    expect(await screen.findByText('Not covered (Medicare)')).toBeInTheDocument()
    expect(screen.getByText('••••••5678')).toBeInTheDocument()
  })
})
