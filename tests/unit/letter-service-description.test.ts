import { describe, expect, it } from 'vitest'
import { serviceDescription } from '../../service/letters/issue.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { syntheticPolicy } from '../support/synthetic-policy.ts'

const shipped = { syntheticPolicies: [] }

describe('the words a letter prints for the service code', () => {
  it('a HCPCS code on file prints its description, however it is typed', () => {
    expect(serviceDescription(shipped, 'M0076')).toBe('Prolotherapy')
    expect(serviceDescription(shipped, ' m0076 ')).toBe('Prolotherapy')
  })

  it('a code only near another on file says none is on file', () => {
    expect(serviceDescription(shipped, 'M007')).toBe('no description on file')
    expect(serviceDescription(shipped, 'Z9999')).toBe('no description on file')
  })

  it('a CPT code prints none of the AMA’s words', () => {
    const cpt: PolicyDetail = {
      ...syntheticPolicy({ id: 'synthetic-cpt' }),
      codeGroups: [
        {
          heading: 'SYNTHETIC',
          columns: ['Code', 'Description'],
          codes: [{ code: '20999', system: 'CPT', description: 'licensed words' }],
        },
      ],
    }
    expect(serviceDescription({ syntheticPolicies: [cpt] }, '20999')).toBe(
      'description not shown (CPT descriptions are licensed by the AMA)',
    )
  })
})
