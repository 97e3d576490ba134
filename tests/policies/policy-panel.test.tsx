import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy as policy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { plainText } from '../../src/api/schemas/rich-text.ts'
import { renderApp } from '../render-app.tsx'
import { expectParagraphs, region, visibleText } from './text-matchers.ts'

const path = `/policies/${policy.id}`

async function openPolicy() {
  const view = await renderApp(path, { as: 'u-md-1' })
  await screen.findByRole('heading', { level: 1, name: policy.title })
  return view
}

describe('the policy panel', () => {
  it('shows the title block, the notice and the overdue flag', async () => {
    await openPolicy()
    expect(screen.getByText(policy.organization)).toBeInTheDocument()
    expect(screen.getByText(policy.documentType)).toBeInTheDocument()
    expect(document.title).toBe('Prolotherapy/Sclerotherapy – Criteria Review Dashboard')
    // Last reviewed 11/07/2023: more than 12 months before any day this test runs.
    expect(screen.getByText('Review overdue')).toBeInTheDocument()
    expect(screen.getByText(/last reviewed/)).toHaveTextContent(
      'Review overdue: last reviewed 7 Nov 2023, more than 12 months ago.',
    )
    expectParagraphs(policy.notice, region('Notice'))
    // The inline label is the data's own bold span, printed once.
    expect(within(region('Notice')).getAllByText('NOTICE:')).toHaveLength(1)
  })

  it('shows both criteria tables with row and column headers', async () => {
    await openPolicy()
    const criteria = region('Criteria')
    for (const set of policy.criteriaSets) {
      const table = within(criteria).getByRole('table', { name: set.heading })
      const headers = within(table).getAllByRole('columnheader')
      expect(headers.map((h) => h.textContent)).toEqual(set.columns)
      for (const row of set.rows) {
        const tr = within(table).getByRole('row', {
          name: new RegExp(`^${escape(plainText(row.label))}`),
        })
        expect(within(tr).getByRole('rowheader')).toHaveTextContent(plainText(row.label))
        expect(visibleText(within(tr).getByRole('cell'))).toBe(plainText(row.policy))
      }
    }
    const medicare = within(criteria).getByRole('table', { name: 'For Medicare Members' })
    expect(within(medicare).getAllByRole('cell', { name: 'None' })).toHaveLength(3)
    expect(within(medicare).getByText(/National Coverage Determination 150\.7/)).toBeInTheDocument()
  })

  it('shows the background note, the background and each MTAC review verbatim', async () => {
    await openPolicy()
    expectParagraphs(policy.backgroundNote, region('Background'))
    expectParagraphs(policy.background, region('Background'))
    const mtac = region(policy.mtacHeading)
    for (const review of policy.mtacReviews) {
      const article = within(mtac).getByRole('article', { name: review.heading })
      expect(within(article).getByText(review.topic)).toBeInTheDocument()
      expectParagraphs([...review.evidenceConclusion, ...review.articles, review.verdict], article)
      expect(within(article).getAllByText('Evidence Conclusion:')).toHaveLength(1)
    }
    const links = within(mtac).getAllByRole('link', { name: /^Evidence Table/ })
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `${path}/evidence?study=ongley-1987`,
      `${path}/evidence?study=klein-1993`,
      `${path}/evidence?study=dechow-1999`,
    ])
  })

  it('shows the codes, the code notes, the dates with committees and the revision history', async () => {
    await openPolicy()
    const codes = region(policy.codesHeading)
    const group = policy.codeGroups[0]!
    const table = within(codes).getByRole('table', { name: group.heading })
    expect(within(table).getByRole('row', { name: 'M0076 Prolotherapy' })).toBeInTheDocument()
    expectParagraphs(policy.codeNotes, codes)
    expect(
      within(codes).getByRole('link', { name: 'Pre-authorization Code Check' }),
    ).toHaveAttribute('href', '/policies#code-check')

    const dates = within(region('Dates')).getByRole('table')
    expect(
      within(dates)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(policy.dates.columns)
    const reviewedCell = within(dates).getAllByRole('cell')[1]!
    for (const r of policy.dates.reviewed)
      expect(within(reviewedCell).getByText(r.asWritten)).toBeInTheDocument()
    const abbrs = dates.querySelectorAll('abbr')
    expect(abbrs).toHaveLength(policy.dates.reviewed.length)
    expect(abbrs[0]).toHaveAttribute(
      'title',
      'Medical Director Clinical Review and Policy Committee',
    )
    expect(abbrs[14]).toHaveAttribute('title', 'Medical Policy Committee')
    for (const c of policy.committees) expect(screen.getByText(c.name)).toBeInTheDocument()

    const history = region('Revision History')
    expect(within(history).getByRole('cell')).toHaveTextContent(
      'No revisions are listed in the criteria document.',
    )
  })

  it('draws the review timeline as an image with a text equivalent', async () => {
    await openPolicy()
    const timeline = region('Review timeline')
    const image = within(timeline).getByRole('img', { name: /Review timeline/ })
    expect(image).toHaveAccessibleName(/MTAC reviewed the evidence in 1999 and 2002/)
    const items = within(within(timeline).getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(2 + 15)
    expect(items[0]).toHaveTextContent(
      '06/09/1999: MTAC review: Prolotherapy/Sclerotherapy for Low Back Pain',
    )
    expect(items[1]).toHaveTextContent('04/10/2002: MTAC review')
    expect(items.at(-1)).toHaveTextContent(
      '11/07/2023: Policy reviewed by the Medical Policy Committee (MPC)',
    )
  })

  it('moves focus to a part of the document from the contents', async () => {
    const { user, router } = await openPolicy()
    const contents = screen.getByRole('navigation', { name: 'Contents' })
    await user.click(within(contents).getByRole('link', { name: policy.codesHeading }))
    await waitFor(() => expect(router.state.location.hash).toBe('#codes'))
    expect(region(policy.codesHeading)).toHaveFocus()
    await user.click(within(contents).getByRole('link', { name: 'Notice' }))
    // The navigation commits in a transition: wait for it, then focus has moved with it.
    await waitFor(() => expect(router.state.location.hash).toBe('#notice'))
    expect(region('Notice')).toHaveFocus()
  })

  it('follows an "Evidence Table" link to the evidence viewer', async () => {
    const { user, router } = await openPolicy()
    await user.click(screen.getByRole('link', { name: 'Evidence Table: Dechow 1999' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`${path}/evidence`))
    expect(router.state.location.search).toBe('?study=dechow-1999')
  })

  it('says so when there is no such policy', async () => {
    await renderApp('/policies/no-such-policy', { as: 'u-md-1' })
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument()
  })
})

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
