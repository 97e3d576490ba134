import { describe, expect, it } from 'vitest'
import { cancelsWholeRequest } from '../../service/fhir/bundle-items.ts'
import { mapPasBundle } from '../../service/fhir/bundle-to-case.ts'
import { claimOf, guideFixture, pasFixture, type Json } from '../fhir/pas-fixtures.ts'

/**
 * Each `Claim.item` as the mapping reads it (bundle-items.ts): its sequence, code, date,
 * the guide's cancel and change flags, and the modifier extensions it refuses.
 */

const CLAIM = 'Bundle.entry[0].resource'
const PAS_SD = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'
const CANCELLED = { url: `${PAS_SD}/modifierextension-infoCancelled`, valueBoolean: true }
const HCPCS = 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets'
const CPT = 'http://www.ama-assn.org/go/cpt'
const X12_1365 = 'https://codesystem.x12.org/005010/1365'
const TEMP = 'http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes'

const withItems = (...items: Json[]) => {
  const bundle = pasFixture('m0076-medicare-advantage')
  claimOf(bundle).item = items
  return bundle
}
const service = (system: string, code?: string, display?: string) => ({
  coding: [{ system, ...(code === undefined ? {} : { code }), ...(display ? { display } : {}) }],
})
const itemsOf = (bundle: Json) => mapPasBundle(bundle).items
const errorsOf = (bundle: Json) => mapPasBundle(bundle).issues.filter((i) => i.severity === 'error')

