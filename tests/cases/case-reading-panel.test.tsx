import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { decisionPanel, openCaseFor } from '../review/review-helpers.ts'

/**
 * Issue 31: the policy and its evidence, opened from a case, open beside it. The case
 * stays where it was (a half-typed decision is kept), and Close or Escape returns focus
 * to the link that opened the panel, with no Back button needed.
 */
// The first visit loads the case screen's and the policy's code: slow on a busy machine.
const slow = { timeout: 10_000 }

async function caseWithHalfTypedDecision() {
  const c = await openCaseFor('u-md-1')
  const view = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
  const panel = await decisionPanel()
  await view.user.click(within(panel).getByRole('radio', { name: 'Approve' }))
  const rationale = within(panel).getByRole('textbox', { name: /^Rationale/ })
  await view.user.type(rationale, 'Half a thought')
  return { ...view, c, rationale }
}

const readingLinks = () => screen.getByRole('navigation', { name: 'Read the policy' })

describe('the policy and the evidence beside the case', () => {
  it(
    '"Criteria" opens the policy at its criteria; Close returns to the link and the case as it was',
    { timeout: 60_000 },
    async () => {
      const { user, router, c, rationale } = await caseWithHalfTypedDecision()
      const criteria = within(readingLinks()).getByRole('link', { name: 'Criteria' })
      // A real address still, for a new browser tab; a plain click opens it beside the case.
      expect(criteria).toHaveAttribute(
        'href',
        `/policies/prolotherapy-sclerotherapy?case=${c.id}#criteria`,
      )
      await user.click(criteria)
      const beside = await screen.findByRole('dialog', { name: 'Prolotherapy/Sclerotherapy' }, slow)
      expect(await within(beside).findByRole('region', { name: 'Criteria' }, slow)).toHaveFocus()
      expect(
        within(beside).getByRole('table', { name: 'For Medicare Members' }),
      ).toBeInTheDocument()
      expect(router.state.location.pathname).toBe(`/cases/${c.id}`)

      await user.click(within(beside).getByRole('button', { name: 'Close and return to the case' }))
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(criteria).toHaveFocus()
      expect(rationale).toHaveValue('Half a thought')
      expect(screen.getByRole('radio', { name: 'Approve' })).toBeChecked()
      expect(screen.getByRole('heading', { level: 1, name: `Case ${c.reference}` })).toBeVisible()
    },
  )

  it(
    '"Evidence tables" opens the studies; Escape closes, back on the link that opened them',
    { timeout: 60_000 },
    async () => {
      const { user, rationale } = await caseWithHalfTypedDecision()
      const link = within(readingLinks()).getByRole('link', { name: 'Evidence tables' })
      link.focus()
      await user.keyboard('{Enter}')
      const beside = await screen.findByRole(
        'dialog',
        { name: 'Evidence tables: Prolotherapy/Sclerotherapy' },
        slow,
      )
      expect(
        await within(beside).findByRole('table', { name: 'Studies' }, slow),
      ).toBeInTheDocument()
      // Within the panel, its parts list moves between the policy and the studies.
      await user.click(within(beside).getByRole('link', { name: 'Background' }))
      expect(
        await screen.findByRole('dialog', { name: 'Prolotherapy/Sclerotherapy' }, slow),
      ).toBeInTheDocument()
      await user.keyboard('{Escape}')
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      // Back where the reading started, not on the last link inside the panel.
      expect(link).toHaveFocus()
      expect(rationale).toHaveValue('Half a thought')
    },
  )
})
