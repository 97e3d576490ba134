import { cleanup, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, transact } from '../../service/store.ts'
import { renderApp } from '../render-app.tsx'
import { deniedCaseVia } from './decided-case.ts'

/** The PAS guide's subscriber and a demo provider, both seeded as synthetic records. */
const guideMember = {
  ...{ memberId: '12345678901', dateOfBirth: '1950-01-01' },
  ...{ lineOfBusiness: 'individual-family', groupFunding: undefined, plan: 'kfhpwa' },
  requestingProviderNpi: '1700000015',
  dateOfService: '2026-12-14',
}

const letter = () => screen.findByRole('article', {}, { timeout: 10_000 })

describe('letters name the member and the provider from their records', () => {
  it("the member's letter: their name and address, their own ID, date of service, diagnosis, provider", async () => {
    const { c } = await deniedCaseVia(guideMember)
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-rev-1' })
    const l = await letter()
    expect(l).toHaveTextContent(/ToJoe Smith100 Example Avenue, Apt 1Seattle, WA 98101/)
    expect(l).toHaveTextContent('Member ID12345678901')
    expect(l).toHaveTextContent('Date of service14 Dec 2026')
    expect(l).toHaveTextContent('DiagnosisM54.50')
    expect(l).toHaveTextContent('Requesting providerRiley Sample, MD, NPI 1700000015')
    expect(l).not.toHaveTextContent(/no enrollment record/)
  })

  it("the provider's letter goes to the provider, with the member named and the ID masked", async () => {
    const { c } = await deniedCaseVia(guideMember)
    await renderApp(`/cases/${c.id}/notices/provider`, { as: 'u-rev-1' })
    const l = await letter()
    expect(l).toHaveTextContent(/ToRiley Sample, MD400 Clinic Row, Suite 200Seattle, WA 98101/)
    expect(l).toHaveTextContent('MemberJoe Smith')
    expect(l).toHaveTextContent('Member ID••••••8901')
  })

  it('a later edit of the enrollment record leaves the letter as it was', async () => {
    const { c } = await deniedCaseVia(guideMember)
    await transact((db) => {
      const m = db.members['12345678901']!
      db.members[m.memberId] = { ...m, name: 'Renamed Later' }
      return commit(true)
    })
    await renderApp(`/cases/${c.id}/notices/member`, { as: 'u-rev-1' })
    expect(await letter()).toHaveTextContent(/ToJoe Smith/)
    cleanup()
  })
})
