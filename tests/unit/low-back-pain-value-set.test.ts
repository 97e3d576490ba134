import { describe, expect, it } from 'vitest'
import { lowBackPainValueSet } from '../../service/engine/low-back-pain-value-set.ts'
import { prolotherapySclerotherapy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { normalizeIcd10 } from '../../src/domain/icd10.ts'

describe('low back pain value set', () => {
  it('is labelled as app data, not policy text', () => {
    expect(lowBackPainValueSet.name).toBe('Low back pain value set (app data, not from the policy)')
    expect(lowBackPainValueSet.note).toMatch(/FY2022/)
    expect(lowBackPainValueSet.note).toMatch(/M54\.5 itself was retired/)
  })

  it('holds the FY2022+ low back pain codes, canonical, without the retired M54.5', () => {
    expect(lowBackPainValueSet.codes).toEqual([
      'M54.40',
      'M54.41',
      'M54.42',
      'M54.50',
      'M54.51',
      'M54.59',
    ])
    for (const code of lowBackPainValueSet.codes) expect(normalizeIcd10(code)).toBe(code)
    expect(lowBackPainValueSet.codes).not.toContain('M54.5')
  })

  it('is not in the policy: the criteria document lists no diagnosis codes', () => {
    const policyText = JSON.stringify(prolotherapySclerotherapy)
    for (const code of lowBackPainValueSet.codes) expect(policyText).not.toContain(code)
  })
})
