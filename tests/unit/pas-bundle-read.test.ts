import { describe, expect, it } from 'vitest'
import { mapPasBundle } from '../../service/fhir/bundle-to-case.ts'
import { codesIn, Issues } from '../../service/fhir/issues.ts'
import { codingsOf, resolve } from '../../service/fhir/fhir-json.ts'
import { claimOf, guideFixture, pasFixture, resourceOf, type Json } from '../fhir/pas-fixtures.ts'

/**
 * What `mapPasBundle` reads from each resource of a PAS request Bundle (the Claim, its
 * Patient, Coverage and requesting provider), pinned field by field in Node: the mutation
 * run (`npm run test:mutation`) runs these against every change of the mapping.
 */

const CLAIM = 'Bundle.entry[0].resource'
const NPI = 'http://hl7.org/fhir/sid/us-npi'
const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm'
const PRIORITY = 'http://terminology.hl7.org/CodeSystem/processpriority'
const CLASS = 'http://terminology.hl7.org/CodeSystem/coverage-class'

const ma = () => pasFixture('m0076-medicare-advantage')
const errors = (bundle: Json) =>
  mapPasBundle(bundle)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => [i.expression, i.field, i.code])

describe('mapPasBundle: what is not a request', () => {
  it.each([
    ['a Claim', { resourceType: 'Claim', identifier: { value: 'x' } }],
    ['a string', 'Bundle'],
    ['null', null],
  ])('refuses %s at Bundle and says every field is unstated', (_name, value) => {
    const m = mapPasBundle(value)
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: 'Bundle',
        message: 'This is not a FHIR Bundle: send a Da Vinci PAS request Bundle',
      },
    ])
    expect(m.fields).toEqual({})
    expect(m.unstated).toEqual([
      'memberId',
      'dateOfBirth',
      'lineOfBusiness',
      'plan',
      'serviceCode',
      'diagnosisCodes',
      'dateOfService',
      'urgency',
    ])
    expect(m.paths).toEqual({})
    expect(m.claimIdentifier).toBeNull()
    expect(m.items).toEqual([])
    expect(m.echo).toEqual({})
  })

  it('refuses a Bundle without a Claim at Bundle.entry, still reading its identifier', () => {
    const m = mapPasBundle({
      resourceType: 'Bundle',
      identifier: [{ system: 'urn:s', value: 'B-1' }],
      entry: [{ resource: { resourceType: 'Patient' } }, 'junk', { resource: 'junk' }],
    })
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: 'Bundle.entry',
        message: 'The Bundle has no Claim: a PAS request carries one',
      },
    ])
    expect(m.fields).toEqual({})
    expect(m.bundleIdentifier).toEqual({ system: 'urn:s', value: 'B-1' })
  })

  it('reads an identifier with no system as its value alone, and none without a value', () => {
    const bundle = ma()
    bundle.identifier = { value: 'B-2' }
    claimOf(bundle).identifier = [{ system: 'urn:s', value: '  ' }]
    const m = mapPasBundle(bundle)
    expect(m.bundleIdentifier).toEqual({ value: 'B-2' })
    expect(m.claimIdentifier).toBeNull()
    bundle.identifier = ['B-3']
    expect(mapPasBundle(bundle).bundleIdentifier).toBeNull()
  })

  it('keeps the index of each entry in its path, skipping an entry that is not a resource', () => {
    const bundle = ma()
    bundle.entry.unshift({ fullUrl: 'urn:x' }, { resource: 'text' })
    const m = mapPasBundle(bundle)
    expect(m.paths.urgency).toBe('Bundle.entry[2].resource.priority')
    expect(m.paths.memberId).toBe('Bundle.entry[3].resource.identifier')
  })
})

