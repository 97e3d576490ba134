import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { apiAs, tokenFor } from '../review/api-helpers.ts'
import { fillCase, medicareM0076, submit, summary, waitForCasePage } from './case-form.ts'

// The shipped sample is FY2026 (2025-10-01 to 2026-09-30): the form's dates fall in it.
const NOT_IN_SET =
  /not in the ICD-10-CM FY2026 code set \(this demo loads only a sample of it\): invalid or retired for this date of service/
// The form's chunk loads lazily; a cold start on a busy machine can take a few seconds.
const formReady = () => screen.findByLabelText('Member ID', {}, { timeout: 10_000 })

describe('the facts a physician needs, and codes the app cannot vouch for', () => {
  it('checks each code against the code set of its date of service, and refuses a retired one', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await formReady()
    await fillCase(user, {
      ...medicareM0076,
      dateOfService: '2026-06-15',
      diagnosisCodes: ['m25561', 'M54.5O', 'M54.5'],
    })
    await user.tab()
    await waitFor(() =>
      expect(screen.getByLabelText('Diagnosis code 1')).toHaveAccessibleDescription(
        expect.stringContaining('M25.561: Pain in right knee'),
      ),
    )
    await waitFor(() =>
      expect(screen.getByLabelText('Diagnosis code 2')).toHaveAccessibleDescription(
        expect.stringMatching(NOT_IN_SET),
      ),
    )
    expect(screen.getByLabelText('Diagnosis code 3')).toHaveAccessibleDescription(
      expect.stringContaining('M54.5: Low back pain: a category, not valid on a claim'),
    )
    await user.click(submit())
    expect(summary()).toHaveTextContent(
      'Diagnosis code M54.5 was retired on 2021-10-01 and is not valid for this date of service',
    )
  })

  it('the service refuses a retired code for a later date of service too', async () => {
    const token = await tokenFor('u-rev-1')
    const res = await apiAs(token, '/cases', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        memberId: 'AB12345678',
        dateOfBirth: '1952-05-17',
        lineOfBusiness: 'medicare-advantage',
        plan: 'kfhpwa',
        serviceCode: 'M0076',
        diagnosisCodes: ['M54.5'],
        dateOfService: '2026-12-14',
        urgency: 'standard',
        requestReceivedAt: new Date().toISOString(),
        requestChannel: 'electronic',
      }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: Record<string, string[]> }
    expect(body.errors.diagnosisCodes?.[0]).toMatch(/M54\.5 was retired on 2021-10-01/)
  })

  it('after Submit: the top of the case page, its summary, and the member’s other cases', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    await formReady()
    // An earlier case for the same member (typed with card spaces: the bare id is stored).
    const first = await fillAndSubmit(user, router, { ...medicareM0076, memberId: 'AB 1234-5678' })
    await user.click(await screen.findByRole('button', { name: 'Enter another case' }))
    await screen.findByRole('heading', { level: 1, name: 'New case' })
    await fillAndSubmit(user, router, {
      ...medicareM0076,
      dateOfService: '2026-06-15',
      diagnosisCodes: ['m5450', 'M54.5O'],
    })

    const heading = screen.getByRole('heading', { level: 1, name: /^Case UM-\d{4}-\d{6}$/ })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(
      screen.getByText(
        /^Case UM-\d{4}-\d{6} created: proposed outcome Not covered \(Medicare\)\.$/,
      ),
    ).toBeInTheDocument()

    // Each fact once, in one "Case details" list; the reference only in the page's heading.
    const facts = screen.getByRole('region', { name: 'Case details' })
    expect(screen.getAllByText(new RegExp(heading.textContent!.slice(5)))).toHaveLength(2)
    expect(within(facts).getByText(/^Age \d+$/)).toBeInTheDocument()
    expect(
      within(facts).getByText('Medicare Advantage, Kaiser Foundation Health Plan of Washington'),
    ).toBeInTheDocument()
    expect(await within(facts).findByText(/^M0076: Prolotherapy/)).toBeInTheDocument()
    expect(await within(facts).findByText('M54.50: Low back pain, unspecified')).toBeInTheDocument()
    expect(within(facts).getByText(NOT_IN_SET)).toBeInTheDocument()
    expect(within(facts).getByText('Jordan Rivers')).toBeInTheDocument()
    expect(
      within(facts).getByText(/In the queue of Dr\. .*: the criteria service proposed/),
    ).toBeInTheDocument()
    const earlier = await within(facts).findByRole('link', { name: first })
    expect(earlier.closest('li')).toHaveTextContent('Pending medical director review')
    // The member id is asked for by case, never carried in an address.
    expect(router.state.location.pathname).not.toMatch(/AB12345678/)
  })
})

async function fillAndSubmit(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  router: Awaited<ReturnType<typeof renderApp>>['router'],
  answers: typeof medicareM0076,
) {
  await formReady()
  await fillCase(user, answers)
  await user.click(submit())
  await waitForCasePage(router)
  const notice = await screen.findByText(/^Case UM-\d{4}-\d{6} created/, {}, { timeout: 10_000 })
  return /UM-\d{4}-\d{6}/.exec(notice.textContent ?? '')?.[0] ?? ''
}
