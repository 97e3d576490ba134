import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import {
  changeReceived,
  typeReceived,
  dateBoxes,
  fillCase,
  medicareM0076,
  expectFieldError,
  submit,
  summary,
  typeDate,
} from './case-form.ts'

describe('each case entry rule, through the form', () => {
  it('applies each field rule, keeping everything typed', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await fillCase(user, {
      ...medicareM0076,
      memberId: 'AB1',
      dateOfBirth: '2999-01-01',
      lineOfBusiness: /^Commercial \(group\)/,
      serviceCode: 'ABC',
      diagnosisCodes: ['12345'],
      dateOfService: '2026-12-14',
      npi: '1234567890',
    })
    await user.click(submit())
    const messages = within(summary())
      .getAllByRole('link')
      .map((a) => a.textContent)
    expect(messages).toEqual([
      'Member ID must be 6 to 20 letters and digits',
      'Date of birth must be in the past',
      'Select the group funding',
      expect.stringMatching(/^Service code must be a HCPCS Level II code/),
      'Diagnosis code “12345” must be an ICD-10-CM code, like M54.50',
      'Date of service must be on or after the date of birth',
      'Requesting provider NPI is not valid: check the number',
    ])
    expect(screen.getByLabelText('Member ID')).toHaveValue('AB1')
    expect(screen.getByLabelText('Service code')).toHaveValue('ABC')
    expect(screen.getByLabelText('Diagnosis code 1')).toHaveValue('12345')
    expect(screen.getByRole('radio', { name: /^Commercial \(group\)/ })).toBeChecked()
  })

  it('dates: no more than 120 years ago, and the service not before birth', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await fillCase(user, { ...medicareM0076, dateOfBirth: '1890-01-01' })
    await user.click(submit())
    expect(
      within(summary()).getByText('Date of birth must be within the last 120 years'),
    ).toBeInTheDocument()
    await typeDate(user, 'Date of birth', '2000-01-01')
    await typeDate(user, 'Date of service', '1999-12-31')
    await user.click(submit())
    expect(
      within(summary())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Date of service must be on or after the date of birth'])
  })

  it('shows group funding only for Commercial (group)', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    expect(screen.queryByRole('group', { name: /Group funding/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /^Commercial \(group\)/ }))
    const funding = screen.getByRole('group', { name: /Group funding/ })
    expect(
      within(funding)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['fully-insured', 'self-funded'])
    await user.click(screen.getByRole('radio', { name: /^Individual & Family/ }))
    expect(screen.queryByRole('group', { name: /Group funding/ })).not.toBeInTheDocument()
  })

  it('normalizes diagnosis codes on blur and adds and removes rows with their own labels', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await user.type(await screen.findByLabelText('Diagnosis code 1'), 'm5450')
    await user.tab()
    expect(screen.getByLabelText('Diagnosis code 1')).toHaveValue('M54.50')
    await user.click(screen.getByRole('button', { name: 'Add another diagnosis code' }))
    expect(screen.getByLabelText('Diagnosis code 2')).toHaveFocus()
    await user.type(screen.getByLabelText('Diagnosis code 2'), 'g89.29')
    await user.click(dateBoxes('Date of service').month)
    expect(screen.getByLabelText('Diagnosis code 1')).toHaveValue('M54.50')
    expect(screen.getByLabelText('Diagnosis code 2')).toHaveValue('G89.29')
    await user.click(screen.getByRole('button', { name: 'Remove diagnosis code 1' }))
    expect(screen.getByLabelText('Diagnosis code 1')).toHaveValue('G89.29')
    expect(screen.queryByLabelText('Diagnosis code 2')).not.toBeInTheDocument()
  })

  it('request received defaults to now in Pacific time; an hour late needs a reason', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    const change = screen.getByRole('button', {
      name: 'Change when the request was received',
    })
    expect(change).toHaveAccessibleDescription(
      /^\w{3} \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2} [AP]M P[SD]T$/,
    )
    const received = await changeReceived(user)
    expect(received.month).toHaveFocus()
    expect(screen.getByRole('group', { name: 'Request received' })).toHaveAccessibleDescription(
      expect.stringContaining('Pacific time'),
    )
    expect((received.year as HTMLInputElement).value).toMatch(/^\d{4}$/)
    expect((received.time as HTMLInputElement).value).toMatch(/^\d{1,2}:\d{2} [AP]M$/)
    expect(screen.queryByLabelText('Reason for late entry')).not.toBeInTheDocument()
    await typeReceived(user, '2026-01-05', '9:00 AM')
    const reason = screen.getByLabelText('Reason for late entry')
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('audit trail'))
    await fillCase(user, medicareM0076)
    await user.click(submit())
    expect(
      within(summary())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Enter why the request is being entered more than an hour after it was received'])
    await typeReceived(user, '2999-01-05', '9:00 AM')
    await user.click(submit())
    expect(
      within(summary())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Request received cannot be in the future'])
  })

  it('counts clinical notes characters and rejects more than 4,000', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const notes = await screen.findByLabelText('Clinical notes')
    expect(notes).toHaveAccessibleDescription(
      expect.stringContaining('You have 4,000 characters remaining'),
    )
    await user.click(notes)
    await user.paste('Pain for 2 years.')
    expect(screen.getByText('You have 3,983 characters remaining')).toBeInTheDocument()
    await user.paste('x'.repeat(3990))
    expect(screen.getByText('You have 7 characters too many')).toBeInTheDocument()
    await user.tab()
    expectFieldError('Clinical notes', 'Clinical notes must be 4,000 characters or fewer')
  })

  it('accepts a valid NPI and leaves an empty one alone (it is optional)', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const npi = await screen.findByLabelText('Requesting provider NPI')
    await user.type(npi, '12345')
    await user.tab()
    expectFieldError('Requesting provider NPI', 'Requesting provider NPI must be 10 digits')
    await user.clear(npi)
    await user.type(npi, '1234567893')
    await user.tab()
    expect(npi).not.toHaveAccessibleDescription(expect.stringContaining('Error'))
  })
})
