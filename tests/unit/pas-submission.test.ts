import { describe, expect, it } from 'vitest'
import { mapPasBundle, type PasMapping } from '../../service/fhir/bundle-to-case.ts'
import { checkSubmission, fromEnrollment } from '../../service/fhir/submission.ts'
import { claimOf, guideFixture, pasFixture, resourceOf, type Json } from '../fhir/pas-fixtures.ts'

/**
 * `$submit`'s judgement of a mapped request (submission.ts): one review per item, the
 * case rules with what the guide allows, each refusal once at its element.
 */

const CLAIM = 'Bundle.entry[0].resource'
// 05:00 UTC on 2 December is 21:00 on 1 December in the plan's time zone.
const NOW = new Date('2026-12-02T05:00:00Z')
const CANCELLED = {
  url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/modifierextension-infoCancelled',
  valueBoolean: true,
}
const CPT = 'http://www.ama-assn.org/go/cpt'

/** The project's Medicare Advantage M0076 request, for a service date two weeks after NOW. */
const ma = (servicedDate: string | null = '2026-12-16') => {
  const bundle = pasFixture('m0076-medicare-advantage')
  const [item] = claimOf(bundle).item
  if (servicedDate === null) delete item.servicedDate
  else item.servicedDate = servicedDate
  return bundle
}
const refusal = (bundle: Json) => {
  const checked = checkSubmission(bundle, NOW)
  if (checked.ok) throw new Error('expected a refusal')
  return checked
}
const accepted = (bundle: Json) => {
  const checked = checkSubmission(bundle, NOW)
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  return checked
}

describe('checkSubmission: a request it accepts', () => {
  it('makes one case input of the request, received now on the Electronic channel', () => {
    const checked = accepted(ma())
    expect(checked.reviews).toHaveLength(1)
    expect(checked.reviews[0]?.input).toEqual({
      memberId: 'KPWA00012345',
      dateOfBirth: '1951-03-14',
      lineOfBusiness: 'medicare-advantage',
      plan: 'kfhpwa',
      serviceCode: 'M0076',
      diagnosisCodes: ['M54.50'],
      dateOfService: '2026-12-16',
      urgency: 'standard',
      requestChannel: 'electronic',
      requestReceivedAt: '2026-12-02T05:00:00.000Z',
      requestingProviderNpi: '1245319599',
    })
    expect(checked.reviews[0]?.item.sequence).toBe(1)
    expect(checked.cancelled).toEqual([])
    expect(checked.mapping.issues).toEqual([])
  })

  it('records the plan’s today for an item with no date, and says so', () => {
    const checked = accepted(ma(null))
    expect(checked.reviews[0]?.input.dateOfService).toBe('2026-12-01')
    expect(checked.mapping.issues).toEqual([
      {
        severity: 'information',
        expression: `${CLAIM}.item[0].servicedDate`,
        message:
          'No date of service is given for this item: the day the request was received (2026-12-01) is recorded',
      },
    ])
  })

  it('takes a date outside the case form’s window as sent, listing it for the reviewer', () => {
    const bundle = ma(null)
    claimOf(bundle).item[0].servicedPeriod = { start: '2029-01-05' }
    const checked = accepted(bundle)
    expect(checked.reviews[0]?.input.dateOfService).toBe('2029-01-05')
    expect(checked.mapping.issues).toEqual([
      {
        severity: 'information',
        expression: `${CLAIM}.item[0].servicedPeriod.start`,
        message:
          'The date of service 2029-01-05 is more than a year before or two years after the request: listed for the reviewer',
      },
    ])
  })

  it('accepts a request with no diagnosis, as the guide allows', () => {
    const bundle = ma()
    delete claimOf(bundle).diagnosis
    expect(accepted(bundle).reviews[0]?.input.diagnosisCodes).toEqual([])
  })

  it('opens one review per item, leaving a cancelled one out and listing it', () => {
    const bundle = ma()
    const claim = claimOf(bundle)
    claim.item = [
      claim.item[0],
      {
        sequence: 2,
        modifierExtension: [CANCELLED],
        productOrService: claim.item[0].productOrService,
      },
      {
        sequence: 3,
        productOrService: { coding: [{ system: CPT, code: '20552' }] },
        servicedDate: '2026-12-17',
      },
    ]
    const checked = accepted(bundle)
    expect(
      checked.reviews.map((r) => [r.item.sequence, r.input.serviceCode, r.input.dateOfService]),
    ).toEqual([
      [1, 'M0076', '2026-12-16'],
      [3, '20552', '2026-12-17'],
    ])
    expect(checked.cancelled.map((i) => i.sequence)).toEqual([2])
    expect(checked.mapping.issues).toEqual([
      {
        severity: 'information',
        expression: `${CLAIM}.item[1].modifierExtension`,
        message: 'This item is cancelled by the request (infoCancelledFlag): it is not reviewed',
      },
    ])
  })

  it('takes an update whose every item is cancelled: it names the request it updates', () => {
    const bundle = guideFixture('homecare-authorization-update-bundle-example')
    const claim = claimOf(bundle)
    claim.item = [claim.item[1]]
    const checked = accepted(bundle)
    expect(checked.reviews).toEqual([])
    expect(checked.cancelled.map((i) => i.sequence)).toEqual([2])
  })

  it('reviews an X12 service type with no criteria, and the guide’s member from the enrollment records', () => {
    const checked = accepted(guideFixture('referral-authorization-bundle-example'))
    expect(checked.reviews[0]?.input).toMatchObject({
      serviceCode: 'X12-1365-3',
      dateOfBirth: '1950-01-01',
      lineOfBusiness: 'individual-family',
      plan: 'kfhpwa',
    })
    expect(checked.reviews[0]?.input).not.toHaveProperty('groupFunding')
  })
})

