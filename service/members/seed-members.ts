import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { MemberRecord } from '../../src/api/schemas/member.ts'
import type { MockDb } from '../store.ts'
import { partiesAtEntry } from './parties.ts'
import { PAS_GUIDE_MEMBERS, SYNTHETIC_PROVIDERS, syntheticPerson } from './synthetic.ts'

/**
 * The demo's enrollment and directory: a synthetic member for each seeded case (enrolled
 * as the case says, so the letters and the case form agree with it), the PAS guide's
 * members and the synthetic providers.
 */
export function seedMembers(db: MockDb, cases: readonly StoredCase[]) {
  for (const m of PAS_GUIDE_MEMBERS) db.members[m.memberId] = m
  for (const p of SYNTHETIC_PROVIDERS) db.providers[p.npi] = p
  cases.forEach((c, i) => {
    const { input } = c
    const member: MemberRecord = {
      memberId: input.memberId,
      ...syntheticPerson(i + 1),
      dateOfBirth: input.dateOfBirth,
      coverage: {
        lineOfBusiness: input.lineOfBusiness,
        plan: input.plan,
        ...(input.groupFunding ? { groupFunding: input.groupFunding } : {}),
        ...(input.lineOfBusiness === 'commercial-group' ? { groupNumber: 'SYN-GRP-100' } : {}),
        effectiveFrom: '2024-01-01',
      },
      synthetic: true,
    }
    db.members[member.memberId] = member
  })
  // The seeded cases were entered against these records: each keeps its copy.
  for (const c of cases) db.cases[c.id] = { ...c, parties: partiesAtEntry(db, c.input) }
}
