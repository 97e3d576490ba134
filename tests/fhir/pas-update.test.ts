import { beforeAll, describe, expect, it } from 'vitest'
import { call } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'
import { claimResponseOf, fhirPost, inquiryBundlesOf, inquiryFor } from './pas-api-helpers.ts'
import { claimOf, guideFixture, resourceOf, soon, type Json } from './pas-fixtures.ts'
import { loadR4Definitions, pasMustHaves, r4Errors, reviewCodeOf } from './pas-validate.ts'

/**
 * PAS updates (PASClaimUpdate: `Claim.related`) and business rejections
 * (`ClaimResponse.error`), with the guide's own Homecare request and its update. Runs
 * against the mock and the real service (vitest.server.config.ts).
 */
beforeAll(loadR4Definitions)

const ERROR_PATH = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-errorPath'
const INFO_CHANGED = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-infoChanged'

/** The case reviewing item `sequence` of the request an answer answers, by its reference. */
async function caseOfItem(token: string, answer: Json, sequence: number): Promise<Json> {
  const item = claimResponseOf(answer).item.find((i: Json) => i.itemSequence === sequence)
  const admin = item.extension.find((e: Json) =>
    e.url.endsWith('/extension-administrationReferenceNumber'),
  )
  const list = await call(`/cases?reference=${admin.valueString}`, { token })
  const found = await call(`/cases/${list.body.items[0].id}`, { token })
  return found.body
}

const errorsOf = (answer: Json) =>
  claimResponseOf(answer).error.map((e: Json) => ({
    path: e.extension.find((x: Json) => x.url === ERROR_PATH).valueString,
    text: e.code.text,
  }))

/** Every answer, accepted or refused, is valid R4 and has what the PAS profiles require. */
function expectConformant(answer: Json) {
  expect(r4Errors(answer)).toEqual([])
  expect(pasMustHaves(answer, true)).toEqual([])
}

async function submitOriginal(token: string) {
  const original = await fhirPost(
    '$submit',
    token,
    guideFixture('homecare-authorization-bundle-example'),
  )
  expect(original.status).toBe(200)
  return original.body
}

