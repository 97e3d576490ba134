import { describe, expect, it } from 'vitest'
import { mapPasBundle } from '../../mocks/fhir/bundle-to-case.ts'
import { checkSubmission } from '../../mocks/fhir/submission.ts'
import { claimOf, pasFixture, resourceOf, soon } from './pas-fixtures.ts'

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
    const bundle = pasFixture('guide-referral-authorization-bundle')
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
    const m = mapPasBundle(pasFixture('guide-referral-authorization-bundle'))
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
    expect(checked.ok && checked.input).toMatchObject({
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
    claim.item[0].servicedDate = '2001-01-01'
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
      'Date of service: Date of service must be from 1 year before to 2 years after the request was received',
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
    expect(!checked.ok && checked.issues[0]?.message).toContain('holds no enrollment data')
  })

  it('refuses the guide’s examples, naming what this service cannot review', () => {
    expect(errorsOf(pasFixture('guide-referral-authorization-bundle'))).toEqual([
      `${CLAIM}.item[0].productOrService.coding[0].system`,
      'Bundle.entry[4].resource.birthDate',
      'Bundle.entry[3].resource.class',
      'Bundle.entry[3].resource.class',
      `${CLAIM}.item[0].servicedDate`,
    ])
    expect(errorsOf(pasFixture('guide-medical-services-authorization-bundle'))).toEqual([
      'Bundle.entry[4].resource.birthDate',
      'Bundle.entry[3].resource.class',
      'Bundle.entry[3].resource.class',
      `${CLAIM}.diagnosis`,
      `${CLAIM}.item[0].servicedDate`,
    ])
  })
})
