import { expect, type Locator, type Page } from '@playwright/test'
import { apiGet, caseCount, type Fault, type Rule } from './fault-support.ts'
import { demoUsers, fillMedicareCase, firstCaseId } from './support.ts'

/**
 * One row of the fault matrix: where the request is made and what a person sees. The
 * spec runs every target with every fault; `ctx` carries ids and counts between steps.
 */
export type Ctx = { id: string; before: number }
export type Target = {
  name: string
  user: string
  /** Reads retry twice on their own (app-providers.tsx): the fault must outlast them. */
  read: boolean
  slowMs: number
  setup: (page: Page) => Promise<Ctx>
  rule: (ctx: Ctx) => Rule
  trigger: (page: Page, ctx: Ctx) => Promise<void>
  busy: (page: Page) => Locator
  failure: (page: Page) => Locator
  /** The failure is told in the target's own words, not the service error's. */
  ownWords?: true
  /** After a failure: what the person typed is still there. */
  kept?: (page: Page) => Promise<void>
  retry: (page: Page) => Promise<void>
  /** After signing in again following a 401, back on the same page. */
  again?: (page: Page, ctx: Ctx) => Promise<void>
  succeeded: (page: Page, ctx: Ctx, fault: Fault) => Promise<void>
}

const tryAgain = (page: Page) => page.getByRole('button', { name: 'Try again' }).click()
const alert = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title })
const policyPath = '/policies/prolotherapy-sclerotherapy'

async function fillCase(page: Page) {
  await fillMedicareCase(page, 'FM12345678')
  // Blur saves at once: the draft on the service then holds every field.
  await page.getByLabel('Member ID').focus()
  await page.getByLabel('Member ID').blur()
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await expect(page).toHaveURL(/\?draft=/)
}

const submitCase: Target = {
  name: 'case submit',
  user: demoUsers.reviewer,
  read: false,
  slowMs: 3_800,
  async setup(page) {
    await page.goto('/cases/new')
    await fillCase(page)
    return { id: '', before: await caseCount(page) }
  },
  rule: () => ({ method: 'POST', path: '/cases' }),
  trigger: (page) => page.getByRole('button', { name: 'Submit case' }).click(),
  busy: (page) => page.getByText('Still working… the criteria service is slow to answer.'),
  failure: (page) => alert(page, 'The case was not sent'),
  kept: (page) => expect(page.getByLabel('Member ID')).toHaveValue('FM12345678'),
  retry: tryAgain,
  async again(page) {
    // The draft brings the form back as it was; the person sends it again.
    await expect(page).toHaveURL(/\/cases\/new\?draft=/)
    await expect(page.getByLabel('Member ID')).toHaveValue('FM12345678')
    await page.getByRole('button', { name: 'Submit case' }).click()
  },
  async succeeded(page, ctx) {
    await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
    await expect(page.getByText('Not covered (Medicare)').first()).toBeVisible()
    expect(await caseCount(page)).toBe(ctx.before + 1)
  },
}

const saveDraft: Target = {
  name: 'draft save',
  user: demoUsers.reviewer,
  read: false,
  slowMs: 2_000,
  async setup(page) {
    await page.goto('/cases/new')
    await page.getByLabel('Member ID').fill('DR12345678')
    await expect(page.getByText(/Draft saved/)).toBeVisible()
    await expect(page).toHaveURL(/\?draft=/)
    return { id: '', before: 0 }
  },
  rule: () => ({ method: 'PUT', path: '/drafts/*' }),
  async trigger(page) {
    await page.getByLabel('Clinical notes').fill('Low back pain for two years.')
    await page.getByLabel('Clinical notes').blur()
  },
  busy: (page) => page.getByRole('status').filter({ hasText: 'Saving…' }),
  failure: (page) => page.getByText('Not saved, retrying. What you have typed stays on this page.'),
  ownWords: true,
  kept: (page) => expect(page.getByLabel('Clinical notes')).toHaveValue(/two years/),
  // The save retries on its own after a short wait.
  retry: async () => {},
  async again(page) {
    await expect(page).toHaveURL(/\/cases\/new\?draft=/)
  },
  async succeeded(page, _ctx, fault) {
    // After a 401 the form came back from the draft: there is nothing new to save.
    if (fault !== '401') await expect(page.getByText(/Draft saved/)).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Member ID')).toHaveValue('DR12345678')
    // Known gap: an edit whose save met the 401 is lost with the session (see docs/reliability-and-security.md).
    if (fault !== '401')
      await expect(page.getByLabel('Clinical notes')).toHaveValue('Low back pain for two years.')
  },
}