describe('mapPasBundle: the Claim', () => {
  it('says each path a field comes from', () => {
    expect(mapPasBundle(ma()).paths).toEqual({
      memberId: 'Bundle.entry[1].resource.identifier',
      dateOfBirth: 'Bundle.entry[1].resource.birthDate',
      lineOfBusiness: 'Bundle.entry[2].resource.class',
      groupFunding: 'Bundle.entry[2].resource.class',
      plan: 'Bundle.entry[2].resource.class',
      serviceCode: `${CLAIM}.item[0].productOrService`,
      diagnosisCodes: `${CLAIM}.diagnosis`,
      dateOfService: `${CLAIM}.item[0].servicedDate`,
      urgency: `${CLAIM}.priority`,
      requestingProviderNpi: `${CLAIM}.provider`,
    })
  })

  it('names the Claim paths when the Patient, Coverage and items are missing', () => {
    const bundle = ma()
    const claim = claimOf(bundle)
    claim.patient = { reference: 'Patient/nobody' }
    claim.insurance = []
    claim.item = []
    const m = mapPasBundle(bundle)
    expect(m.paths).toMatchObject({
      memberId: `${CLAIM}.patient.identifier`,
      dateOfBirth: `${CLAIM}.patient.birthDate`,
      plan: `${CLAIM}.insurance.class`,
      serviceCode: `${CLAIM}.item[0].productOrService`,
      dateOfService: `${CLAIM}.item[0].servicedDate`,
    })
    expect(errors(bundle)).toEqual([
      [`${CLAIM}.patient`, 'memberId', undefined],
      [`${CLAIM}.item`, undefined, undefined],
    ])
    const messages = m.issues.map((i) => i.message)
    expect(messages).toContain('Claim.patient does not point to a Patient in the Bundle')
    expect(messages).toContain('The Claim names no service: send one item or more')
    expect(m.echo.patient).toBeUndefined()
  })

  it('refuses a Claim whose use is not preauthorization, quoting it', () => {
    const bundle = ma()
    claimOf(bundle).use = 'claim'
    const [issue] = mapPasBundle(bundle).issues
    expect(issue).toEqual({
      severity: 'error',
      expression: `${CLAIM}.use`,
      message: 'Claim.use is “claim”: a prior authorization request has use “preauthorization”',
    })
    delete claimOf(bundle).use
    expect(mapPasBundle(bundle).issues[0]?.message).toBe(
      'Claim.use is “”: a prior authorization request has use “preauthorization”',
    )
  })

  it('takes the service code and date from the first item not cancelled', () => {
    const bundle = ma()
    const claim = claimOf(bundle)
    claim.item = [
      {
        sequence: 1,
        modifierExtension: [
          {
            url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/modifierextension-infoCancelled',
            valueBoolean: true,
          },
        ],
        productOrService: claim.item[0].productOrService,
        servicedDate: '2027-02-01',
      },
      {
        sequence: 2,
        productOrService: {
          coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '20552' }],
        },
        servicedDate: '2027-03-01',
      },
    ]
    const m = mapPasBundle(bundle)
    expect(m.fields.serviceCode).toBe('20552')
    expect(m.fields.dateOfService).toBe('2027-03-01')
    expect(m.paths.serviceCode).toBe(`${CLAIM}.item[1].productOrService`)
    expect(m.paths.dateOfService).toBe(`${CLAIM}.item[1].servicedDate`)
  })

  it('leaves the service code to the reviewer for an X12 service type, keeping its date', () => {
    const m = mapPasBundle(guideFixture('medical-services-authorization-bundle-example'))
    expect(m.fields.serviceCode).toBe('99212')
    const referral = mapPasBundle(guideFixture('referral-authorization-bundle-example'))
    expect(referral.items[0]?.serviceCode).toBe('X12-1365-3')
    expect(referral.fields.serviceCode).toBeUndefined()
    expect(referral.unstated).toContain('serviceCode')
  })

  it('echoes the Patient, insurer, requestor, Claim type and identifiers as sent', () => {
    const bundle = guideFixture('referral-authorization-bundle-example')
    const claim = claimOf(bundle)
    const m = mapPasBundle(bundle)
    expect(m.echo).toEqual({
      patient: {
        fullUrl: 'http://example.org/fhir/Patient/SubscriberExample',
        resource: resourceOf(bundle, 'Patient'),
      },
      insurer: {
        fullUrl: 'http://example.org/fhir/Organization/InsurerExample',
        resource: bundle.entry[2].resource,
      },
      requestor: {
        fullUrl: 'http://example.org/fhir/Organization/UMOExample',
        resource: bundle.entry[1].resource,
      },
      requestorReference: { reference: 'Organization/UMOExample' },
      claimType: claim.type,
      claimIdentifiers: claim.identifier,
    })
    expect(m.claimIdentifier).toEqual({ system: 'urn:trnorg:9012345678', value: '111099' })
  })

  it('echoes an entry without a fullUrl by its resource alone, and nothing it cannot find', () => {
    const bundle = ma()
    delete bundle.entry[1].fullUrl
    const claim = claimOf(bundle)
    delete claim.identifier
    delete claim.type
    claim.provider = 'Practitioner/requester'
    const m = mapPasBundle(bundle)
    expect(m.echo).toEqual({ patient: { resource: resourceOf(bundle, 'Patient') } })
    expect(m.fields.requestingProviderNpi).toBeUndefined()
  })

  it('lists each Claim element it does not use, with the codes it carries', () => {
    const bundle = ma()
    Object.assign(claimOf(bundle), {
      supportingInfo: [{ sequence: 1, category: { coding: [{ system: 'urn:c', code: 'x' }] } }],
      careTeam: [],
      accident: { date: '2026-01-01' },
      referral: { display: 'r' },
      procedure: [],
      extension: [{ url: 'urn:e', valueCode: 'v' }],
    })
    const listed = mapPasBundle(bundle).issues.filter((i) => i.severity === 'information')
    expect(listed.map((i) => i.expression)).toEqual(
      ['extension', 'supportingInfo', 'careTeam', 'accident', 'referral', 'procedure'].map(
        (k) => `${CLAIM}.${k}`,
      ),
    )
    expect(listed[0]?.message).toBe(
      'Not used by this service, listed for the reviewer; it carries #v',
    )
    expect(listed[1]?.message).toBe(
      'Not used by this service, listed for the reviewer; it carries urn:c#x',
    )
    expect(listed[3]?.message).toBe('Not used by this service, listed for the reviewer')
  })
})

