import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { dateValue, fillCase, submit, summary, typeDate, waitForCasePage } from './case-form.ts'

/** The PAS guide's subscriber, seeded as a synthetic member. */
const GUIDE_MEMBER = '12345678901'

/** What enrollment does not fill: the service and the request. */
const rest = {
  serviceCode: 'M0076',
  diagnosisCodes: ['M54.50'],
  dateOfService: '2026-12-14',
  urgency: 'Standard',
  requestChannel: /^Electronic/,
}

async function lookUpMember(user: UserEvent, memberId: string) {
  await user.type(await screen.findByLabelText('Member ID'), memberId)
  await user.click(screen.getByRole('button', { name: 'Look up enrollment' }))
}

const said = (text: string | RegExp) =>
  screen.findByText(text, { selector: '[role="status"]' }, { timeout: 5000 })

describe('case entry looks the member and the provider up', () => {
  it('fills what enrollment knows, says so, and the case goes in as it stands', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await lookUpMember(user, GUIDE_MEMBER)
    await said(/^Enrollment record found: Joe Smith\. Date of birth, line of business and plan/)
    const card = screen.getByLabelText('Enrollment record')
    expect(within(card).getByText('Synthetic record')).toBeInTheDocument()
    expect(dateValue('Date of birth')).toBe('1950-01-01')
    expect(screen.getByRole('radio', { name: /^Individual & Family/ })).toBeChecked()
    expect(
      screen.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }),
    ).toBeChecked()
    expect(screen.queryByLabelText('Reason for correcting enrollment')).not.toBeInTheDocument()
    await fillCase(user, rest)
    await user.click(submit())
    await waitForCasePage(router)
    const trail = await screen.findByRole('region', { name: 'Audit trail' }, { timeout: 5000 })
    expect(trail).not.toHaveTextContent('Entered other than enrollment')
  })

  it('says plainly when there is no enrollment record, and the case can still be entered', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await lookUpMember(user, 'ZZ99999999')
    await said('No enrollment record for this member ID; you can still enter the case.')
    await fillCase(user, {
      ...rest,
      dateOfBirth: '1952-05-17',
      lineOfBusiness: /^Medicare Advantage/,
      plan: /^Kaiser Foundation Health Plan of Washington$/,
    })
    await user.click(submit())
    await waitForCasePage(router)
  })

  it('a value corrected after the lookup needs a reason, which goes on the audit trail', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await lookUpMember(user, GUIDE_MEMBER)
    await said(/^Enrollment record found/)
    await typeDate(user, 'Date of birth', '1950-01-02')
    await fillCase(user, rest)
    await user.click(submit())
    const message = 'Enter why the case differs from the enrollment record'
    const link = within(summary()).getByRole('link', { name: message })
    await user.click(link)
    const reason = screen.getByLabelText('Reason for correcting enrollment')
    expect(reason).toHaveFocus()
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Date of birth differs'))
    await user.type(reason, 'The request and the card both say January 2.')
    await user.click(submit())
    await waitForCasePage(router)
    const trail = await screen.findByRole('region', { name: 'Audit trail' }, { timeout: 5000 })
    expect(trail).toHaveTextContent('Entered other than enrollment')
    expect(trail).toHaveTextContent(
      'Date of birth entered “1950-01-02”, enrollment says “1950-01-01”',
    )
    expect(trail).toHaveTextContent('The request and the card both say January 2.')
  })

  it('finds the requesting provider by NPI, or says there is no directory entry', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const npi = await screen.findByLabelText('Requesting provider NPI')
    await user.type(npi, '1700000015')
    await user.click(screen.getByRole('button', { name: 'Look up provider' }))
    await said('Provider found: Riley Sample, MD, Physical Medicine & Rehabilitation.')
    expect(screen.getByLabelText('Provider directory entry')).toHaveTextContent(
      'Phone 206-555-0101, fax 206-555-0102',
    )
    await user.clear(npi)
    await user.type(npi, '1245319599')
    await user.click(screen.getByRole('button', { name: 'Look up provider' }))
    await said('No provider directory entry for this NPI; you can still enter the case.')
  })
})