describe('a ClaimUpdate (the guide’s HomecareUpdate after its Homecare request)', () => {
  it('cancels its item: the review is withdrawn, the others stay, a new item is reviewed', async () => {
    const token = await signInAs('u-rev-1')
    const original = await submitOriginal(token)
    const item1 = await caseOfItem(token, original, 1)
    const item2 = await caseOfItem(token, original, 2)
    const update = guideFixture('homecare-authorization-update-bundle-example')
    const res = await fhirPost('$submit', token, update)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expectConformant(res.body)
    // Answered as the update: its own Bundle and Claim identifiers.
    expect(res.body.identifier).toEqual(update.identifier)
    const response = claimResponseOf(res.body)
    expect(response.identifier).toEqual(claimOf(update).identifier)
    expect(response.outcome).toBe('complete')
    expect(response.item.map((i: Json) => [i.itemSequence, reviewCodeOf(i) ?? null])).toEqual([
      [1, 'A4'],
      [2, null],
      [3, 'A4'],
    ])
    const note = response.processNote.find((n: Json) => n.text.startsWith('Item 2:'))
    expect(note.text).toContain('cancelled by the provider’s update')

    const withdrawn = await call(`/cases/${item2.id}`, { token })
    expect(withdrawn.body.status).toBe('withdrawn')
    expect(withdrawn.body.assignedTo).toBeNull()
    const trail = await call(`/cases/${item2.id}/audit`, { token })
    expect(trail.body.items[0]).toMatchObject({
      action: 'request-item-cancelled',
      summary: expect.stringContaining(
        'Item 2 (service code B4184) cancelled by the provider’s update 111099-UPDATE',
      ),
    })
    // Item 1 is not flagged changed: as it was.
    const same = await call(`/cases/${item1.id}`, { token })
    expect(same.body.status).toBe('pending-md-review')
    expect(same.body.version).toBe(item1.version)
    // Out of every open queue: the worklist's open statuses do not hold it.
    const open = await call('/cases?status=pending-md-review&limit=500', { token })
    expect(open.body.items.map((c: Json) => c.id)).not.toContain(item2.id)
  })

  it('$inquire names the request by the update’s Claim identifier as well as the original’s', async () => {
    const token = await signInAs('u-rev-1')
    const original = guideFixture('homecare-authorization-bundle-example')
    expect((await fhirPost('$submit', token, original)).status).toBe(200)
    const update = guideFixture('homecare-authorization-update-bundle-example')
    expect((await fhirPost('$submit', token, update)).status).toBe(200)
    for (const named of [update, original]) {
      const res = await fhirPost('$inquire', token, inquiryFor(named))
      expect(res.status).toBe(200)
      const [answer, ...more] = inquiryBundlesOf(res.body)
      expect(more).toEqual([])
      const items = claimResponseOf(answer).item.map((i: Json) => i.itemSequence)
      expect(items).toEqual([1, 2, 3])
    }
  })

  it('an update that changes nothing: the request is found by its Claim identifier, the trail says so', async () => {
    const token = await signInAs('u-rev-1')
    const original = await submitOriginal(token)
    const item1 = await caseOfItem(token, original, 1)
    const update = guideFixture('homecare-authorization-update-bundle-example')
    // Item 1 only, not flagged changed: nothing cancelled, changed or added.
    claimOf(update).item.splice(1, 2)
    const res = await fhirPost('$submit', token, update)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expectConformant(res.body)
    expect(claimResponseOf(res.body).item.map((i: Json) => reviewCodeOf(i))).toEqual(['A4', 'A4'])
    const inquired = await fhirPost('$inquire', token, inquiryFor(update))
    const [found, ...more] = inquiryBundlesOf(inquired.body)
    expect(more).toEqual([])
    expect(claimResponseOf(found).item.map((i: Json) => i.itemSequence)).toEqual([1, 2])
    const trail = await call(`/cases/${item1.id}/audit`, { token })
    expect(trail.body.items[0]).toMatchObject({
      action: 'request-update-received',
      summary: expect.stringContaining('update 111099-UPDATE cancelled, changed and added no item'),
    })
    const same = await call(`/cases/${item1.id}`, { token })
    expect(same.body.status).toBe('pending-md-review')
    expect(same.body.input).toEqual(item1.input)
  })

  it('a changed item updates its review, the trail saying what changed, before → after', async () => {
    const token = await signInAs('u-rev-1')
    const original = await submitOriginal(token)
    const item1 = await caseOfItem(token, original, 1)
    const update = guideFixture('homecare-authorization-update-bundle-example')
    const first = claimOf(update).item[0]
    first.extension.push({ url: INFO_CHANGED, valueCode: 'changed' })
    first.productOrService.coding[0].code = 'G0155'
    const date = soon()
    first.servicedDate = date
    const res = await fhirPost('$submit', token, update)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expectConformant(res.body)
    const changed = await call(`/cases/${item1.id}`, { token })
    expect(changed.body.input).toMatchObject({ serviceCode: 'G0155', dateOfService: date })
    const trail = await call(`/cases/${item1.id}/audit`, { token })
    const event = trail.body.items.find((e: Json) => e.action === 'request-item-changed')
    expect(event.summary).toBe(
      `Item 1 changed by the provider’s update 111099-UPDATE: service code G0154 → G0155; date of service ${item1.input.dateOfService} → ${date}`,
    )
  })

  it('naming a request the service does not know: a ClaimResponse with the error, nothing created', async () => {
    const token = await signInAs('u-rev-1')
    const before = (await call('/cases', { token })).body.total
    const update = guideFixture('homecare-authorization-update-bundle-example')
    const res = await fhirPost('$submit', token, update)
    expect(res.status).toBe(200)
    expectConformant(res.body)
    expect(res.body.identifier).toEqual(update.identifier)
    expect(claimResponseOf(res.body).outcome).toBe('error')
    expect(errorsOf(res.body)).toEqual([
      {
        path: 'Bundle.entry[0].resource.related[0].claim',
        text: expect.stringContaining(
          'No earlier request of yours with the Claim identifier 111099',
        ),
      },
    ])
    expect((await call('/cases', { token })).body.total).toBe(before)
  })

  it('cancelling an item already decided: a ClaimResponse error, and nothing changes', async () => {
    const token = await signInAs('u-rev-1')
    const original = await submitOriginal(token)
    const item2 = await caseOfItem(token, original, 2)
    const md = await signInAs(item2.assignedTo.id)
    const decided = await call(`/cases/${item2.id}/decision`, {
      token: md,
      method: 'POST',
      headers: { 'If-Match': `"v${item2.version}"` },
      json: { action: 'approve', rationale: 'Enteral formula is appropriate.' },
    })
    expect(decided.status).toBe(200)
    const res = await fhirPost(
      '$submit',
      token,
      guideFixture('homecare-authorization-update-bundle-example'),
    )
    expect(res.status).toBe(200)
    expectConformant(res.body)
    expect(errorsOf(res.body)).toEqual([
      {
        path: 'Bundle.entry[0].resource.item[1].modifierExtension',
        text: expect.stringContaining('is already decided (Approved): an update cannot cancel it'),
      },
    ])
    expect((await call(`/cases/${item2.id}`, { token })).body.status).toBe('approved')
  })
})

describe('a member the plan cannot find', () => {
  it('is a ClaimResponse error naming the element, not an OperationOutcome; nothing created', async () => {
    const token = await signInAs('u-rev-1')
    const before = (await call('/cases', { token })).body.total
    const request = guideFixture('homecare-authorization-bundle-example')
    resourceOf(request, 'Patient').identifier[0].value = '99999999999'
    resourceOf(request, 'Coverage').subscriberId = '9999999999'
    const res = await fhirPost('$submit', token, request)
    expect(res.status).toBe(200)
    expectConformant(res.body)
    const response = claimResponseOf(res.body)
    expect(response.outcome).toBe('error')
    expect(response.identifier).toEqual(claimOf(request).identifier)
    expect(errorsOf(res.body).map((e: Json) => e.path)).toEqual([
      'Bundle.entry[4].resource.birthDate',
      'Bundle.entry[3].resource.class',
      'Bundle.entry[3].resource.class',
    ])
    expect(errorsOf(res.body)[0].text).toContain('not in the plan’s enrollment records')
    expect((await call('/cases', { token })).body.total).toBe(before)
  })
})