describe('mapPasBundle: the Patient', () => {
  it('takes the member identifier (type MB) before the first, trimmed, and the birth date', () => {
    const bundle = ma()
    const patient = resourceOf(bundle, 'Patient')
    patient.identifier = [
      { system: 'urn:mrn', value: 'MRN-1' },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        value: 'MR-2',
      },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MB' }] },
        value: ' KPWA00012345 ',
      },
    ]
    patient.birthDate = ' 1951-03-14 '
    expect(mapPasBundle(bundle).fields).toMatchObject({
      memberId: 'KPWA00012345',
      dateOfBirth: '1951-03-14',
    })
  })

  it('falls back to the first identifier, and leaves out what the Patient does not say', () => {
    const bundle = ma()
    const patient = resourceOf(bundle, 'Patient')
    patient.identifier = [{ value: 'FIRST' }, { value: 'SECOND' }]
    delete patient.birthDate
    const m = mapPasBundle(bundle)
    expect(m.fields.memberId).toBe('FIRST')
    expect(m.fields.dateOfBirth).toBeUndefined()
    expect(m.unstated).toEqual(['dateOfBirth'])
    patient.identifier = [{ value: '' }]
    expect(mapPasBundle(bundle).unstated).toEqual(['memberId', 'dateOfBirth'])
  })

  it('refuses a patient reference that names another kind of resource', () => {
    const bundle = ma()
    claimOf(bundle).patient = { reference: 'Coverage/coverage' }
    expect(errors(bundle)).toEqual([[`${CLAIM}.patient`, 'memberId', undefined]])
    const m = mapPasBundle(bundle)
    expect(m.echo.patient).toBeUndefined()
    expect(m.paths.memberId).toBe(`${CLAIM}.patient.identifier`)
  })
})

