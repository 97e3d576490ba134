import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { announceIdleSignout } from '../../src/components/idle-signout-event.ts'
import { renderApp } from '../render-app.tsx'
import { listDrafts } from './case-form.ts'

describe('an idle sign-out with a case half entered', () => {
  it('saves the open draft before the session ends, even inside the typing pause', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await user.type(await screen.findByLabelText('Member ID'), 'IDLE123456')
    // Straight away, before the autosave's pause has passed: the idle guard announces sign-out.
    expect(await listDrafts()).toEqual([])
    await act(() => announceIdleSignout())
    const drafts = await listDrafts()
    expect(drafts).toHaveLength(1)
    expect(drafts[0]?.memberIdMasked).toBe('••••••3456')
  })
})
