import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { emptyCaseFields } from '../../src/api/schemas/case-fields.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'
import {
  changeReceived,
  expectFieldError,
  fillCase,
  medicareM0076,
  typeReceived,
  waitForCasePage,
} from '../cases/case-form.ts'
import { renderApp, signInAs } from '../render-app.tsx'
import { guardAgainstInjection, expectOwnDirection, rtl, xssPayloads } from './hostile-kit.ts'

// What a reviewer types, or a service sends, is text: it is shown as typed, never run.
guardAgainstInjection()

/** Pastes, as a person would from another system; user.type would read `{` and `[` as keys. */
async function paste(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  label: string,
  text: string,
) {
  await user.click(screen.getByLabelText(label))
  await user.paste(text)
}

/** A case with late-entry reason and notes, submitted; resolves on its case page. */
async function submitCase(notes: string, reason: string) {
  const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
  await fillCase(user, medicareM0076)
  await changeReceived(user)
  const yesterday = zonedDate(new Date(Date.now() - 86_400_000), PLAN_TIME_ZONE)
  await typeReceived(user, yesterday, '9:00 AM')
  await paste(user, 'Reason for late entry', reason)
  await paste(user, 'Clinical notes', notes)
  await user.click(screen.getByRole('button', { name: 'Submit case' }))
  await waitForCasePage(router)
  // The case details list the notes under their own term.
  await screen.findByText('Clinical notes', { selector: 'dt' }, { timeout: 5000 })
}

describe('hostile text in the case form', () => {
  it.each(xssPayloads)('member id %s: the rule says why, the text stays as typed', async (p) => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await paste(user, 'Member ID', p)
    await user.tab()
    await waitFor(() =>
      expectFieldError('Member ID', 'Member ID must be 6 to 20 letters and digits'),
    )
    expect(screen.getByLabelText('Member ID')).toHaveValue(p)
  })

  it.each(xssPayloads)(
    'notes and late-entry reason %s: shown as text on the case page',
    async (p) => {
      await submitCase(p, p)
      // The notes, the reason among the case facts, and the reason in the audit trail.
      await waitFor(() => expect(screen.getAllByText(p)).toHaveLength(3))
      screen.getAllByText(p).forEach(expectOwnDirection)
    },
  )

  it('Arabic notes and a Hebrew reason read right to left on the case page', async () => {
    await submitCase(rtl.arabic, rtl.hebrew)
    expectOwnDirection(screen.getByText(rtl.arabic))
    for (const el of screen.getAllByText(rtl.hebrew)) expectOwnDirection(el)
  })
})

describe('very long and wide input', () => {
  it('4,001 characters of notes: the count says one too many, and so does the rule', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await paste(user, 'Clinical notes', 'x'.repeat(4001))
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument()
    await user.tab()
    await waitFor(() =>
      expectFieldError('Clinical notes', 'Clinical notes must be 4,000 characters or fewer'),
    )
  })

  it('emoji count as one character each, as the service counts them', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await paste(user, 'Clinical notes', '😀'.repeat(4000))
    expect(screen.getByText('You have 0 characters remaining')).toBeInTheDocument()
    await user.paste('👩‍⚕️')
    // A ZWJ sequence is four code points: the limit is code points, not what a font draws.
    expect(screen.getByText('You have 4 characters too many')).toBeInTheDocument()
  })

  it('a 10,000-character member id gets its rule message at once', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await screen.findByLabelText('Member ID')
    await paste(user, 'Member ID', 'A'.repeat(10_000))
    await user.tab()
    await waitFor(() =>
      expectFieldError('Member ID', 'Member ID must be 6 to 20 letters and digits'),
    )
    expect((screen.getByLabelText('Member ID') as HTMLInputElement).value).toHaveLength(10_000)
    // The service will not keep such a draft: say so once, rather than retry it for ever.
    expect(await screen.findByText(/Not saved: the service cannot keep/)).toBeInTheDocument()
    await user.clear(screen.getByLabelText('Member ID'))
    await paste(user, 'Member ID', 'AB12345678')
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 3000 })).toBeInTheDocument()
  })
})

describe('hostile text in a saved draft', () => {
  it('is listed and resumed as text', async () => {
    const token = await signInAs('u-rev-1')
    const id = crypto.randomUUID()
    const [img, js, script, svg] = xssPayloads
    const fields = { ...emptyCaseFields, memberId: script, serviceCode: img, backdateReason: svg }
    await fetch(`/api/drafts/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ fields: { ...fields, clinicalNotes: js } }),
    })
    await renderApp(`/cases/new?draft=${id}`)
    expect(await screen.findByLabelText('Member ID')).toHaveValue(script)
    expect(screen.getByLabelText('Service code')).toHaveValue(img)
    expect(screen.getByLabelText('Clinical notes')).toHaveValue(js)
    const drafts = await screen.findByRole('region', { name: 'My drafts' })
    const link = await within(drafts).findByRole('link', { name: (n) => n.endsWith(img) })
    expect(link).toHaveTextContent(img)
  })
})