describe('mapPasBundle: the Coverage', () => {
  const withClasses = (classes: Json[], type?: Json) => {
    const bundle = ma()
    const coverage = resourceOf(bundle, 'Coverage')
    coverage.class = classes
    if (type === undefined) delete coverage.type
    else coverage.type = type
    return bundle
  }
  const plan = (value: string, system = CLASS, code = 'plan') => ({
    type: { coding: [{ system, code }] },
    value,
  })

  it.each([
    ['KFHPWA-MA', { plan: 'kfhpwa', lineOfBusiness: 'medicare-advantage' }],
    [
      'kfhpwa-group-fi',
      { plan: 'kfhpwa', lineOfBusiness: 'commercial-group', groupFunding: 'fully-insured' },
    ],
    [' options-ifp ', { plan: 'kfhpwa-options', lineOfBusiness: 'individual-family' }],
  ])('reads the plan class %s, in any case and with spaces', (value, expected) => {
    const { fields } = mapPasBundle(withClasses([plan(value)]))
    expect({
      plan: fields.plan,
      lineOfBusiness: fields.lineOfBusiness,
      ...(fields.groupFunding ? { groupFunding: fields.groupFunding } : {}),
    }).toEqual(expected)
  })

  it('skips a class of another type or system and a code it does not know, for the next', () => {
    const { fields } = mapPasBundle(
      withClasses([
        plan('KFHPWA-MA', CLASS, 'group'),
        plan('KFHPWA-MA', 'urn:other', 'plan'),
        plan('UNKNOWN'),
        { value: 'KFHPWA-MA' },
        { type: { coding: [{ system: CLASS, code: 'plan' }] } },
        plan('OPTIONS-GROUP-SF'),
      ]),
    )
    expect(fields).toMatchObject({
      plan: 'kfhpwa-options',
      lineOfBusiness: 'commercial-group',
      groupFunding: 'self-funded',
    })
  })

  it('stops at the first plan class it knows', () => {
    const { fields } = mapPasBundle(withClasses([plan('KFHPWA-IFP'), plan('OPTIONS-GROUP-SF')]))
    expect(fields.lineOfBusiness).toBe('individual-family')
    expect('groupFunding' in fields).toBe(false)
  })

  it.each(['11', '111', '112', '113', '119'])(
    'takes Medicare Advantage from SOPT %s when no plan class tells',
    (code) => {
      const m = mapPasBundle(
        withClasses([], { coding: [{ system: 'https://nahdo.org/sopt', code }] }),
      )
      expect(m.fields.lineOfBusiness).toBe('medicare-advantage')
      expect(m.fields.plan).toBeUndefined()
    },
  )

  it.each([
    ['another SOPT code', { coding: [{ system: 'https://nahdo.org/sopt', code: '5' }] }],
    ['code 11 of another system', { coding: [{ system: 'urn:other', code: '11' }] }],
    ['no code', { coding: [{ system: 'https://nahdo.org/sopt' }] }],
  ])('reads nothing from %s', (_name, type) => {
    const m = mapPasBundle(withClasses([], type))
    expect(m.fields.lineOfBusiness).toBeUndefined()
    expect(m.unstated).toEqual(['lineOfBusiness', 'plan'])
  })

  it('uses the focal insurance, else the first, and reads its subscriber id trimmed', () => {
    const bundle = ma()
    const claim = claimOf(bundle)
    bundle.entry.push({
      fullUrl: 'urn:uuid:other-coverage',
      resource: {
        resourceType: 'Coverage',
        class: [plan('OPTIONS-IFP')],
        subscriberId: ' SUB-2 ',
      },
    })
    resourceOf(bundle, 'Coverage').subscriberId = 'SUB-1'
    claim.insurance = [
      { sequence: 1, coverage: { reference: 'Coverage/coverage' } },
      { sequence: 2, focal: true, coverage: { reference: 'urn:uuid:other-coverage' } },
    ]
    const m = mapPasBundle(bundle)
    expect(m.fields.plan).toBe('kfhpwa-options')
    expect(m.subscriberId).toBe('SUB-2')
    expect(m.paths.plan).toBe('Bundle.entry[4].resource.class')
    claim.insurance[1].focal = 'true'
    const first = mapPasBundle(bundle)
    expect(first.fields.plan).toBe('kfhpwa')
    expect(first.subscriberId).toBe('SUB-1')
  })

  it('reads no subscriber id that is blank, and nothing from a reference to another resource', () => {
    const bundle = ma()
    resourceOf(bundle, 'Coverage').subscriberId = '   '
    expect('subscriberId' in mapPasBundle(bundle)).toBe(false)
    claimOf(bundle).insurance[0].coverage = { reference: 'Patient/member' }
    const m = mapPasBundle(bundle)
    expect(m.fields.lineOfBusiness).toBeUndefined()
    expect(m.paths.plan).toBe(`${CLAIM}.insurance.class`)
  })
})

