import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import type { UserEvent } from '@testing-library/user-event'
import { readSessionToken } from '../../src/api/session-token.ts'

export type CaseAnswers = {
  memberId?: string
  dateOfBirth?: string
  lineOfBusiness?: RegExp
  groupFunding?: string
  plan?: RegExp
  serviceCode?: string
  diagnosisCodes?: string[]
  dateOfService?: string
  urgency?: string
  requestChannel?: RegExp
  npi?: string
  notes?: string
}

export const medicareM0076: CaseAnswers = {
  memberId: 'AB12345678',
  dateOfBirth: '1952-05-17',
  lineOfBusiness: /^Medicare Advantage/,
  plan: /^Kaiser Foundation Health Plan of Washington$/,
  serviceCode: 'M0076',
  diagnosisCodes: ['m5450'],
  dateOfService: '2026-12-14',
  urgency: 'Standard',
  requestChannel: /^Electronic/,
}

export const submit = () => screen.getByRole('button', { name: 'Submit case' })
export const summary = () => screen.getByRole('alert', { name: 'There is a problem' })

/** The inline message of a control, read through its aria-describedby. */
export function expectFieldError(label: string, message: string) {
  expect(screen.getByLabelText(label)).toHaveAccessibleDescription(
    expect.stringContaining(`Error: ${message}`),
  )
}

/** The month, day and year boxes of a date, found by its legend. */
export function dateBoxes(legend: string) {
  const group = within(screen.getByRole('group', { name: legend }))
  return {
    month: group.getByLabelText('Month'),
    day: group.getByLabelText('Day'),
    year: group.getByLabelText('Year'),
  }
}

/** What a date's boxes hold, as YYYY-MM-DD (the form's order is month, day, year). */
export function dateValue(legend: string) {
  const { month, day, year } = dateBoxes(legend)
  const [m, d, y] = [month, day, year].map((b) => (b as HTMLInputElement).value)
  return `${y}-${m}-${d}`
}

/** Types a YYYY-MM-DD date into its boxes as it is read off a US form: 05 17 1952. */
export async function typeDate(user: UserEvent, legend: string, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-')
  const boxes = dateBoxes(legend)
  for (const [box, text] of [
    [boxes.month, month],
    [boxes.day, day],
    [boxes.year, year],
  ] as const) {
    await user.clear(box)
    if (text) await user.type(box, text)
  }
}

/** Opens "Request received" (text with a Change button) on a loaded form; returns its boxes. */
export async function changeReceived(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Change when the request was received' }))
  return receivedBoxes()
}

/** The month, day, year and time boxes of "Request received". */
export function receivedBoxes() {
  const group = within(screen.getByRole('group', { name: 'Request received' }))
  return { ...dateBoxes('Request received'), time: group.getByLabelText('Time') }
}

/** Types a plan wall time into "Request received": a YYYY-MM-DD date and a time as typed. */
export async function typeReceived(user: UserEvent, iso: string, time: string) {
  await typeDate(user, 'Request received', iso)
  const box = receivedBoxes().time
  await user.clear(box)
  if (time) await user.type(box, time)
}

/** Fills the case form as a person would: by label, one field at a time. */
export async function fillCase(user: UserEvent, a: CaseAnswers) {
  if (a.memberId) await user.type(await screen.findByLabelText('Member ID'), a.memberId)
  if (a.dateOfBirth) await typeDate(user, 'Date of birth', a.dateOfBirth)
  if (a.lineOfBusiness) await user.click(screen.getByRole('radio', { name: a.lineOfBusiness }))
  if (a.groupFunding) await user.click(screen.getByRole('radio', { name: a.groupFunding }))
  if (a.plan) await user.click(screen.getByRole('radio', { name: a.plan }))
  if (a.serviceCode) await user.type(screen.getByLabelText('Service code'), a.serviceCode)
  for (const [i, code] of (a.diagnosisCodes ?? []).entries()) {
    if (i > 0) await user.click(screen.getByRole('button', { name: 'Add another diagnosis code' }))
    await user.type(screen.getByLabelText(`Diagnosis code ${i + 1}`), code)
  }
  if (a.dateOfService) await typeDate(user, 'Date of service', a.dateOfService)
  if (a.urgency) await user.click(screen.getByRole('radio', { name: a.urgency }))
  if (a.requestChannel) await user.click(screen.getByRole('radio', { name: a.requestChannel }))
  if (a.npi) await user.type(screen.getByLabelText('Requesting provider NPI'), a.npi)
  if (a.notes) {
    await user.click(screen.getByLabelText('Clinical notes'))
    await user.paste(a.notes)
  }
}

async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`/api${path}`, {
    headers: { Authorization: `Bearer ${readSessionToken()}` },
  })
  return (await res.json()) as T
}

/** How many cases the service holds, read the way the worklist reads them. */
export async function countCases(): Promise<number> {
  return (await apiGet<{ total: number }>('/cases')).total
}

export async function listDrafts() {
  return (
    await apiGet<{ items: { id: string; serviceCode: string; memberIdMasked: string }[] }>(
      '/drafts',
    )
  ).items
}

/** Waits until the app has navigated to a case page and returns the case id. */
export async function waitForCasePage(router: { state: { location: { pathname: string } } }) {
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/cases\/(?!new)/), {
    timeout: 5000,
  })
  return router.state.location.pathname.split('/')[2] ?? ''
}
