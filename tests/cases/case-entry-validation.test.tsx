import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { problemResponse } from '../../service/http.ts'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import {
  countCases,
  fillCase,
  medicareM0076,
  expectFieldError,
  submit,
  summary,
} from './case-form.ts'

describe('case entry validation a person can follow', () => {
  it('on an empty submit, the summary takes focus, lists every problem and links to each field', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await user.click(await screen.findByRole('button', { name: 'Submit case' }))
    expect(summary()).toHaveFocus()
    expect(document.title).toBe('Error: New case – Criteria Review Dashboard')
    const links = within(summary())
      .getAllByRole('link')
      .map((a) => a.textContent)
    expect(links).toEqual([
      'Enter the member ID',
      'Enter the date of birth',
      'Select the line of business',
      'Select the plan',
      'Enter the service code',
      'Enter at least one diagnosis code',
      'Enter the date of service',
      'Select the urgency',
      'Select the request channel',
    ])
    await user.click(within(summary()).getByRole('link', { name: 'Enter the service code' }))
    expect(screen.getByLabelText('Service code')).toHaveFocus()
    await user.click(within(summary()).getByRole('link', { name: 'Select the plan' }))
    expect(
      screen.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }),
    ).toHaveFocus()
    expectFieldError('Member ID', 'Enter the member ID')
  })

  it('checks a field when the person leaves it, and clears the message once it is fixed', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const memberId = await screen.findByLabelText('Member ID')
    await user.type(memberId, 'AB-12')
    await user.tab()
    expectFieldError('Member ID', 'Member ID must be 6 to 20 letters and digits')
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument()
    await user.clear(memberId)
    await user.type(memberId, 'AB123456')
    await user.tab()
    expect(memberId).not.toHaveAccessibleDescription(expect.stringContaining('Error'))
    expect(memberId).toHaveValue('AB123456')
  })

  it('a click that leaves a field both picks what was clicked and shows the message', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await user.type(await screen.findByLabelText('Member ID'), 'AB1')
    await user.click(screen.getByRole('radio', { name: /^Medicare Advantage/ }))
    expect(screen.getByRole('radio', { name: /^Medicare Advantage/ })).toBeChecked()
    await waitFor(() =>
      expectFieldError('Member ID', 'Member ID must be 6 to 20 letters and digits'),
    )
  })

  it("maps a 400 from the service onto the form's fields, keeping what was typed", async () => {
    server.use(
      http.post(
        '*/api/cases',
        () =>
          problemResponse(400, 'Correct the fields and submit again.', {
            errors: {
              memberId: ['Member ID is not on file for this plan'],
              serviceCode: ['Service code is not in effect on the date of service'],
            },
          }),
        { once: true },
      ),
    )
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const before = await countCases()
    await fillCase(user, medicareM0076)
    await user.click(submit())
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveFocus()
    expect(
      within(summary())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Member ID is not on file for this plan',
      'Service code is not in effect on the date of service',
    ])
    expectFieldError('Service code', 'Service code is not in effect on the date of service')
    expect(document.title).toMatch(/^Error: New case/)
    expect(screen.getByLabelText('Member ID')).toHaveValue('AB12345678')
    expect(await countCases()).toBe(before)
  })
})