describe('mapPasBundle: the requesting provider', () => {
  const withProvider = (resource: Json, ref = 'Practitioner/requester') => {
    const bundle = ma()
    bundle.entry[3].resource = { resourceType: 'Practitioner', id: 'requester', ...resource }
    claimOf(bundle).provider = { reference: ref }
    return bundle
  }

  it('takes the first valid NPI, trimmed, skipping other systems', () => {
    const bundle = withProvider({
      identifier: [
        { system: 'urn:other', value: '1234567893' },
        { system: NPI, value: ' 1245319599 ' },
        { system: NPI, value: '1234567893' },
      ],
    })
    const m = mapPasBundle(bundle)
    expect(m.fields.requestingProviderNpi).toBe('1245319599')
    expect(m.issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('refuses an invalid NPI at its identifier, then takes a valid one after it', () => {
    const bundle = withProvider({
      identifier: [
        { system: NPI, value: '   ' },
        { system: NPI, value: '1245319590' },
        { system: NPI, value: '1234567893' },
      ],
    })
    const m = mapPasBundle(bundle)
    expect(m.fields.requestingProviderNpi).toBe('1234567893')
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: 'Bundle.entry[3].resource.identifier[1].value',
        message: 'NPI 1245319590 is not valid: ten digits with a correct check digit',
        field: 'requestingProviderNpi',
      },
    ])
  })

  it('reads a PractitionerRole’s practitioner, else its organization', () => {
    const bundle = guideFixture('referral-authorization-bundle-example')
    claimOf(bundle).provider = { reference: 'PractitionerRole/ReferralPractitionerRoleExample' }
    expect(mapPasBundle(bundle).fields.requestingProviderNpi).toBe('1234567893')
    const role = resourceOf(bundle, 'PractitionerRole')
    delete role.practitioner
    role.organization = { reference: 'Organization/UMOExample' }
    expect(mapPasBundle(bundle).fields.requestingProviderNpi).toBe('8189991234')
    delete role.organization
    expect(mapPasBundle(bundle).fields.requestingProviderNpi).toBeUndefined()
  })

  it('reads an Organization’s NPI, and nothing from a provider not in the Bundle', () => {
    const bundle = guideFixture('referral-authorization-bundle-example')
    expect(mapPasBundle(bundle).fields.requestingProviderNpi).toBe('8189991234')
    claimOf(bundle).provider = { reference: 'Organization/elsewhere' }
    const m = mapPasBundle(bundle)
    expect(m.fields.requestingProviderNpi).toBeUndefined()
    expect(m.echo.requestor).toBeUndefined()
    expect(m.echo.requestorReference).toEqual({ reference: 'Organization/elsewhere' })
  })
})

