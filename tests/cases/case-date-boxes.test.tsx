import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { dateBoxes, dateValue, listDrafts, submit, summary, typeDate } from './case-form.ts'

const group = (legend: string) => screen.getByRole('group', { name: legend })

describe('dates typed as month, day and year boxes', () => {
  it('are one labelled group of three numeric boxes; the date of birth offers the birthday', async () => {
    await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    expect(group('Date of birth')).toHaveAccessibleDescription('For example, 03 27 1957.')
    const dob = dateBoxes('Date of birth')
    for (const [box, part] of [
      [dob.month, 'month'],
      [dob.day, 'day'],
      [dob.year, 'year'],
    ] as const) {
      expect(box).toHaveAttribute('inputmode', 'numeric')
      expect(box).toHaveAttribute('autocomplete', `bday-${part}`)
    }
    expect(dateBoxes('Date of service').month).toHaveAttribute('autocomplete', 'off')
  })

  it('keep every digit typed, in any order of boxes; the draft holds the ISO date and resumes into the boxes', async () => {
    const first = await renderApp('/cases/new', { as: 'u-rev-1' })
    const { user } = first
    await screen.findByLabelText('Member ID')
    const dob = dateBoxes('Date of birth')
    await user.type(dob.year, '1957')
    await user.type(dob.month, '3')
    await user.type(dob.day, '27')
    expect(dateValue('Date of birth')).toBe('1957-3-27')
    await user.tab()
    expect(within(group('Date of birth')).queryByText(/Error:/)).not.toBeInTheDocument()
    await waitFor(() => expect(first.router.state.location.search).toMatch(/^\?draft=/), {
      timeout: 5000,
    })
    const search = first.router.state.location.search
    await waitFor(async () => {
      const [draft] = await listDrafts()
      const res = await fetch(`/api/drafts/${draft?.id}`, {
        headers: { Authorization: `Bearer ${sessionStorage.getItem('crd.session-token')}` },
      })
      const body = (await res.json()) as { fields: { dateOfBirth: string } }
      expect(body.fields.dateOfBirth).toBe('1957-03-27')
    })
    first.unmount()

    await renderApp(`/cases/new${search}`)
    await screen.findByLabelText('Member ID', {}, { timeout: 5000 })
    expect(dateValue('Date of birth')).toBe('1957-03-27')
  })

  it('a whole date typed or pasted into one box, as into the old field, fills all three', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await user.type(dateBoxes('Date of birth').month, '03271957')
    expect(dateValue('Date of birth')).toBe('1957-03-27')
    await user.click(dateBoxes('Date of service').day)
    await user.paste('12/14/2026')
    expect(dateValue('Date of service')).toBe('2026-12-14')
  })

  it('moving between the boxes says nothing; leaving a half-typed date asks for a complete one', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    const dob = dateBoxes('Date of birth')
    await user.type(dob.month, '03')
    await user.tab()
    await user.type(dob.day, '27')
    await user.tab()
    expect(dob.year).toHaveFocus()
    expect(group('Date of birth')).not.toHaveAccessibleDescription(/Error/)
    await user.tab()
    await waitFor(() =>
      expect(group('Date of birth')).toHaveAccessibleDescription(
        expect.stringContaining('Error: Enter a complete date'),
      ),
    )
    await user.type(dob.year, '1957')
    expect(group('Date of birth')).not.toHaveAccessibleDescription(/Error/)
  })

  it('the error summary names an impossible date and links to its first box', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await typeDate(user, 'Date of birth', '1957-02-31')
    await typeDate(user, 'Date of service', '2026-12')
    await user.click(submit())
    const links = within(summary()).getAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual(
      expect.arrayContaining(['Date of birth must be a real date', 'Enter a complete date']),
    )
    await user.click(within(summary()).getByRole('link', { name: 'Enter a complete date' }))
    expect(dateBoxes('Date of service').month).toHaveFocus()
    await user.click(
      within(summary()).getByRole('link', { name: 'Date of birth must be a real date' }),
    )
    expect(dateBoxes('Date of birth').month).toHaveFocus()
    expect(dateValue('Date of birth')).toBe('1957-02-31')
  })

  it('letters in a box are kept, and named', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await typeDate(user, 'Date of service', '2026-Dec-14')
    await user.tab()
    await waitFor(() =>
      expect(group('Date of service')).toHaveAccessibleDescription(
        expect.stringContaining('Error: Date of service must be a real date'),
      ),
    )
    expect(dateBoxes('Date of service').month).toHaveValue('Dec')
  })
})