describe('readItems: each item', () => {
  it('reads every item with its sequence, code and path, in order', () => {
    expect(
      itemsOf(
        withItems(
          { sequence: 3, productOrService: service(HCPCS, ' m0076 '), servicedDate: '2027-01-15' },
          { sequence: 7, productOrService: service(CPT, '20552'), servicedDate: '2027-01-16' },
        ),
      ),
    ).toEqual([
      {
        sequence: 3,
        path: `${CLAIM}.item[0]`,
        cancelled: false,
        serviceCode: 'M0076',
        dateOfService: '2027-01-15',
        datePath: `${CLAIM}.item[0].servicedDate`,
      },
      {
        sequence: 7,
        path: `${CLAIM}.item[1]`,
        cancelled: false,
        serviceCode: '20552',
        dateOfService: '2027-01-16',
        datePath: `${CLAIM}.item[1].servicedDate`,
      },
    ])
  })

  it.each([
    ['no sequence', undefined],
    ['a zero', 0],
    ['a negative', -2],
    ['a fraction', 1.5],
    ['a string', '4'],
  ])('numbers an item with %s by its place', (_name, sequence) => {
    const items = itemsOf(
      withItems(
        { sequence: 1, productOrService: service(CPT, '20552') },
        { sequence, productOrService: service(CPT, '20552') },
      ),
    )
    expect(items.map((i) => i.sequence)).toEqual([1, 2])
  })

  it('reads only the items that are objects', () => {
    const items = itemsOf(
      withItems('junk', { sequence: 4, productOrService: service(CPT, '20552') }),
    )
    expect(items.map((i) => [i.sequence, i.serviceCode])).toEqual([[4, '20552']])
  })

  it('keeps sequence 1 as given', () => {
    const [item] = itemsOf(withItems({ sequence: 1, productOrService: service(CPT, '20552') }))
    expect(item?.sequence).toBe(1)
  })

  it('refuses a HCPCS or CPT coding whose code is not one, at its code', () => {
    const bundle = withItems({ sequence: 1, productOrService: service(HCPCS, 'ABC') })
    expect(errorsOf(bundle)).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.item[0].productOrService.coding[0].code`,
        message: '“ABC” is not a HCPCS Level II or CPT code',
        field: 'serviceCode',
      },
    ])
    expect(itemsOf(bundle)[0]).not.toHaveProperty('serviceCode')
    expect(errorsOf(withItems({ sequence: 1, productOrService: service(CPT) }))[0]?.message).toBe(
      '“” is not a HCPCS Level II or CPT code',
    )
  })

  it('prefers a HCPCS or CPT coding to an X12 service type in the same item', () => {
    const [item] = itemsOf(
      withItems({
        sequence: 1,
        productOrService: {
          coding: [
            { system: X12_1365, code: '3' },
            { system: CPT, code: '20552' },
          ],
        },
      }),
    )
    expect(item?.serviceCode).toBe('20552')
    expect(item).not.toHaveProperty('noCriteriaReason')
  })

  it('takes an X12 service type as a code with no criteria, in either system URL', () => {
    const [https, http, bare] = itemsOf(
      withItems(
        { sequence: 1, productOrService: service(X12_1365, ' 3a ', 'Consultation') },
        { sequence: 2, productOrService: service('http://codesystem.x12.org/005010/1365', '42') },
        { sequence: 3, productOrService: service(X12_1365) },
      ),
    )
    expect(https).toMatchObject({
      serviceCode: 'X12-1365-3A',
      noCriteriaReason:
        'X12 service type  3a  “Consultation”: this plan holds criteria by HCPCS and CPT code only, so a medical director reviews it',
    })
    expect(http).toMatchObject({
      serviceCode: 'X12-1365-42',
      noCriteriaReason:
        'X12 service type 42: this plan holds criteria by HCPCS and CPT code only, so a medical director reviews it',
    })
    // An X12 coding with no code names no service; the guide's system is known, so not supported.
    expect(bare).not.toHaveProperty('serviceCode')
  })

  it('refuses an item with no coding, a listed system it does not review, and an unknown one', () => {
    const bundle = withItems(
      { sequence: 1, productOrService: { text: 'injection' } },
      { sequence: 2, productOrService: service('http://hl7.org/fhir/sid/ndc', '0002-1433') },
      { sequence: 3, productOrService: service('urn:example:svc', 'S1') },
      { sequence: 4, productOrService: { coding: [{ code: 'S2' }] } },
      { sequence: 5, productOrService: service(X12_1365) },
    )
    expect(errorsOf(bundle)).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.item[0].productOrService`,
        message: 'The item names no service',
        field: 'serviceCode',
      },
      {
        severity: 'error',
        code: 'not-supported',
        expression: `${CLAIM}.item[1].productOrService.coding[0].system`,
        message:
          'This service reviews HCPCS, CPT and X12 service type codes; http://hl7.org/fhir/sid/ndc#0002-1433 is not one',
        field: 'serviceCode',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.item[2].productOrService.coding[0].system`,
        message: `Unknown code system “urn:example:svc” for the service: send HCPCS (${HCPCS}), CPT (${CPT}) or X12 1365`,
        field: 'serviceCode',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.item[3].productOrService.coding[0].system`,
        message: `Unknown code system “” for the service: send HCPCS (${HCPCS}), CPT (${CPT}) or X12 1365`,
        field: 'serviceCode',
      },
      {
        severity: 'error',
        code: 'not-supported',
        expression: `${CLAIM}.item[4].productOrService.coding[0].system`,
        message: `This service reviews HCPCS, CPT and X12 service type codes; ${X12_1365}# is not one`,
        field: 'serviceCode',
      },
    ])
  })

  it('lists the item elements it does not use, each at its path', () => {
    const bundle = withItems({
      sequence: 1,
      productOrService: service(CPT, '20552'),
      extension: [{ url: 'urn:e', valueCode: 'x' }],
      modifier: [{ coding: [{ system: 'urn:m', code: 'RT' }] }],
      locationCodeableConcept: { coding: [{ system: 'urn:pos', code: '11' }] },
      quantity: { value: 2 },
      category: { coding: [{ system: X12_1365, code: '42' }] },
      net: { value: 1 },
    })
    const listed = mapPasBundle(bundle).issues.filter((i) => i.severity === 'information')
    expect(listed.map((i) => [i.expression, i.message])).toEqual([
      [
        `${CLAIM}.item[0].extension`,
        'Not used by this service, listed for the reviewer; it carries #x',
      ],
      [
        `${CLAIM}.item[0].modifier`,
        'Not used by this service, listed for the reviewer; it carries urn:m#RT',
      ],
      [
        `${CLAIM}.item[0].locationCodeableConcept`,
        'Not used by this service, listed for the reviewer; it carries urn:pos#11',
      ],
      [`${CLAIM}.item[0].quantity`, 'Not used by this service, listed for the reviewer'],
      [
        `${CLAIM}.item[0].category`,
        `Not used by this service, listed for the reviewer; it carries ${X12_1365}#42`,
      ],
    ])
  })
})

