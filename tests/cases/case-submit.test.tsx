import { screen } from '@testing-library/react'
import { delay, getResponse, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { handlers } from '../../mocks/handlers/index.ts'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { countCases, fillCase, medicareM0076, waitForCasePage } from './case-form.ts'

const submitButton = () => screen.getByRole('button', { name: /Submit case|Submitting…/ })

/** The service creates the next case, but its answer never reaches the browser. */
function loseNextAnswer() {
  server.use(
    http.post(
      '*/api/cases',
      async ({ request }) => {
        await getResponse(handlers, request)
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
}

/** A reviewer fills in a valid case and presses Submit once; `before` counts the cases. */
async function fillAndSubmit() {
  const view = await renderApp('/cases/new', { as: 'u-rev-1' })
  const before = await countCases()
  await fillCase(view.user, medicareM0076)
  await view.user.click(submitButton())
  return { ...view, before }
}

describe('submitting a case once', () => {
  it('a double click creates one case and shows progress', async () => {
    server.use(
      http.post('*/api/cases', async () => {
        await delay(150)
      }),
    )
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const before = await countCases()
    await fillCase(user, medicareM0076)
    await user.dblClick(submitButton())
    expect(screen.getByRole('button', { name: 'Submitting…' })).toBeDisabled()
    await waitForCasePage(router)
    expect(await countCases()).toBe(before + 1)
  })

  it('a retry after the answer was lost creates one case, with a clear message and the data kept', async () => {
    // The service creates the case, but the answer never reaches the browser.
    loseNextAnswer()
    const { user, router, before } = await fillAndSubmit()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The case was not sent')
    expect(alert).toHaveTextContent('could not be reached')
    expect(screen.getByLabelText('Member ID')).toHaveValue('AB12345678')
    expect(await countCases()).toBe(before + 1)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitForCasePage(router)
    expect(await countCases()).toBe(before + 1)
  })

  it('an edit after a lost answer sends a new request, which the service treats as new', async () => {
    // The service stores the case under the first key, but the answer never arrives: a
    // resubmit of the edited case with that same key would be refused (422).
    loseNextAnswer()
    const { user, router, before } = await fillAndSubmit()
    expect(await screen.findByRole('alert')).toHaveTextContent('The case was not sent')
    expect(await countCases()).toBe(before + 1)
    await user.type(screen.getByLabelText('Clinical notes'), 'Second try.')
    await user.click(submitButton())
    await waitForCasePage(router)
    expect(await screen.findByText('Second try.')).toBeInTheDocument()
    expect(await countCases()).toBe(before + 2)
  })

  it('an edit after a 500 sends a new request, which the service treats as new', async () => {
    server.use(
      http.post('*/api/cases', () => HttpResponse.json({ title: 'x' }, { status: 500 }), {
        once: true,
      }),
    )
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await fillCase(user, medicareM0076)
    await user.click(submitButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('The criteria service had a problem')
    await user.type(screen.getByLabelText('Clinical notes'), 'Second try.')
    await user.click(submitButton())
    const caseId = await waitForCasePage(router)
    expect(await screen.findByText('Second try.')).toBeInTheDocument()
    expect(caseId).not.toBe('')
  })

  it('says "Still working…" when the service is slow', async () => {
    server.use(
      http.post(
        '*/api/cases',
        async () => {
          await delay(3600)
        },
        { once: true },
      ),
    )
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await fillCase(user, medicareM0076)
    await user.click(submitButton())
    expect(await screen.findByText(/Still working…/, {}, { timeout: 4000 })).toBeInTheDocument()
    await waitForCasePage(router)
  })

  it('removes the draft once the case is created', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await fillCase(user, medicareM0076)
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 3000 })).toBeInTheDocument()
    expect(
      await screen.findByRole('link', { name: /Member ••••••5678, M0076/ }),
    ).toBeInTheDocument()
    await user.click(submitButton())
    await waitForCasePage(router)
    await user.click(screen.getByRole('link', { name: 'New case' }))
    expect(await screen.findByText('You have no drafts.')).toBeInTheDocument()
  })
})
