import { describe, expect, it } from 'vitest'
import { mapPasBundle } from '../../service/fhir/bundle-to-case.ts'
import { checkSubmission } from '../../service/fhir/submission.ts'
import {
  claimOf,
  GUIDE_REQUESTS,
  guideFixture,
  pasFixture,
  resourceOf,
  soon,
} from './pas-fixtures.ts'

const CLAIM = 'Bundle.entry[0].resource'
const errorsOf = (value: unknown) => {
  const checked = checkSubmission(value, new Date())
  return checked.ok ? [] : checked.issues.map((i) => i.expression)
}

describe('mapPasBundle: each mapping', () => {
  it('maps a Medicare Advantage M0076 request onto every case field it can say', () => {
    const m = mapPasBundle(pasFixture('m0076-medicare-advantage'))
    expect(m.fields).toEqual({
      requestChannel: 'electronic',
      memberId: 'KPWA00012345',
      dateOfBirth: '1951-03-14',
      plan: 'kfhpwa',
      lineOfBusiness: 'medicare-advantage',
      requestingProviderNpi: '1245319599',
      diagnosisCodes: ['M54.50'],
      urgency: 'standard',
      serviceCode: 'M0076',
      dateOfService: soon(),
    })
    expect(m.unstated).toEqual([])
    expect(m.issues).toEqual([])
    expect(m.bundleIdentifier).toEqual({
      system: 'urn:example:submitter-transaction',
      value: 'PAS-MA-0001',
    })
    expect(m.claimIdentifier).toEqual({ system: 'urn:example:trace-number', value: 'TRN-MA-0001' })
  })

  it('reads the plan, group funding and stat priority from a self-funded group request', () => {
    const { fields } = mapPasBundle(pasFixture('m0076-self-funded-expedited'))
    expect(fields).toMatchObject({
      plan: 'kfhpwa-options',
      lineOfBusiness: 'commercial-group',
      groupFunding: 'self-funded',
      urgency: 'expedited',
      diagnosisCodes: ['M54.41', 'M54.50'],
    })
  })

  it('takes Medicare Advantage from a SOPT 11x Coverage.type, leaving the plan unstated', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    delete resourceOf(bundle, 'Coverage').class
    const m = mapPasBundle(bundle)
    expect(m.fields.lineOfBusiness).toBe('medicare-advantage')
    expect(m.unstated).toEqual(['plan'])
  })

  it('leaves the line of business and plan unstated when the Coverage does not tell', () => {
    const m = mapPasBundle(pasFixture('m0076-coverage-does-not-tell'))
    expect(m.unstated).toEqual(['lineOfBusiness', 'plan'])
  })

  it('normalizes ICD-10-CM codes and reads a service period start and a PractitionerRole’s NPI', () => {
    const bundle = guideFixture('referral-authorization-bundle-example')
    const claim = claimOf(bundle)
    claim.diagnosis[0].diagnosisCodeableConcept.coding[0].code = 'm5450'
    claim.provider = { reference: 'PractitionerRole/ReferralPractitionerRoleExample' }
    claim.item[0].servicedPeriod = { start: '2026-12-20', end: '2026-12-31' }
    const { fields } = mapPasBundle(bundle)
    expect(fields).toMatchObject({
      diagnosisCodes: ['M54.50'],
      requestingProviderNpi: '1234567893',
      dateOfService: '2026-12-20',
    })
  })

  it('lists unused elements with the codes they carry, never dropping them silently', () => {
    const m = mapPasBundle(guideFixture('referral-authorization-bundle-example'))
    const listed = m.issues.filter((i) => i.severity === 'information')
    expect(listed.map((i) => i.expression)).toEqual(
      expect.arrayContaining([
        `${CLAIM}.extension`,
        `${CLAIM}.careTeam`,
        `${CLAIM}.item[0].extension`,
        `${CLAIM}.item[0].locationCodeableConcept`,
      ]),
    )
    const urgent = listed.find((i) => i.expression === `${CLAIM}.extension`)
    expect(urgent?.message).toContain('https://codesystem.x12.org/005010/1338#U “Urgent”')
  })
})

