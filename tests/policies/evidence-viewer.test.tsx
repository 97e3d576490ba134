import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy as policy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { plainText } from '../../src/api/schemas/rich-text.ts'
import { renderApp } from '../render-app.tsx'
import { expectParagraphs } from './text-matchers.ts'

const path = `/policies/${policy.id}/evidence`
const NOT_STATED = 'Not stated in the criteria document'

async function openViewer(search = '') {
  const view = await renderApp(`${path}${search}`, { as: 'u-md-1' })
  const table = await screen.findByRole('table', { name: 'Studies' })
  return { ...view, table }
}

/** Body rows by their row header (the study's authors lead it). */
function studyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.study__authors')?.textContent)
}

describe('the evidence-table viewer', () => {
  it('shows each review’s conclusion and verdict, then one row per study', async () => {
    const { table } = await openViewer()
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Evidence tables: Prolotherapy/Sclerotherapy',
      }),
    ).toBeInTheDocument()
    const conclusions = screen.getByRole('region', { name: 'Evidence conclusions by review' })
    for (const review of policy.mtacReviews) {
      const article = within(conclusions).getByRole('article', { name: review.heading })
      expectParagraphs([...review.evidenceConclusion, review.verdict], article)
    }
    expect(studyRows(table)).toEqual([
      'Ongley, MJ, et al',
      'Klein, RG, et al',
      policy.studies[2]!.authors,
    ])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Review↕',
      'Year↕',
      'Study↕',
      'Design↕',
      'Intervention and comparator↕',
      'Outcomes↕',
      'Findings↕',
      'Limitations noted by MTAC↕',
      'How MTAC used it↕',
    ])
    // No study states a follow-up: that column is hidden and said so once.
    expect(
      screen.getByText(
        'The criteria document gives no study details for follow-up, so those columns are not shown.',
      ),
    ).toBeInTheDocument()
    // The 1999 trials are not described study by study in the source: every fact is null.
    const ongley = within(table).getByRole('row', { name: /Ongley/ })
    expect(within(ongley).getAllByText(NOT_STATED)).toHaveLength(6)
    const dechow = within(table).getByRole('row', { name: /Dechow/ })
    const dechowStudy = policy.studies[2]!
    expect(within(dechow).getByText(plainText(dechowStudy.findings!))).toBeInTheDocument()
    expect(within(dechow).getByText(plainText(dechowStudy.limitations!))).toBeInTheDocument()
    // Its one unstated fact was the follow-up, whose column is hidden for every study.
    expect(within(dechow).queryByText(NOT_STATED)).not.toBeInTheDocument()
    expect(within(dechow).getByText('04/10/2002: MTAC REVIEW')).toBeInTheDocument()
  })

  it('sorts by any column, saying so with aria-sort and in the address', async () => {
    const { user, table, router } = await openViewer()
    const yearHeader = within(table).getByRole('columnheader', { name: /^Year/ })
    await user.click(within(yearHeader).getByRole('button'))
    await waitFor(() => expect(yearHeader).toHaveAttribute('aria-sort', 'ascending'))
    expect(studyRows(table)[0]).toBe('Ongley, MJ, et al')
    await waitFor(() => expect(router.state.location.search).toBe('?sort=year&dir=asc'))
    await user.click(within(yearHeader).getByRole('button'))
    await waitFor(() => expect(yearHeader).toHaveAttribute('aria-sort', 'descending'))
    expect(studyRows(table)).toEqual([
      'Dechow E, Davies RK, Carr AJ, Thompson PW',
      'Klein, RG, et al',
      'Ongley, MJ, et al',
    ])
    await waitFor(() => expect(router.state.location.search).toBe('?sort=year&dir=desc'))

    const findings = within(table).getByRole('columnheader', { name: /^Findings/ })
    findings.querySelector('button')!.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(findings).toHaveAttribute('aria-sort', 'ascending'))
    expect(yearHeader).not.toHaveAttribute('aria-sort')
    expect(studyRows(table)[0]).toMatch(/^Dechow/)
  })

  it('filters by review and by text', async () => {
    const { user, table, router } = await openViewer()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Review' }),
      '06/09/1999: MTAC REVIEW',
    )
    await waitFor(() => expect(studyRows(table)).toEqual(['Ongley, MJ, et al', 'Klein, RG, et al']))
    expect(screen.getByText('Showing 2 of 3 studies')).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: 'Filter studies' }), 'DEXTROSE')
    expect(studyRows(table)).toEqual(['Klein, RG, et al'])
    await waitFor(() =>
      expect(router.state.location.search).toBe('?review=mtac-1999-06-09&q=DEXTROSE'),
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), 'All reviews')
    await user.clear(screen.getByRole('searchbox', { name: 'Filter studies' }))
    await user.type(screen.getByRole('searchbox', { name: 'Filter studies' }), 'spinal flexion')
    expect(studyRows(table)).toEqual(['Dechow E, Davies RK, Carr AJ, Thompson PW'])
  })

  it('hides and shows columns', async () => {
    const { user, table, router } = await openViewer()
    const group = screen.getByRole('group', { name: 'Columns shown' })
    expect(within(group).queryByRole('checkbox', { name: 'Study' })).not.toBeInTheDocument()
    await user.click(within(group).getByRole('checkbox', { name: 'Design' }))
    await user.click(within(group).getByRole('checkbox', { name: 'Follow-up' }))
    await waitFor(() =>
      expect(
        within(table).queryByRole('columnheader', { name: /^Design/ }),
      ).not.toBeInTheDocument(),
    )
    expect(
      within(table).queryByRole('columnheader', { name: /^Follow-up/ }),
    ).not.toBeInTheDocument()
    await waitFor(() => expect(router.state.location.search).toBe('?hide=design%2CfollowUp'))
    await user.click(within(group).getByRole('checkbox', { name: 'Design' }))
    expect(await within(table).findByRole('columnheader', { name: /^Design/ })).toBeInTheDocument()
  })

  it('shows each study’s whole text: no cell is cut short behind a disclosure', async () => {
    const { table } = await openViewer()
    const row = within(table).getByRole('row', { name: /Dechow/ })
    expect(within(row).queryByRole('button', { name: /Show full text/ })).toBeNull()
  })

  it('lands on a deep-linked study: highlighted, current and focused', async () => {
    const { table } = await openViewer('?study=klein-1993')
    const row = within(table).getByRole('row', { name: /Klein/ })
    expect(row).toHaveAttribute('aria-current', 'true')
    expect(within(row).getByText('Linked study')).toBeInTheDocument()
    await waitFor(() => expect(row).toHaveFocus())
    expect(within(table).getByRole('row', { name: /Ongley/ })).not.toHaveAttribute('aria-current')
  })

  it('restores a shared view from the address', async () => {
    await openViewer(
      '?sort=year&dir=desc&review=mtac-1999-06-09&q=low+back&hide=design,followUp&study=ongley-1987',
    )
    const table = screen.getByRole('table', { name: 'Studies' })
    expect(screen.getByRole('combobox', { name: 'Review' })).toHaveDisplayValue(
      '06/09/1999: MTAC REVIEW',
    )
    expect(screen.getByRole('searchbox', { name: 'Filter studies' })).toHaveValue('low back')
    expect(screen.getByRole('checkbox', { name: 'Design' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Follow-up' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Outcomes' })).toBeChecked()
    expect(within(table).getByRole('columnheader', { name: /^Year/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(studyRows(table)).toEqual(['Klein, RG, et al', 'Ongley, MJ, et al'])
    expect(within(table).getByRole('row', { name: /Ongley/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
  })

  it('says when the linked study is hidden by a filter, and clears it', async () => {
    const { user } = await openViewer('?review=mtac-1999-06-09&study=dechow-1999')
    expect(
      screen.getByText('The linked study is hidden by the current filters.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all studies' }))
    const row = await screen.findByRole('row', { name: /Dechow/ })
    await waitFor(() => expect(row).toHaveFocus())
  })
})
