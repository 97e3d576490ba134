import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { claimOf, guideFixture, pasFixture } from '../fhir/pas-fixtures.ts'
import { countCases, dateValue, waitForCasePage } from './case-form.ts'

/** The case form, once its lazy chunk has loaded. */
const openForm = async () => {
  const out = await renderApp('/cases/new', { as: 'u-rev-1' })
  const open = await screen.findByRole('button', { name: 'Import a PAS request' })
  expect(open).toHaveAttribute('aria-expanded', 'false')
  await out.user.click(open)
  expect(open).toHaveAttribute('aria-expanded', 'true')
  await screen.findByLabelText('PAS request file', {}, { timeout: 5000 })
  return out
}

const bundleFile = (bundle: unknown) =>
  new File([JSON.stringify(bundle)], 'pas-request.json', { type: 'application/fhir+json' })

describe('Import a PAS request into the case form', () => {
  it('fills the form from a chosen file, flags what the Bundle does not say, and creates nothing until submit', async () => {
    const { user, router } = await openForm()
    const before = await countCases()
    await user.upload(
      screen.getByLabelText('PAS request file'),
      bundleFile(pasFixture('m0076-coverage-does-not-tell')),
    )
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: /Line of business: the PAS request does not say/ }),
    ).toBeInTheDocument()
    expect(
      within(summary).getByRole('link', { name: /Plan: the PAS request does not say/ }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Member ID')).toHaveValue('KPWA00024680')
    expect(dateValue('Date of birth')).toBe('1990-11-30')
    expect(screen.getByRole('radio', { name: /^Electronic/ })).toBeChecked()
    expect(await countCases()).toBe(before)

    await user.click(screen.getByRole('radio', { name: /^Individual & Family/ }))
    await user.click(
      screen.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }),
    )
    await user.click(screen.getByRole('button', { name: 'Submit case' }))
    await waitForCasePage(router)
    expect(await countCases()).toBe(before + 1)
  })

  it('shows the Bundle’s problems in the error summary, each naming its element, and keeps typed text', async () => {
    const { user } = await openForm()
    const bundle = pasFixture('m0076-medicare-advantage')
    claimOf(bundle).diagnosis[0].diagnosisCodeableConcept.coding[0].system =
      'http://terminology.hl7.org/CodeSystem/icd9cm'
    bundle.entry[3].resource.identifier[0].value = '1245319590'
    await user.type(screen.getByLabelText('Clinical notes'), 'Typed before the import')
    await user.click(screen.getByLabelText('Or paste the PAS Bundle'))
    await user.paste(JSON.stringify(bundle))
    await user.click(screen.getByRole('button', { name: 'Fill the form from the PAS Bundle' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: /not ICD-10-CM .*diagnosis\[0\]/ }),
    ).toBeInTheDocument()
    expect(
      within(summary).getByRole('link', {
        name: /NPI 1245319590 is not valid.*\(Bundle\.entry\[3\]\.resource\.identifier\[0\]\.value\)/,
      }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Clinical notes')).toHaveValue('Typed before the import')
  })

  it('names a paste that is not JSON in the summary, linked to the paste box', async () => {
    const { user } = await openForm()
    await user.click(screen.getByLabelText('Or paste the PAS Bundle'))
    await user.paste('{"resourceType": "Bundle",')
    await user.click(screen.getByRole('button', { name: 'Fill the form from the PAS Bundle' }))
    const link = within(await screen.findByRole('alert')).getByRole('link', { name: /not JSON/ })
    expect(link).toHaveAttribute('href', '#pas-bundle')
  })

  it('lists what the Bundle carries that the form does not use', async () => {
    const { user } = await openForm()
    await user.upload(
      screen.getByLabelText('PAS request file'),
      bundleFile(guideFixture('referral-authorization-bundle-example')),
    )
    const listed = await screen.findByText(/Not used from the PAS Bundle/)
    await user.click(listed)
    expect(screen.getByText(/1338#U “Urgent”/)).toBeInTheDocument()
  })
})
