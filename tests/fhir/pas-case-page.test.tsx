import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call } from '../api/helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'
import { fhirPost, claimResponseOf, actionCodeOf, referenceOf } from './pas-api-helpers.ts'
import { guideFixture, pasFixture } from './pas-fixtures.ts'

const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
afterEach(() => {
  vi.restoreAllMocks()
  URL.createObjectURL = original.create
  URL.revokeObjectURL = original.revoke
})

describe('the case page of a PAS case', () => {
  it('downloads the current PAS response Bundle through a Blob URL', async () => {
    // jsdom has no Blob URLs: keep the Blob the page hands over, as a browser would.
    const saved: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob)
      return 'blob:pas-response'
    })
    URL.revokeObjectURL = vi.fn()
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    const submitted = await fhirPost(
      '$submit',
      await signInAs('u-rev-1'),
      pasFixture('m0076-medicare-advantage'),
    )
    const { id } = claimResponseOf(submitted.body)
    const reference = referenceOf(submitted.body)
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-md-1' })
    const button = await screen.findByRole(
      'button',
      { name: 'Download the PAS response' },
      { timeout: 5000 },
    )
    await user.click(button)
    expect(await screen.findByText('The PAS response was downloaded.')).toBeInTheDocument()
    const bundle = JSON.parse(await saved[0]!.text())
    expect(actionCodeOf(bundle)).toBe('A4')
    expect(referenceOf(bundle)).toBe(reference)
    expect(names).toEqual([`${reference}-pas-response.json`])
  })

  it('shows a guide request’s items as cases of their own: no diagnosis given, a medical director reviews', async () => {
    const submitted = await fhirPost(
      '$submit',
      await signInAs('u-rev-1'),
      guideFixture('homecare-authorization-bundle-example'),
    )
    const { id } = claimResponseOf(submitted.body)
    await renderApp(`/cases/${id}`, { as: 'u-md-1' })
    const diagnoses = await screen.findByText('Diagnoses', {}, { timeout: 5000 })
    expect(diagnoses.nextElementSibling).toHaveTextContent('None given in the request')
    expect(screen.getByText('Service').nextElementSibling).toHaveTextContent(/^G0154/)
    expect(screen.getAllByText(/No criteria on file/).length).toBeGreaterThan(0)
  })

  it('names an X12 service type as such, not as a code missing from the code list', async () => {
    const submitted = await fhirPost(
      '$submit',
      await signInAs('u-rev-1'),
      guideFixture('referral-authorization-bundle-example'),
    )
    const { id } = claimResponseOf(submitted.body)
    await renderApp(`/cases/${id}`, { as: 'u-md-1' })
    const service = await screen.findByText('Service', {}, { timeout: 5000 })
    expect(service.nextElementSibling).toHaveTextContent(
      'X12 service type 3 (the request names no HCPCS or CPT code)',
    )
  })

  it('a case the provider withdrew by an update says so: closed, undecided, on its trail', async () => {
    const token = await signInAs('u-rev-1')
    const submitted = await fhirPost(
      '$submit',
      token,
      guideFixture('homecare-authorization-bundle-example'),
    )
    const item2 = claimResponseOf(submitted.body).item[1].extension[0].valueString
    const found = await call(`/cases?reference=${item2}`, { token })
    await fhirPost('$submit', token, guideFixture('homecare-authorization-update-bundle-example'))
    await renderApp(`/cases/${found.body.items[0].id}`, { as: 'u-md-1' })
    expect(
      await screen.findByText(
        'Withdrawn: the requesting provider cancelled this item in an update to the request, before any decision. Nothing was decided.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument()
    expect(screen.getAllByText('Withdrawn by the provider').length).toBeGreaterThan(0)
    // Its clock stopped because the item was withdrawn, not because anything was decided.
    expect(screen.getAllByText('(withdrawn)').length).toBeGreaterThan(0)
    expect(screen.queryByText('(decided)')).toBeNull()
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument()
    expect(await screen.findByText('Withdrawn by the provider (PAS update)')).toBeInTheDocument()
  })
})
