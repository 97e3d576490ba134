import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import {
  changeReceived,
  fillCase,
  medicareM0076,
  receivedBoxes,
  submit,
  summary,
  typeReceived,
} from './case-form.ts'

const group = () => screen.getByRole('group', { name: 'Request received' })

describe('"Request received" behind its Change button', () => {
  it('opens as month, day, year and time boxes that keep every digit, in any order', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    const boxes = await changeReceived(user)
    expect(group()).toHaveAccessibleDescription(expect.stringMatching(/^Pacific time \(Seattle\)/))
    // The time typed first, then the year, the day and the month last.
    await user.clear(boxes.time)
    await user.type(boxes.time, '2:30p')
    await user.clear(boxes.year)
    await user.type(boxes.year, '2026')
    await user.clear(boxes.day)
    await user.type(boxes.day, '5')
    await user.clear(boxes.month)
    await user.type(boxes.month, '1')
    await user.tab()
    expect(within(group()).queryByText(/Error:/)).not.toBeInTheDocument()
    // Still the boxes, as typed: a whole time does not fold them back into text under focus.
    expect(receivedBoxes().time).toHaveValue('2:30p')
    expect(receivedBoxes().day).toHaveValue('5')
    // Over an hour ago, so the form asks why: the boxes made 5 January 2026, 2:30 PM.
    expect(screen.getByLabelText('Reason for late entry')).toBeInTheDocument()
  })

  it('asks for AM or PM rather than guess, in the summary, linked to the boxes', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await changeReceived(user)
    await typeReceived(user, '2026-01-05', '2:30')
    await user.tab()
    expect(group()).toHaveAccessibleDescription(
      expect.stringContaining('Error: Add AM or PM to the time, or give it as 24-hour time'),
    )
    await fillCase(user, medicareM0076)
    await user.click(submit())
    const link = within(summary()).getByRole('link', { name: /^Add AM or PM to the time/ })
    await user.click(link)
    expect(receivedBoxes().month).toHaveFocus()

    await typeReceived(user, '2026-01-05', '')
    await user.click(submit())
    expect(within(summary()).getByRole('link', { name: 'Enter a complete date and time' }))
  })
})
