import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { decisionPanel, openCaseFor } from './review-helpers.ts'

/**
 * Issue 31: most cases have no unsent decision, and that is an answer, not an error. A
 * failed request is what a browser logs in red in the console, for every case page.
 */
const answers: { path: string; status: number }[] = []
const record = ({ request, response }: { request: Request; response: Response }) =>
  answers.push({ path: new URL(request.url).pathname, status: response.status })

afterEach(() => {
  server.events.removeListener('response:mocked', record)
  answers.length = 0
})

describe('a case with no decision draft', () => {
  it('opens with an empty form and no failed request', async () => {
    const c = await openCaseFor('u-md-1')
    server.events.on('response:mocked', record)
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    const draftPath = `/api/cases/${c.id}/decision-draft`
    await waitFor(() => expect(answers.map((a) => a.path)).toContain(draftPath))
    expect(answers.find((a) => a.path === draftPath)?.status).toBe(204)
    expect(answers.filter((a) => a.status >= 400)).toEqual([])
    expect(within(panel).getByRole('radio', { name: /^Deny$/ })).not.toBeChecked()
    expect(screen.queryByText(/is back in the form/)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
