import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { decidedAppeal } from '../api/appeal-decided.ts'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'
import { expectNoInternalNote } from './letter-checks.ts'

const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }
const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }
const letter = () => screen.findByRole('article', {}, { timeout: 10_000 })
const heading = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 })
const section = (el: HTMLElement, name: string) =>
  within(el).getByRole('heading', { name }).closest('section')!

describe('appeal decision notices', () => {
  it('Medicare Advantage upheld: the reason, the criterion, the forward to the independent entity, cited', async () => {
    const c = await decidedAppeal(medicare, 'uphold')
    await renderApp(`/cases/${c.id}/notices/appeal/member`, { as: 'u-rev-1' })
    await heading('Member notice: appeal decision')
    const l = await letter()
    expect(l).toHaveTextContent(`Case reference${c.reference}`)
    expect(l).toHaveTextContent(/Appeal decisionDenial upheld on/)
    expect(l).toHaveTextContent(/Forwarded to independent review.*(PST|PDT)/)
    expect(l).toHaveTextContent('The letter does not change what the studies show.')
    expect(l).toHaveTextContent(/National Coverage Determination \(NCD\) 150\.7/)
    expect(l).toHaveTextContent(/Dr\. Rowan Okafor.*a physician other than the one who made/)
    const sent = section(l, 'Your case has been sent to an independent reviewer')
    expect(sent).toHaveTextContent(/You do not need to ask for this review/)
    expect(within(sent).getByRole('link', { name: '42 CFR 422.592(a)' })).toBeInTheDocument()
    expect(sent).not.toHaveTextContent(/not confirmed/)
    expect(section(l, 'What the independent reviewer does')).toHaveTextContent(
      /as quickly as your health requires/,
    )
    expect(l).not.toHaveTextContent(/Peer-to-peer/)
  })

  it('Washington upheld: 180 days to ask for an independent review, final otherwise, the criteria', async () => {
    const c = await decidedAppeal({}, 'uphold')
    await renderApp(`/cases/${c.id}/notices/appeal/member`, { as: 'u-md-1' })
    const l = await letter()
    expect(l).not.toHaveTextContent(/Forwarded to independent review/)
    expect(l).toHaveTextContent(/clinical rationale.*The new letter adds no evidence/)
    const external = section(l, 'Your right to an independent review')
    expect(external).toHaveTextContent(/up to 180 days.*final and binding/)
    expect(within(external).getByRole('link', { name: 'WAC 284-43-3150(2), (5)' })).toBeVisible()
    expect(section(l, 'The criteria we used')).toHaveTextContent(/WAC 284-43-3070/)
    expectNoInternalNote(l)
  })

  it('self-funded (ERISA) upheld: the right to sue, documents free, the federal external review', async () => {
    const c = await decidedAppeal(selfFunded, 'uphold')
    await renderApp(`/cases/${c.id}/notices/appeal/member`, { as: 'u-md-1' })
    const l = await letter()
    const sue = section(l, 'Your right to sue')
    expect(sue).toHaveTextContent(/section 502\(a\)/)
    expect(sue).toHaveTextContent(/29 CFR 2560\.503-1\(j\)\(4\)/)
    expectNoInternalNote(l)
    expect(section(l, 'Documents about your claim')).toHaveTextContent(/free of charge/)
    expect(section(l, 'Independent (external) review')).toHaveTextContent(
      /not a “grandfathered” plan/,
    )
  })

  it('approved on appeal: says so, with the reason, and the provider notice links back', async () => {
    const c = await decidedAppeal(medicare, 'approve')
    const { user } = await renderApp(`/cases/${c.id}/notices/appeal/provider`, { as: 'u-md-1' })
    await heading('Provider notice: appeal decision')
    const l = await letter()
    expect(l).toHaveTextContent(/Appeal decisionApproved on appeal on/)
    expect(
      within(l).getByRole('heading', { name: 'We approve the service on appeal' }),
    ).toBeVisible()
    expect(l).toHaveTextContent(/Why we changed our decision.*The new records change the picture/)
    expect(l).not.toHaveTextContent(/independent review entity/)
    await user.click(screen.getByRole('link', { name: 'Member notice' }))
    expect(await heading('Member notice: appeal decision')).toBeInTheDocument()
  })

  it('the provider notice of an upheld denial carries the peer-to-peer offer', async () => {
    const c = await decidedAppeal({}, 'uphold')
    await renderApp(`/cases/${c.id}/notices/appeal/provider`, { as: 'u-md-1' })
    const l = await letter()
    expect(l).toHaveTextContent(/offers a peer-to-peer conversation.*quote the case reference/)
  })

  it('an appeal not yet decided has no appeal notice; the denial notice is still there', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    await postAppeal(id, await signInAs('u-rev-1'), validAppeal())
    const { user } = await renderApp(`/cases/${id}/notices/appeal/member`, { as: 'u-md-1' })
    expect(await heading('This case has no appeal decision notice')).toBeInTheDocument()
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back to the case' }))
    const record = await screen.findByRole('article', { name: 'Denied' }, { timeout: 10_000 })
    await user.click(within(record).getByRole('link', { name: 'Member notice' }))
    expect(await heading('Member notice: denial of coverage')).toBeInTheDocument()
  })

  it('the case page and the print view link the appeal notices; the audit trail says they were issued', async () => {
    const c = await decidedAppeal(medicare, 'uphold')
    const { user } = await renderApp(`/cases/${c.id}/print`, { as: 'u-md-1' })
    await heading('Decision summary')
    expect(await screen.findByText('Appeal notices')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Member appeal notice' })).toHaveAttribute(
      'href',
      `/cases/${c.id}/notices/appeal/member`,
    )
    expect(screen.getByRole('link', { name: 'Provider appeal notice' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back to the case' }))
    const audit = await screen.findByRole('region', { name: 'Audit trail' }, { timeout: 10_000 })
    expect(
      await within(audit).findByText(
        /appeal notices issued to the member and the requesting provider/,
      ),
    ).toBeInTheDocument()
  })
})