const loadCase: Target = {
  name: 'case load',
  user: demoUsers.reviewer,
  read: true,
  slowMs: 3_800,
  setup: async (page) => ({ id: await firstCaseId(page), before: 0 }),
  rule: (ctx) => ({ method: 'GET', path: `/cases/${ctx.id}` }),
  trigger: async (page, ctx) => void (await page.goto(`/cases/${ctx.id}`)),
  busy: (page) => page.getByText('Still working… the criteria service is slow.'),
  failure: (page) => alert(page, 'The case could not be loaded'),
  retry: tryAgain,
  succeeded: (page) => expect(page.getByRole('region', { name: 'Determination' })).toBeVisible(),
}

async function startApproval(page: Page) {
  const panel = page.getByRole('region', { name: 'Decision' })
  await panel.getByRole('radio', { name: 'Approve', exact: true }).check()
  await panel.getByLabel('Rationale').fill('Approved after review of the notes.')
  await panel.getByRole('button', { name: 'Continue to confirm' }).click()
  await expect(page.getByRole('dialog', { name: 'Approve this case?' })).toBeVisible()
}
const confirmApproval = (page: Page) =>
  page.getByRole('dialog').getByRole('button', { name: 'Confirm approval' }).click()

const decide: Target = {
  name: 'decision',
  user: demoUsers.director,
  read: false,
  slowMs: 2_000,
  async setup(page) {
    const list = await apiGet<{ items: { id: string }[] }>(
      page,
      '/cases?status=pending-md-review&assignedToMe=true&limit=1',
    )
    const id = list.items[0]!.id
    await page.goto(`/cases/${id}`)
    await startApproval(page)
    return { id, before: 0 }
  },
  rule: (ctx) => ({ method: 'POST', path: `/cases/${ctx.id}/decision` }),
  trigger: confirmApproval,
  busy: (page) => page.getByRole('dialog').getByRole('button', { name: 'Recording…' }),
  failure: (page) => alert(page, 'The decision was not recorded'),
  kept: (page) =>
    expect(page.getByLabel('Rationale')).toHaveValue('Approved after review of the notes.'),
  async retry(page) {
    await page.getByRole('button', { name: 'Continue to confirm' }).click()
    await confirmApproval(page)
  },
  async again(page, ctx) {
    await expect(page).toHaveURL(`/cases/${ctx.id}`)
    await startApproval(page)
    await confirmApproval(page)
  },
  async succeeded(page, ctx) {
    await expect(page.getByText('Decision recorded. The case is approved.')).toBeVisible()
    const c = await apiGet<{ decisions: unknown[] }>(page, `/cases/${ctx.id}`)
    expect(c.decisions).toHaveLength(1)
  },
}

const readPolicy: Target = {
  name: 'policy read',
  user: demoUsers.reviewer,
  read: true,
  slowMs: 1_500,
  setup: async () => ({ id: '', before: 0 }),
  rule: () => ({ method: 'GET', path: policyPath }),
  trigger: async (page) => void (await page.goto(policyPath)),
  busy: (page) => page.getByText('Loading the policy…'),
  failure: (page) => alert(page, 'This could not be loaded'),
  retry: tryAgain,
  succeeded: (page) =>
    expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy/Sclerotherapy'),
}

const readEvidence: Target = {
  ...readPolicy,
  name: 'evidence read',
  rule: () => ({ method: 'GET', path: `${policyPath}/evidence` }),
  trigger: async (page) => void (await page.goto(`${policyPath}/evidence`)),
  busy: (page) => page.getByText('Loading the evidence tables…'),
  succeeded: (page) => expect(page.getByRole('row', { name: /Dechow E, Davies RK/ })).toBeVisible(),
}

export const targets = [submitCase, saveDraft, loadCase, decide, readPolicy, readEvidence]
