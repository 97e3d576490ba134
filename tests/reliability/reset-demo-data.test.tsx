import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readSessionToken } from '../../src/api/session-token.ts'
import { call } from '../api/helpers.ts'
import { renderApp } from '../render-app.tsx'

describe('Reset demo data', () => {
  afterEach(() => vi.restoreAllMocks())

  it('says everything it removes, keeps the user signed in and keeps the open form', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true)
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const memberId = await screen.findByLabelText('Member ID', {}, { timeout: 5_000 })
    await user.type(memberId, 'SYN24680')
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 5_000 })).toBeVisible()

    const demo = screen.getByRole('complementary', { name: 'Demo service' })
    await user.click(within(demo).getByRole('button', { name: 'Reset demo data' }))
    const question = confirm.mock.calls[0]?.[0] ?? ''
    for (const removed of ['case', 'decision', 'audit trail', 'draft', 'test policies'])
      expect(question).toContain(removed)
    expect(question).toContain('You stay signed in')

    expect(await within(demo).findByText('Demo data reset.')).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible()
    expect(screen.queryByText(/Your session ended/)).not.toBeInTheDocument()
    expect(screen.getByLabelText('Member ID')).toHaveValue('SYN24680')
    expect((await call('/me', { token: readSessionToken() ?? '' })).status).toBe(200)
  })
})