describe('readItems: the date of service', () => {
  it('takes the day of a serviced date-time, else the start of the serviced period', () => {
    const [own, period, both] = itemsOf(
      withItems(
        {
          sequence: 1,
          productOrService: service(CPT, '20552'),
          servicedDate: ' 2027-01-15T10:00:00Z',
        },
        {
          sequence: 2,
          productOrService: service(CPT, '20552'),
          servicedPeriod: { start: '2027-02-01T08:00:00-08:00', end: '2027-03-01' },
        },
        {
          sequence: 3,
          productOrService: service(CPT, '20552'),
          servicedDate: '2027-04-01',
          servicedPeriod: { start: '2027-05-01' },
        },
      ),
    )
    expect(own).toMatchObject({
      dateOfService: '2027-01-15',
      datePath: `${CLAIM}.item[0].servicedDate`,
    })
    expect(period).toMatchObject({
      dateOfService: '2027-02-01',
      datePath: `${CLAIM}.item[1].servicedPeriod.start`,
    })
    expect(both).toMatchObject({
      dateOfService: '2027-04-01',
      datePath: `${CLAIM}.item[2].servicedDate`,
    })
  })

  it('gives an item with no date, and no date elsewhere in the Claim, no date at all', () => {
    const [item] = itemsOf(
      withItems({
        sequence: 1,
        productOrService: service(CPT, '20552'),
        servicedDate: '  ',
        servicedPeriod: '2027-01-01',
      }),
    )
    expect(item).not.toHaveProperty('dateOfService')
    expect(item).not.toHaveProperty('datePath')
  })

  const withInfo = (supportingInfo: Json[]) => {
    const bundle = withItems(
      { sequence: 1, productOrService: service(CPT, '20552') },
      { sequence: 2, productOrService: service(CPT, '20553'), servicedDate: '2027-06-01' },
    )
    claimOf(bundle).supportingInfo = supportingInfo
    return bundle
  }
  const info = (code: string, timing: Json, system = TEMP) => ({
    category: { coding: [{ system, code }] },
    ...timing,
  })

  it('falls back to the admission dates, the period’s start before a date', () => {
    const [first, second] = itemsOf(
      withInfo([
        info('additionalInformation', { timingDate: '2027-01-01' }),
        info('admissionDates', {
          timingPeriod: { start: '2027-02-02T09:00:00Z' },
          timingDate: '2027-03-03',
        }),
      ]),
    )
    expect(first).toMatchObject({
      dateOfService: '2027-02-02',
      datePath: `${CLAIM}.supportingInfo[1].timingPeriod.start`,
    })
    // An item's own date comes first.
    expect(second?.dateOfService).toBe('2027-06-01')
  })

  it('takes the admission date, then the patient event, before the encounter', () => {
    const [admission] = itemsOf(
      withInfo([
        info('patientEvent', { timingDate: '2027-04-04' }),
        info('admissionDates', { timingDate: '2027-03-03' }),
      ]),
    )
    expect(admission).toMatchObject({
      dateOfService: '2027-03-03',
      datePath: `${CLAIM}.supportingInfo[1].timingDate`,
    })
    const [event] = itemsOf(
      withInfo([
        info('admissionDates', { timingPeriod: { end: '2027-01-01' } }),
        info('patientEvent', { timingPeriod: '2027-01-01', timingDate: '2027-04-04' }),
      ]),
    )
    expect(event).toMatchObject({
      dateOfService: '2027-04-04',
      datePath: `${CLAIM}.supportingInfo[1].timingDate`,
    })
  })

  it('finds the admission dates by any of the category’s codings', () => {
    const [item] = itemsOf(
      withInfo([
        {
          category: {
            coding: [
              { system: 'urn:x', code: 'other' },
              { system: TEMP, code: 'admissionDates' },
            ],
          },
          timingDate: '2027-03-03',
        },
      ]),
    )
    expect(item?.dateOfService).toBe('2027-03-03')
  })

  it('reads no date from supporting information of another code system', () => {
    const [item] = itemsOf(
      withInfo([info('admissionDates', { timingDate: '2027-03-03' }, 'urn:x')]),
    )
    expect(item).not.toHaveProperty('dateOfService')
  })

  it('falls back to the period start of the Encounter the Claim names', () => {
    const bundle = guideFixture('surgical-request-bundle-example')
    const claim = claimOf(bundle)
    delete claim.supportingInfo
    const [item] = itemsOf(bundle)
    expect(item).toMatchObject({
      dateOfService: '2020-07-02',
      datePath: 'Bundle.entry[5].resource.period.start',
    })
    const encounter = bundle.entry[5].resource
    encounter.period = { end: '2020-07-09' }
    expect(itemsOf(bundle)[0]).not.toHaveProperty('dateOfService')
    encounter.period = '2020-07-02'
    expect(itemsOf(bundle)[0]).not.toHaveProperty('dateOfService')
    encounter.period = { start: '2020-07-03' }
    claim.extension = claim.extension.map((e: Json) => ({ ...e, url: 'urn:other' }))
    expect(itemsOf(bundle)[0]).not.toHaveProperty('dateOfService')
  })
})