describe('checkSubmission: a request it refuses', () => {
  it('returns only the errors of what is not a request', () => {
    const checked = refusal({ resourceType: 'Bundle', entry: [] })
    expect(checked.issues.map((i) => i.expression)).toEqual(['Bundle.entry'])
    expect(checked).not.toHaveProperty('business')
  })

  it('refuses a Bundle without an identifier, by which a resend is known', () => {
    const bundle = ma()
    delete bundle.identifier
    expect(refusal(bundle).issues).toEqual([
      {
        severity: 'error',
        expression: 'Bundle.identifier',
        message:
          'The Bundle has no identifier: a PAS request Bundle carries one, and a resend is known by it',
      },
    ])
  })

  it('keeps the mapping’s errors and drops its notes', () => {
    const bundle = ma()
    claimOf(bundle).careTeam = [{ sequence: 1 }]
    claimOf(bundle).use = 'claim'
    expect(refusal(bundle).issues.map((i) => [i.severity, i.expression])).toEqual([
      ['error', `${CLAIM}.use`],
    ])
  })

  it('refuses a case rule’s error at the element the field comes from, in the field’s words', () => {
    const bundle = ma()
    resourceOf(bundle, 'Patient').identifier[0].value = 'KP-1'
    resourceOf(bundle, 'Patient').birthDate = '2030-01-01'
    claimOf(bundle).diagnosis[0].diagnosisCodeableConcept.coding[0].code = 'M54.5'
    expect(refusal(bundle).issues).toEqual([
      {
        severity: 'error',
        expression: 'Bundle.entry[1].resource.identifier',
        message: 'Member ID: Member ID must be 6 to 20 letters and digits',
        field: 'memberId',
      },
      {
        severity: 'error',
        expression: 'Bundle.entry[1].resource.birthDate',
        message: 'Date of birth: Date of birth must be in the past',
        field: 'dateOfBirth',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.diagnosis`,
        message: expect.stringMatching(/^Diagnosis codes: /),
        field: 'diagnosisCodes',
      },
      {
        severity: 'error',
        expression: `${CLAIM}.item[0].servicedDate`,
        message: 'Date of service: Date of service must be on or after the date of birth',
        field: 'dateOfService',
      },
    ])
    expect(refusal(bundle)).not.toHaveProperty('business')
  })

  it('names the date of the item that has the problem, not the first item’s', () => {
    const bundle = ma()
    const claim = claimOf(bundle)
    claim.item.push({ ...claim.item[0], sequence: 2, servicedDate: '1900-01-01' })
    expect(refusal(bundle).issues.map((i) => i.expression)).toEqual([
      `${CLAIM}.item[1].servicedDate`,
    ])
  })

  it('names the date where it came from, and a service code at its item', () => {
    const bundle = ma(null)
    claimOf(bundle).item[0].servicedPeriod = { start: '1900-01-01' }
    expect(refusal(bundle).issues.map((i) => i.expression)).toEqual([
      `${CLAIM}.item[0].servicedPeriod.start`,
    ])
  })

  it('refuses each field once, however many items share the problem', () => {
    const bundle = ma('1900-01-01')
    const claim = claimOf(bundle)
    claim.item.push({ ...claim.item[0], sequence: 2, servicedDate: '1901-01-01' })
    const issues = refusal(bundle).issues
    expect(issues.map((i) => i.expression)).toEqual([`${CLAIM}.item[0].servicedDate`])
  })

  it('does not refuse a field again that the mapping already refused', () => {
    const bundle = ma()
    claimOf(bundle).priority = { coding: [{ system: 'urn:p', code: 'stat' }] }
    const issues = refusal(bundle).issues
    expect(issues.map((i) => [i.expression, i.field])).toEqual([
      [`${CLAIM}.priority.coding[0]`, 'urgency'],
    ])
  })

  it('refuses a request whose every item is cancelled, naming no earlier request', () => {
    const bundle = ma()
    claimOf(bundle).item[0].modifierExtension = [CANCELLED]
    expect(refusal(bundle).issues).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.item[0].productOrService`,
        message:
          'Every item of this request is cancelled and it names no earlier request to update (Claim.related): there is nothing to review',
      },
    ])
  })

  it('refuses an item whose code it could not read, once, and reviews no other', () => {
    const bundle = ma()
    claimOf(bundle).item[0].productOrService.coding[0].code = 'BAD'
    // Its date is not judged either: the item is not reviewed.
    claimOf(bundle).item[0].servicedDate = '1900-01-01'
    const checked = refusal(bundle)
    expect(checked.issues.map((i) => i.expression)).toEqual([
      `${CLAIM}.item[0].productOrService.coding[0].code`,
    ])
  })

  it('answers a member it cannot find as a business rejection, in the guide’s words', () => {
    const checked = refusal(pasFixture('m0076-coverage-does-not-tell'))
    expect(checked.business).toBe(true)
    expect(checked.issues.map((i) => [i.expression, i.field, i.message])).toEqual([
      [
        'Bundle.entry[2].resource.class',
        'lineOfBusiness',
        'The Coverage does not tell the line of business and the member is not in the plan’s enrollment records (by member identifier or Coverage.subscriberId): send Coverage.class of type “plan” with the plan’s product code, or Coverage.type SOPT 11 (Medicare Advantage)',
      ],
      [
        'Bundle.entry[2].resource.class',
        'plan',
        'The Coverage does not name the plan and the member is not in the plan’s enrollment records: send Coverage.class of type “plan” with the plan’s product code.',
      ],
    ])
  })

  it('answers the birth date of a member it cannot find in the guide’s words', () => {
    const bundle = ma()
    delete resourceOf(bundle, 'Patient').birthDate
    const checked = refusal(bundle)
    expect(checked.business).toBe(true)
    expect(checked.issues.map((i) => i.message)).toEqual([
      'The Patient has no birth date and the member is not in the plan’s enrollment records (by member identifier or Coverage.subscriberId): send Patient.birthDate',
    ])
  })

  it('is no business rejection when another problem comes with the member’s', () => {
    const bundle = pasFixture('m0076-coverage-does-not-tell')
    claimOf(bundle).use = 'claim'
    const checked = refusal(bundle)
    expect(checked.issues).toHaveLength(3)
    expect(checked).not.toHaveProperty('business')
    const noId = pasFixture('m0076-coverage-does-not-tell')
    delete noId.identifier
    expect(refusal(noId)).not.toHaveProperty('business')
  })

  it('refuses a member id that is blank in the case rule’s words, no business rejection', () => {
    const bundle = ma()
    resourceOf(bundle, 'Patient').identifier = []
    const checked = refusal(bundle)
    expect(checked.issues.map((i) => i.message)).toEqual(['Member ID: Enter the member ID'])
    expect(checked).not.toHaveProperty('business')
  })
})