describe('mapPasBundle: the diagnoses', () => {
  const withDiagnoses = (...codings: Json[][]) => {
    const bundle = ma()
    claimOf(bundle).diagnosis = codings.map((coding, i) => ({
      sequence: i + 1,
      diagnosisCodeableConcept: { coding },
    }))
    return bundle
  }

  it('normalizes each ICD-10-CM code and keeps each once, in order', () => {
    const bundle = withDiagnoses(
      [{ system: ICD10, code: 'm5441' }],
      [
        { system: 'http://terminology.hl7.org/CodeSystem/icd9cm', code: '724.2' },
        { system: ICD10, code: 'M54.50' },
      ],
      [{ system: ICD10, code: 'M54.41' }],
    )
    const m = mapPasBundle(bundle)
    expect(m.fields.diagnosisCodes).toEqual(['M54.41', 'M54.50'])
    expect(m.issues).toEqual([])
  })

  it('refuses a code that is not ICD-10-CM under the ICD-10-CM system', () => {
    const m = mapPasBundle(withDiagnoses([{ system: ICD10, code: 'XYZ' }]))
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.diagnosis[0].diagnosisCodeableConcept.coding[0].code`,
        message: '“XYZ” is not an ICD-10-CM code',
        field: 'diagnosisCodes',
      },
    ])
    expect(m.fields.diagnosisCodes).toBeUndefined()
    expect(mapPasBundle(withDiagnoses([{ system: ICD10 }])).issues[0]?.message).toBe(
      '“” is not an ICD-10-CM code',
    )
  })

  it('refuses a diagnosis with no coding, a known other system and an unknown one, each in its words', () => {
    const m = mapPasBundle(
      withDiagnoses(
        [],
        [{ system: 'http://terminology.hl7.org/CodeSystem/icd9cm', code: '724.2' }],
        [{ system: 'urn:example:dx', code: '1' }],
        [{ code: '2' }],
      ),
    )
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.diagnosis[0]`,
        message: 'The diagnosis has no ICD-10-CM code',
        field: 'diagnosisCodes',
      },
      {
        severity: 'error',
        code: 'not-supported',
        expression: `${CLAIM}.diagnosis[1].diagnosisCodeableConcept.coding[0].system`,
        message:
          'The diagnosis is not ICD-10-CM (http://terminology.hl7.org/CodeSystem/icd9cm): this service reviews ICD-10-CM codes',
        field: 'diagnosisCodes',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.diagnosis[2].diagnosisCodeableConcept.coding[0].system`,
        message:
          'Unknown code system “urn:example:dx” for a diagnosis: send ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm)',
        field: 'diagnosisCodes',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.diagnosis[3].diagnosisCodeableConcept.coding[0].system`,
        message:
          'Unknown code system “” for a diagnosis: send ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm)',
        field: 'diagnosisCodes',
      },
    ])
  })

  it('says nothing of a Claim with no diagnosis: the guide allows none', () => {
    const bundle = ma()
    delete claimOf(bundle).diagnosis
    const m = mapPasBundle(bundle)
    expect(m.fields.diagnosisCodes).toBeUndefined()
    expect(m.unstated).toEqual(['diagnosisCodes'])
    expect(m.issues).toEqual([])
  })
})

describe('mapPasBundle: the priority', () => {
  const withPriority = (priority: Json) => {
    const bundle = ma()
    claimOf(bundle).priority = priority
    return bundle
  }

  it.each([
    ['stat', 'expedited'],
    ['normal', 'standard'],
    ['deferred', 'standard'],
  ])('reads %s as %s', (code, urgency) => {
    const m = mapPasBundle(withPriority({ coding: [{ system: PRIORITY, code }] }))
    expect(m.fields.urgency).toBe(urgency)
    expect(m.issues).toEqual([])
  })

  it.each([
    ['an unknown code', { system: PRIORITY, code: 'urgent' }, `${PRIORITY}#urgent`],
    ['another system', { system: 'urn:p', code: 'stat' }, 'urn:p#stat'],
    ['no system or code', { display: 'Stat' }, '#'],
  ])('refuses %s, naming it', (_name, coding, named) => {
    const m = mapPasBundle(withPriority({ coding: [coding] }))
    expect(m.fields.urgency).toBeUndefined()
    expect(m.issues).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.priority.coding[0]`,
        message: `Unknown priority ${named}: send ${PRIORITY} stat, normal or deferred`,
        field: 'urgency',
      },
    ])
  })

  it('names a priority of the right system with no code', () => {
    const m = mapPasBundle(withPriority({ coding: [{ system: PRIORITY }] }))
    expect(m.issues[0]?.message).toBe(
      `Unknown priority ${PRIORITY}#: send ${PRIORITY} stat, normal or deferred`,
    )
  })

  it('leaves the urgency unstated when the Claim gives no priority coding', () => {
    const m = mapPasBundle(withPriority({ text: 'soon' }))
    expect(m.unstated).toEqual(['urgency'])
    expect(m.issues).toEqual([])
  })
})