describe('readItems: the guide’s update flags', () => {
  it('reads the cancel flag, and the added and changed flags of a PASClaimUpdate', () => {
    const items = itemsOf(guideFixture('homecare-authorization-update-bundle-example'))
    expect(
      items.map(({ sequence, cancelled, changed }) => ({ sequence, cancelled, changed })),
    ).toEqual([
      { sequence: 1, cancelled: false, changed: undefined },
      { sequence: 2, cancelled: true, changed: 'changed' },
      { sequence: 3, cancelled: false, changed: 'added' },
    ])
    expect(items[0]).not.toHaveProperty('changed')
    // A cancelled item's code is not read: nothing about it is reviewed.
    expect(items[1]).not.toHaveProperty('serviceCode')
    expect(items[2]?.serviceCode).toBe('B4185')
  })

  it.each([
    ['false', { ...CANCELLED, valueBoolean: false }],
    ['"true" as text', { ...CANCELLED, valueBoolean: 'true' }],
    ['another url', { url: `${PAS_SD}/modifierextension-other`, valueBoolean: true }],
  ])('does not read a cancel flag of %s as a cancel', (_name, flag) => {
    const bundle = withItems({
      sequence: 1,
      productOrService: service(CPT, '20552'),
      modifierExtension: [flag],
    })
    expect(itemsOf(bundle)[0]?.cancelled).toBe(false)
  })

  it('reads no change from an infoChanged of another value or another url', () => {
    const items = itemsOf(
      withItems(
        {
          sequence: 1,
          productOrService: service(CPT, '20552'),
          extension: [{ url: `${PAS_SD}/extension-infoChanged`, valueCode: 'deleted' }],
        },
        {
          sequence: 2,
          productOrService: service(CPT, '20552'),
          extension: [{ url: `${PAS_SD}/extension-other`, valueCode: 'added' }],
        },
      ),
    )
    expect(items.map((i) => i.changed)).toEqual([undefined, undefined])
  })

  it('reads a cancel of the whole request only from certificationType 3 of X12 1322 on the Claim', () => {
    const cert = (system: string, code: string, url = `${PAS_SD}/extension-certificationType`) => ({
      extension: [
        {
          url,
          valueCodeableConcept: {
            coding: [
              { system: 'urn:x', code: 'I' },
              { system, code },
            ],
          },
        },
      ],
    })
    const X12_1322 = 'https://codesystem.x12.org/005010/1322'
    expect(cancelsWholeRequest(cert(X12_1322, '3'))).toBe(true)
    expect(cancelsWholeRequest(cert(X12_1322, 'I'))).toBe(false)
    expect(cancelsWholeRequest(cert('urn:other', '3'))).toBe(false)
    expect(cancelsWholeRequest(cert(X12_1322, '3', `${PAS_SD}/extension-other`))).toBe(false)
    expect(cancelsWholeRequest({})).toBe(false)
    // The guide's own update cancels item 2 only: certificationType 3 sits on that item.
    const update = claimOf(guideFixture('homecare-authorization-update-bundle-example'))
    expect(cancelsWholeRequest(update)).toBe(false)
  })
})

