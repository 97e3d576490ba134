import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { renderApp } from '../render-app.tsx'
import { decisionPanel, openCaseFor } from '../review/review-helpers.ts'
import { syntheticPolicy } from '../support/synthetic-policy.ts'
import { guardAgainstInjection, expectOwnDirection, rtl, xssPayloads } from './hostile-kit.ts'

// A medical director's words and the policy library's text reach the screen as text,
// whoever wrote them: the decision form, its record, and a policy from the service.
guardAgainstInjection()

type User = Awaited<ReturnType<typeof renderApp>>['user']

/** Replaces a textarea's text by pasting, so `{`, `[` and `<` arrive as typed. */
async function replaceText(user: User, box: HTMLElement, text: string) {
  await user.clear(box)
  await user.click(box)
  await user.paste(text)
}

/** Decides the open case with `words` in each free-text field the action has. */
async function decide(action: 'Deny' | 'Pend for information', words: Record<string, string>) {
  const c = await openCaseFor('u-md-1')
  const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
  const panel = await decisionPanel()
  await user.click(within(panel).getByRole('radio', { name: new RegExp(`^${action}$`) }))
  if (action === 'Deny') await user.click(within(panel).getByRole('radio', { name: 'No' }))
  for (const [label, text] of Object.entries(words))
    await replaceText(
      user,
      within(panel).getByRole('textbox', { name: new RegExp(`^${label}`) }),
      text,
    )
  await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
  const dialog = await screen.findByRole('dialog')
  for (const text of Object.values(words))
    within(dialog).getAllByText(text).forEach(expectOwnDirection)
  await user.click(within(dialog).getAllByRole('button')[0]!)
  await within(panel).findByText(/Decision recorded/)
  return panel
}

describe('hostile text in a decision', () => {
  it.each(xssPayloads)('a denial whose member reason and rationale are %s', async (p) => {
    const panel = await decide('Deny', {
      'Reason specific to the member': p,
      Rationale: p,
    })
    const record = within(panel).getByRole('article')
    await waitFor(() => expect(within(record).getAllByText(p)).toHaveLength(2))
    within(record).getAllByText(p).forEach(expectOwnDirection)
  })

  it('a pend whose information needed holds every probe, and an Arabic rationale', async () => {
    const needed = xssPayloads.join(' ')
    const panel = await decide('Pend for information', {
      'Information needed': needed,
      Rationale: rtl.arabic,
    })
    const record = within(panel).getByRole('article')
    expectOwnDirection(within(record).getByText(needed))
    expectOwnDirection(within(record).getByText(rtl.arabic))
  })
})

describe('hostile text in policy data from the service', () => {
  const [img, js, script, svg] = xssPayloads
  function hostilePolicy() {
    const base = syntheticPolicy({ id: 'syn-hostile', studies: 2 })
    const [study, ...rest] = base.studies
    return {
      ...base,
      title: img,
      notice: [[js], [{ text: script, bold: true as const }]],
      background: [
        [
          svg,
          ' ',
          { text: 'Evidence Table', link: { kind: 'evidence-row' as const, studyId: js } },
        ],
      ],
      mtacReviews: base.mtacReviews.map((r) => ({ ...r, topic: script })),
      studies: [{ ...study!, title: svg, authors: js, design: [img] }, ...rest],
    }
  }

  it('the policy panel shows the title, paragraphs and links as text', async () => {
    await addSyntheticPolicy(hostilePolicy())
    await renderApp('/policies/syn-hostile', { as: 'u-md-1' })
    expect(await screen.findByRole('heading', { level: 1, name: img })).toBeInTheDocument()
    for (const p of xssPayloads) expect(screen.getAllByText(p).length).toBeGreaterThan(0)
    const link = screen.getByRole('link', { name: /^Evidence Table/ })
    expect(link.getAttribute('href')).toMatch(
      /^\/policies\/syn-hostile\/evidence\?study=javascript%3A/,
    )
  })

  it('the evidence viewer shows the study fields as text', async () => {
    await addSyntheticPolicy(hostilePolicy())
    await renderApp('/policies/syn-hostile/evidence', { as: 'u-md-1' })
    expect(
      await screen.findByRole('heading', { level: 1, name: `Evidence tables: ${img}` }),
    ).toBeInTheDocument()
    expect(screen.getAllByText(svg).length).toBeGreaterThan(0)
    expect(screen.getAllByText(new RegExp(js.replace(/[()]/g, '\\$&'))).length).toBeGreaterThan(0)
    // The study's design (a probe) is a cell of its row.
    expect(within(screen.getByRole('table')).getAllByText(img).length).toBeGreaterThan(0)
  })
})
