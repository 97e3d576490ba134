import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { erisaNotice } from '../../src/letters/rights-erisa.ts'
import { commit, readDb, transact } from '../../service/store.ts'
import { renderApp } from '../render-app.tsx'
import { deniedCaseVia } from './decided-case.ts'

const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }
const REWORDED = 'Reworded after this letter was issued.'

/** The notice page draws the service's record of the letter, not today's template. */
describe('the notice page shows the letter as issued', () => {
  it('after a template change: the words that went out, with the record’s hash', async () => {
    const { c } = await deniedCaseVia(selfFunded)
    const stored = (await readDb({ letters: [c.id] })).letters[c.id]![0]!
    const section = erisaNotice.sections[0]!
    const words = section.paragraphs
    section.paragraphs = [REWORDED, ...words]
    try {
      await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-md-1' })
      const letter = await screen.findByRole('article', {}, { timeout: 10_000 })
      expect(within(letter).getByText(words[0]!)).toBeInTheDocument()
      expect(letter).not.toHaveTextContent(REWORDED)
      expect(screen.queryByText(/Preview, not the letter as issued/)).not.toBeInTheDocument()
      const record = screen.getByRole('region', { name: 'Letter record' })
      expect(within(record).getByText(stored.contentHash)).toBeInTheDocument()
      // In a reader's words, not the template's id (denial/erisa): issue 31.
      expect(
        within(record).getByText('Denial notice, Commercial self-funded (ERISA), version 1'),
      ).toBeInTheDocument()
      expect(record).not.toHaveTextContent(/SHA-256|denial\/erisa/)
    } finally {
      section.paragraphs = words
    }
  })

  it('a decision from before letters were kept: a preview, said to be one', async () => {
    const { c } = await deniedCaseVia(selfFunded)
    await transact((db) => {
      db.letters = { ...db.letters, [c.id]: [] }
      return commit(null)
    })
    await renderApp(`/cases/${c.id}/notices/provider`, { as: 'u-md-1' })
    expect(
      await screen.findByText(/Preview, not the letter as issued/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument()
    const letter = screen.getByRole('article')
    expect(within(letter).getByRole('heading', { name: 'Peer-to-peer conversation' })).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Letter record' })).not.toBeInTheDocument()
  })
})