describe('mapPasBundle: the earlier request an update names', () => {
  const update = () => guideFixture('homecare-authorization-update-bundle-example')

  it('reads the earlier Claim’s identifier from the Claim the update includes', () => {
    const m = mapPasBundle(update())
    expect(m.related).toEqual({
      identifier: { system: 'http://example.org/PATIENT_EVENT_TRACE_NUMBER', value: '111099' },
      path: `${CLAIM}.related[0].claim`,
      cancelAll: false,
    })
    expect(m.claimIdentifier).toEqual({
      system: 'http://example.org/PATIENT_EVENT_TRACE_NUMBER',
      value: '111099-UPDATE',
    })
  })

  it('reads an identifier carried on the reference itself', () => {
    const bundle = update()
    claimOf(bundle).related = [{ claim: { identifier: { system: 'urn:t', value: 'EARLIER' } } }]
    expect(mapPasBundle(bundle).related?.identifier).toEqual({ system: 'urn:t', value: 'EARLIER' })
  })

  it('cancels the whole earlier request by certificationType 3 on the Claim', () => {
    const bundle = update()
    claimOf(bundle).extension = [
      {
        url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-certificationType',
        valueCodeableConcept: {
          coding: [{ system: 'https://codesystem.x12.org/005010/1322', code: '3' }],
        },
      },
    ]
    expect(mapPasBundle(bundle).related?.cancelAll).toBe(true)
  })

  it.each([
    ['no related claim', []],
    ['two related claims', 'two'],
    [
      'a reference to another kind of resource',
      [{ claim: { reference: 'Patient/SubscriberExample' } }],
    ],
    ['a reference not in the Bundle', [{ claim: { reference: 'Claim/elsewhere' } }]],
    ['an earlier Claim with no identifier', 'no-identifier'],
  ])('refuses %s at Claim.related', (_name, related) => {
    const bundle = update()
    const claim = claimOf(bundle)
    if (related === 'two') claim.related = [claim.related[0], claim.related[0]]
    else if (related === 'no-identifier') delete bundle.entry[5].resource.identifier
    else claim.related = related
    const m = mapPasBundle(bundle)
    expect('related' in m).toBe(false)
    expect(m.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.related[0].claim`,
        message:
          'An update names the earlier request in Claim.related.claim (one, 1..1): a reference to the earlier Claim, included in the Bundle with its identifier, as the guide requires',
      },
    ])
  })

  it('reads no related request from a Claim that does not name one', () => {
    expect(mapPasBundle(ma()).related).toBeUndefined()
    expect('related' in mapPasBundle(ma())).toBe(false)
  })
})

describe('the FHIR JSON readers', () => {
  const entries = [
    { resource: { resourceType: 'Patient', id: 'p' }, path: 'e0', fullUrl: 'urn:uuid:1' },
    {
      resource: { resourceType: 'Coverage', id: 'c' },
      path: 'e1',
      fullUrl: 'http://x.org/fhir/Organization/o',
    },
  ]

  it('resolves a reference by fullUrl, by Type/id, or by the end of a fullUrl', () => {
    expect(resolve(entries, { reference: 'urn:uuid:1' })?.path).toBe('e0')
    expect(resolve(entries, { reference: 'Patient/p' })?.path).toBe('e0')
    expect(resolve(entries, { reference: 'Organization/o' })?.path).toBe('e1')
    expect(resolve(entries, { reference: 'Coverage/c' })?.path).toBe('e1')
    expect(resolve(entries, { reference: 'Coverage/o' })).toBeUndefined()
    expect(resolve(entries, { reference: 'Patient/q' })).toBeUndefined()
    expect(resolve(entries, { reference: ' ' })).toBeUndefined()
    expect(resolve(entries, 'Patient/p')).toBeUndefined()
    expect(resolve([{ resource: {}, path: 'e' }], { reference: 'x/y' })).toBeUndefined()
  })

  it('reads the codings of a concept with their paths, blank parts as absent', () => {
    expect(
      codingsOf({ coding: ['x', { system: 's', code: ' ', display: 'd' }, { code: 'c' }] }, 'p'),
    ).toEqual([
      { coding: { system: 's', code: undefined, display: 'd' }, path: 'p.coding[1]' },
      { coding: { system: undefined, code: 'c', display: undefined }, path: 'p.coding[2]' },
    ])
    expect(codingsOf([{ coding: [] }], 'p')).toEqual([])
    expect(codingsOf({ coding: { code: 'c' } }, 'p')).toEqual([])
  })
})

describe('Issues', () => {
  it('records an error, a refusal as not supported, and a note, each with its field only if given', () => {
    const issues = new Issues()
    expect(issues.hasErrors).toBe(false)
    issues.info('a', 'note')
    expect(issues.hasErrors).toBe(false)
    issues.error('b', 'wrong')
    issues.error('c', 'wrong field', 'memberId')
    issues.notSupported('d', 'no')
    issues.notSupported('e', 'no field', 'serviceCode')
    expect(issues.hasErrors).toBe(true)
    expect(issues.list).toEqual([
      { severity: 'information', expression: 'a', message: 'note' },
      { severity: 'error', expression: 'b', message: 'wrong' },
      { severity: 'error', expression: 'c', message: 'wrong field', field: 'memberId' },
      { severity: 'error', expression: 'd', message: 'no', code: 'not-supported' },
      {
        severity: 'error',
        expression: 'e',
        message: 'no field',
        code: 'not-supported',
        field: 'serviceCode',
      },
    ])
    expect(Object.keys(issues.list[1]!)).toEqual(['severity', 'expression', 'message'])
  })

  it('lists every code a value carries: system, code and display, and a bare valueCode', () => {
    expect(
      codesIn({
        coding: [
          { system: 's', code: '1', display: 'One' },
          { system: 's', code: '2' },
          { code: '3', display: 'Three' },
          { code: '4' },
        ],
        extension: [{ url: 'u', valueCode: 'v' }],
      }),
    ).toEqual(['s#1 “One”', 's#2', '#3 “Three”', '#v'])
    expect(codesIn([{ code: { system: 's', code: 'x' } }])).toEqual([])
    expect(codesIn('text')).toEqual([])
    expect(codesIn(null)).toEqual([])
    const issues = new Issues()
    issues.ignored('x', [
      { system: 's', code: '1' },
      { system: 's', code: '2' },
    ])
    expect(issues.list[0]?.message).toBe(
      'Not used by this service, listed for the reviewer; it carries s#1, s#2',
    )
  })

  it('stops at 20 codes and 12 levels deep', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ system: 's', code: `${i}` }))
    expect(codesIn(many)).toHaveLength(20)
    let deep: Json = { system: 's', code: 'deep' }
    for (let i = 0; i < 12; i++) deep = { nested: deep }
    expect(codesIn(deep)).toEqual(['s#deep'])
    expect(codesIn({ nested: deep })).toEqual([])
    expect(codesIn([[[[[[[[[[[[{ system: 's', code: 'a' }]]]]]]]]]]]])).toEqual(['s#a'])
    expect(codesIn([[[[[[[[[[[[[{ system: 's', code: 'a' }]]]]]]]]]]]]])).toEqual([])
  })
})
