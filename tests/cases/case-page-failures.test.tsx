import { screen } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { problemResponse } from '../../service/http.ts'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { fillCase, medicareM0076, waitForCasePage } from './case-form.ts'

async function createCaseThroughForm() {
  const view = await renderApp('/cases/new', { as: 'u-rev-1' })
  await fillCase(view.user, medicareM0076)
  await view.user.click(screen.getByRole('button', { name: 'Submit case' }))
  const caseId = await waitForCasePage(view.router)
  await screen.findByText('Not covered (Medicare)')
  view.unmount()
  return caseId
}

describe('the case page when the service fails', () => {
  it('a 500 shows a clear message and a retry that works', async () => {
    const caseId = await createCaseThroughForm()
    server.use(http.get('*/api/cases/:id', () => problemResponse(500), { once: true }))
    const { user } = await renderApp(`/cases/${caseId}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The criteria service had a problem. Try again in a moment.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Not covered (Medicare)')).toBeInTheDocument()
  })

  it('the service unreachable: says so, never a blank screen', async () => {
    const caseId = await createCaseThroughForm()
    server.use(http.get('*/api/cases/:id', () => HttpResponse.error(), { once: true }))
    await renderApp(`/cases/${caseId}`)
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached')
    expect(screen.getByRole('heading', { level: 1, name: 'Case review' })).toBeInTheDocument()
  })

  it('a slow service: "Still working…" after a few seconds', async () => {
    const caseId = await createCaseThroughForm()
    server.use(
      http.get(
        '*/api/cases/:id',
        async () => {
          await delay(3500)
        },
        { once: true },
      ),
    )
    await renderApp(`/cases/${caseId}`)
    expect(await screen.findByText('Loading the case…')).toBeInTheDocument()
    expect(await screen.findByText(/Still working…/, {}, { timeout: 4000 })).toBeInTheDocument()
    expect(
      await screen.findByText('Not covered (Medicare)', {}, { timeout: 3000 }),
    ).toBeInTheDocument()
  })

  it('an unknown case id says not found', async () => {
    await renderApp('/cases/c-00000000-0000-0000-0000-000000000000', { as: 'u-rev-1' })
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument()
  })
})
