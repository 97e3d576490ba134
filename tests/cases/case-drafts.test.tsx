import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { problemResponse } from '../../service/http.ts'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { listDrafts } from './case-form.ts'

const myDrafts = () => screen.findByRole('region', { name: 'My drafts' })

describe('drafts that survive', () => {
  it('saves as the person types, puts the opaque draft id in the address, and resumes after a remount', async () => {
    const first = await renderApp('/cases/new', { as: 'u-rev-1' })
    await first.user.type(await screen.findByLabelText('Member ID'), 'ZX98765432')
    await first.user.type(screen.getByLabelText('Service code'), 'M0076')
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 3000 })).toBeInTheDocument()
    await waitFor(() =>
      expect(first.router.state.location.search).toMatch(/^\?draft=[0-9a-f-]{36}$/),
    )
    const search = first.router.state.location.search
    expect(search).not.toContain('ZX98765432')

    // More typing, then leave at once: the unmount saves what is there.
    await first.user.type(screen.getByLabelText('Diagnosis code 1'), 'M54.50')
    first.unmount()
    await waitFor(async () => {
      const [draft] = await listDrafts()
      expect(draft?.serviceCode).toBe('M0076')
      const res = await fetch(`/api/drafts/${draft?.id}`, {
        headers: { Authorization: `Bearer ${sessionStorage.getItem('crd.session-token')}` },
      })
      expect(
        ((await res.json()) as { fields: { diagnosisCodes: string[] } }).fields.diagnosisCodes,
      ).toEqual(['M54.50'])
    })

    const second = await renderApp('/cases/new')
    const link = await within(await myDrafts()).findByRole('link', {
      name: 'Member ••••••5432, M0076',
    })
    await second.user.click(link)
    expect(await screen.findByLabelText('Member ID')).toHaveValue('ZX98765432')
    expect(screen.getByLabelText('Service code')).toHaveValue('M0076')
    expect(screen.getByLabelText('Diagnosis code 1')).toHaveValue('M54.50')
    await waitFor(() => expect(second.router.state.location.search).toBe(search))
  })

  it('resumes from the address alone, as after a reload', async () => {
    const first = await renderApp('/cases/new', { as: 'u-rev-1' })
    await first.user.type(await screen.findByLabelText('Member ID'), 'QQ11223344')
    await screen.findByText(/Draft saved/, {}, { timeout: 3000 })
    // The address takes the draft id in a navigation of its own, just after the save.
    await waitFor(() => expect(first.router.state.location.search).toMatch(/^\?draft=/))
    const url = first.router.state.location.pathname + first.router.state.location.search
    first.unmount()
    await renderApp(url)
    expect(await screen.findByLabelText('Member ID')).toHaveValue('QQ11223344')
  })

  it('an untouched form is not saved as a draft', async () => {
    const { unmount } = await renderApp('/cases/new', { as: 'u-rev-1' })
    expect(await screen.findByText('You have no drafts.')).toBeInTheDocument()
    unmount()
    expect(await listDrafts()).toEqual([])
  })

  it('says when a save failed and retries until it lands', async () => {
    server.use(
      http.put('*/api/drafts/:id', () => problemResponse(500, 'Down for a moment.'), {
        once: true,
      }),
    )
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await user.type(await screen.findByLabelText('Member ID'), 'RT55667788')
    expect(
      await screen.findByText(/Not saved, retrying/, {}, { timeout: 3000 }),
    ).toBeInTheDocument()
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 4000 })).toBeInTheDocument()
    expect(screen.getByLabelText('Member ID')).toHaveValue('RT55667788')
  })

  it('deletes a draft from "My drafts"', async () => {
    const first = await renderApp('/cases/new', { as: 'u-rev-1' })
    await first.user.type(await screen.findByLabelText('Member ID'), 'DD12121212')
    await screen.findByText(/Draft saved/, {}, { timeout: 3000 })
    first.unmount()
    const { user } = await renderApp('/cases/new')
    await user.click(
      await within(await myDrafts()).findByRole('button', {
        name: 'Delete draft Member ••••••1212, no service code yet',
      }),
    )
    expect(await within(await myDrafts()).findByText('You have no drafts.')).toBeInTheDocument()
    expect(await listDrafts()).toEqual([])
  })

  it('a draft that is gone says so, with a way to start again', async () => {
    const { user } = await renderApp('/cases/new?draft=00000000-0000-0000-0000-000000000000', {
      as: 'u-rev-1',
    })
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Start a new case instead' }))
    expect(await screen.findByLabelText('Member ID')).toHaveValue('')
  })
})