describe('checkModifierExtensions', () => {
  const refused = (bundle: Json) =>
    mapPasBundle(bundle)
      .issues.filter((i) => i.code === 'not-supported')
      .map((i) => [i.expression, i.message])

  it('understands the cancel flag on an item and on supporting information only', () => {
    const bundle = withItems({
      sequence: 1,
      productOrService: service(CPT, '20552'),
      modifierExtension: [CANCELLED],
    })
    const claim = claimOf(bundle)
    claim.supportingInfo = [{ sequence: 1, modifierExtension: [CANCELLED] }]
    expect(refused(bundle)).toEqual([])
    claim.modifierExtension = [CANCELLED]
    claim.insurance[0].modifierExtension = [CANCELLED]
    claim.supportingInfo[0].valueReference = { modifierExtension: [CANCELLED] }
    expect(refused(bundle).map(([at]) => at)).toEqual([
      `${CLAIM}.insurance[0].modifierExtension[0]`,
      `${CLAIM}.supportingInfo[0].valueReference.modifierExtension[0]`,
      `${CLAIM}.modifierExtension[0]`,
    ])
  })

  it('refuses one it does not understand anywhere in any resource, naming it', () => {
    const bundle = withItems({
      sequence: 1,
      productOrService: {
        coding: [{ system: CPT, code: '20552', modifierExtension: [{ valueCode: 'x' }] }],
      },
      modifierExtension: [CANCELLED, { url: 'urn:example:mod', valueBoolean: true }],
    })
    bundle.entry[1].resource.modifierExtension = [{ url: 'urn:example:patient' }]
    bundle.entry[2].resource.class[0].modifierExtension = [{ url: 'urn:example:class' }]
    expect(refused(bundle)).toEqual([
      [
        `${CLAIM}.item[0].productOrService.coding[0].modifierExtension[0]`,
        'This service does not understand the modifier extension “(no url)” here; it changes the meaning of its element, so the request is refused rather than the extension ignored',
      ],
      [
        `${CLAIM}.item[0].modifierExtension[1]`,
        'This service does not understand the modifier extension “urn:example:mod” here; it changes the meaning of its element, so the request is refused rather than the extension ignored',
      ],
      [
        'Bundle.entry[1].resource.modifierExtension[0]',
        expect.stringContaining('“urn:example:patient”'),
      ],
      [
        'Bundle.entry[2].resource.class[0].modifierExtension[0]',
        expect.stringContaining('“urn:example:class”'),
      ],
    ])
  })

  it('refuses a cancel flag on a resource other than the Claim', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    bundle.entry[2].resource.item = [{ modifierExtension: [CANCELLED] }]
    expect(refused(bundle).map(([at]) => at)).toEqual([
      'Bundle.entry[2].resource.item[0].modifierExtension[0]',
    ])
  })

  it('looks inside a contained resource', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    bundle.entry[1].resource.contained = [
      { resourceType: 'Organization', modifierExtension: [{ url: 'urn:c' }] },
    ]
    bundle.entry[1].resource.link = [{ resource: { modifierExtension: [{ url: 'urn:d' }] } }]
    expect(refused(bundle).map(([at]) => at)).toEqual([
      'Bundle.entry[1].resource.contained[0].modifierExtension[0]',
      'Bundle.entry[1].resource.link[0].resource.modifierExtension[0]',
    ])
  })
})