describe('fromEnrollment', () => {
  const mapping = (fields: PasMapping['fields'], subscriberId?: string) =>
    ({ ...mapPasBundle(null), fields, ...(subscriberId ? { subscriberId } : {}) }) as PasMapping

  it('fills what the Bundle does not say from the member’s record, by member id or subscriber id', () => {
    expect(fromEnrollment(mapping({ memberId: '12345678901' }))).toEqual({
      dateOfBirth: '1950-01-01',
      plan: 'kfhpwa',
      lineOfBusiness: 'individual-family',
      groupFunding: '',
    })
    expect(fromEnrollment(mapping({ memberId: 'OTHER' }, '1122334455'))).toMatchObject({
      dateOfBirth: '1950-01-01',
    })
    expect(fromEnrollment(mapping({ memberId: 'OTHER' }, 'OTHER'))).toEqual({})
  })

  it('keeps what the Bundle says, taking plan and line together when either is missing', () => {
    expect(
      fromEnrollment(
        mapping({
          memberId: '12345678902',
          dateOfBirth: '1947-01-19',
          plan: 'kfhpwa-options',
          lineOfBusiness: 'commercial-group',
        }),
      ),
    ).toEqual({})
    expect(
      fromEnrollment(mapping({ memberId: '12345678902', lineOfBusiness: 'medicare-advantage' })),
    ).toEqual({
      dateOfBirth: '1947-01-18',
      plan: 'kfhpwa',
      lineOfBusiness: 'individual-family',
      groupFunding: '',
    })
    expect(
      fromEnrollment(mapping({ memberId: '12345678902', dateOfBirth: 'x', plan: 'kfhpwa' })),
    ).toEqual({ plan: 'kfhpwa', lineOfBusiness: 'individual-family', groupFunding: '' })
  })
})