describe('checkSubmission: each error names its element', () => {
  it('accepts a complete request as a case input on the Electronic channel', () => {
    const checked = checkSubmission(pasFixture('m0076-medicare-advantage'), new Date())
    expect(checked.ok && checked.reviews[0]?.input).toMatchObject({
      lineOfBusiness: 'medicare-advantage',
      requestChannel: 'electronic',
      serviceCode: 'M0076',
    })
  })

  it.each([
    ['not a Bundle', { resourceType: 'Claim' }, ['Bundle']],
    [
      'no Claim',
      { resourceType: 'Bundle', identifier: { value: 'x' }, entry: [] },
      ['Bundle.entry'],
    ],
  ])('%s', (_name, value, expressions) => expect(errorsOf(value)).toEqual(expressions))

  it('refuses each problem of one Bundle once, at its FHIRPath', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    const claim = claimOf(bundle)
    claim.use = 'claim'
    claim.diagnosis = [
      {
        sequence: 1,
        diagnosisCodeableConcept: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/icd9cm', code: '724.2' }],
        },
      },
    ]
    claim.priority.coding[0].system = 'urn:example:unknown'
    claim.item[0].servicedDate = '1950-01-01'
    resourceOf(bundle, 'Practitioner').identifier[0].value = '1245319590'
    expect(errorsOf(bundle)).toEqual([
      `${CLAIM}.use`,
      'Bundle.entry[3].resource.identifier[0].value',
      `${CLAIM}.diagnosis[0].diagnosisCodeableConcept.coding[0].system`,
      `${CLAIM}.priority.coding[0]`,
      `${CLAIM}.item[0].servicedDate`,
    ])
    const messages = checkSubmission(bundle, new Date())
    expect(!messages.ok && messages.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('“preauthorization”'),
      expect.stringContaining('NPI 1245319590 is not valid'),
      expect.stringContaining('not ICD-10-CM'),
      expect.stringContaining('Unknown priority'),
      'Date of service: Date of service must be on or after the date of birth',
    ])
    expect(!messages.ok && messages.issues.map((i) => i.code ?? 'invalid')).toEqual([
      'invalid',
      'invalid',
      'not-supported',
      'invalid',
      'invalid',
    ])
  })

  it('names an unknown code system for a diagnosis or a service', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    const claim = claimOf(bundle)
    claim.diagnosis[0].diagnosisCodeableConcept.coding[0].system = 'urn:example:dx'
    claim.item[0].productOrService.coding[0].system = 'urn:example:svc'
    const checked = checkSubmission(bundle, new Date())
    expect(!checked.ok && checked.issues.map((i) => [i.expression, i.message])).toEqual([
      [
        `${CLAIM}.diagnosis[0].diagnosisCodeableConcept.coding[0].system`,
        expect.stringContaining('Unknown code system “urn:example:dx”'),
      ],
      [
        `${CLAIM}.item[0].productOrService.coding[0].system`,
        expect.stringContaining('Unknown code system “urn:example:svc”'),
      ],
    ])
  })

  it('refuses a Coverage that does not tell the line of business, since no enrollment data is held', () => {
    const checked = checkSubmission(pasFixture('m0076-coverage-does-not-tell'), new Date())
    expect(!checked.ok && checked.issues.map((i) => [i.expression, i.field])).toEqual([
      ['Bundle.entry[2].resource.class', 'lineOfBusiness'],
      ['Bundle.entry[2].resource.class', 'plan'],
    ])
    expect(!checked.ok && checked.issues[0]?.message).toContain(
      'not in the plan’s enrollment records',
    )
  })

  it.each(GUIDE_REQUESTS)('accepts the guide’s %s unchanged, one review per item', (name) => {
    const bundle = guideFixture(name)
    const checked = checkSubmission(bundle, new Date())
    expect(checked.ok && checked.reviews.length).toBeGreaterThan(0)
    const claim = claimOf(bundle)
    const asked = claim.item.map((i: { sequence: number }) => i.sequence)
    const answered = checked.ok && [
      ...checked.reviews.map((r) => r.item.sequence),
      ...checked.cancelled.map((i) => i.sequence),
    ]
    expect(answered && [...answered].sort()).toEqual(asked)
  })

  it('takes the member’s birth date and plan from the enrollment records when the Bundle is silent', () => {
    const checked = checkSubmission(
      guideFixture('referral-authorization-bundle-example'),
      new Date(),
    )
    expect(checked.ok && checked.reviews[0]?.input).toMatchObject({
      memberId: '12345678901',
      dateOfBirth: '1950-01-01',
      plan: 'kfhpwa',
      lineOfBusiness: 'individual-family',
      // X12 1365 "Consultation": no criteria by HCPCS or CPT, so a medical director reviews it.
      serviceCode: 'X12-1365-3',
      diagnosisCodes: ['G89.4'],
    })
  })

  it('reads the admission date where the guide carries it, and each item’s own code', () => {
    const surgical = checkSubmission(guideFixture('surgical-request-bundle-example'), new Date())
    expect(surgical.ok && surgical.reviews[0]?.input.dateOfService).toBe('2020-07-02')
    expect(surgical.ok && surgical.reviews[0]?.item.datePath).toBe(
      `${CLAIM}.supportingInfo[0].timingPeriod.start`,
    )
    const bundle = guideFixture('surgical-request-bundle-example')
    claimOf(bundle).supportingInfo = undefined
    const encounter = checkSubmission(bundle, new Date())
    expect(encounter.ok && encounter.reviews[0]?.item.datePath).toBe(
      'Bundle.entry[5].resource.period.start',
    )
    const homecare = checkSubmission(
      guideFixture('homecare-authorization-bundle-example'),
      new Date(),
    )
    expect(
      homecare.ok && homecare.reviews.map((r) => [r.item.sequence, r.input.serviceCode]),
    ).toEqual([
      [1, 'G0154'],
      [2, 'B4184'],
    ])
  })

  it('does not review an item the update cancels, and refuses a modifier extension it does not understand', () => {
    const update = guideFixture('homecare-authorization-update-bundle-example')
    const checked = checkSubmission(update, new Date())
    expect(checked.ok && checked.cancelled.map((i) => i.sequence)).toEqual([2])
    expect(checked.ok && checked.reviews.map((r) => r.item.sequence)).toEqual([1, 3])
    claimOf(update).item[0].modifierExtension = [{ url: 'urn:example:unknown', valueBoolean: true }]
    resourceOf(update, 'Patient').modifierExtension = [{ url: 'urn:example:other', valueCode: 'x' }]
    const refused = checkSubmission(update, new Date())
    expect(!refused.ok && refused.issues.map((i) => [i.expression, i.code])).toEqual([
      [`${CLAIM}.item[0].modifierExtension[0]`, 'not-supported'],
      ['Bundle.entry[4].resource.modifierExtension[0]', 'not-supported'],
    ])
  })
})
