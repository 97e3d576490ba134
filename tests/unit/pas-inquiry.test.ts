import { describe, expect, it } from 'vitest'
import { actorOf } from '../../service/cases/actor.ts'
import { demoUsers } from '../../service/data/users.ts'
import { mapPasBundle } from '../../service/fhir/bundle-to-case.ts'
import { applyUpdate, planUpdate } from '../../service/fhir/claim-update.ts'
import { findInquiry, inquiryAnswer } from '../../service/fhir/inquiry.ts'
import { parsePasText } from '../../service/fhir/parse-text.ts'
import { createPasCases } from '../../service/fhir/store-submission.ts'
import { checkSubmission } from '../../service/fhir/submission.ts'
import { emptyDb, type MockDb } from '../../service/store.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { claimOf, guideFixture, pasFixture, resourceOf, type Json } from '../fhir/pas-fixtures.ts'

/**
 * `$inquire` (inquiry.ts) and `$parse` (parse-text.ts) in Node, on an in-memory database
 * holding the Da Vinci PAS 2.2.1 guide's Homecare request; the inquiry is the guide's
 * PASClaimInquiryExample (the same Claim identifier, 111099, and member).
 */

const NOW = new Date('2026-12-02T18:30:00Z')
const LATER = new Date('2026-12-03T18:30:00Z')
const CLAIM = 'Bundle.entry[0].resource'
const reviewer = actorOf(demoUsers.find((u) => u.id === 'u-rev-1')!)

function submit(db: MockDb, bundle: Json, now = NOW): StoredCase[] {
  const checked = checkSubmission(bundle, now)
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  const bundleIdentifier = checked.mapping.bundleIdentifier!
  return createPasCases({ db, checked, bundleIdentifier, actor: reviewer, now })
}
const homecare = () => guideFixture('homecare-authorization-bundle-example')
const inquiry = () => guideFixture('pasclaim-inquiry-bundle-example')

function found(db: MockDb, value: Json = inquiry()) {
  const result = findInquiry(db, value)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.found
}
function refused(value: Json, db = emptyDb()) {
  const result = findInquiry(db, value)
  if (result.ok) throw new Error('expected a refusal')
  return result.issues
}

describe('findInquiry: the request named by its Claim identifier and member', () => {
  it('finds the request the guide’s inquiry names', () => {
    const db = emptyDb()
    const cases = submit(db, homecare())
    expect(found(db)).toBe(cases[0])
  })

  it('the newest request when the identifier was sent twice', () => {
    const db = emptyDb()
    submit(db, homecare(), NOW)
    const newer = submit(db, homecare(), LATER)
    expect(found(db)?.source?.requestId).toBe(newer[0]!.source?.requestId)
  })

  it('nothing when the member, the identifier or its system differs: an empty result, not an error', () => {
    const db = emptyDb()
    submit(db, homecare())
    const otherMember = inquiry()
    resourceOf(otherMember, 'Patient').identifier[0].value = '12345678902'
    expect(findInquiry(db, otherMember)).toEqual({ ok: true, found: null })
    const otherId = inquiry()
    claimOf(otherId).identifier[0].value = '111098'
    expect(found(db, otherId)).toBeNull()
    const otherSystem = inquiry()
    claimOf(otherSystem).identifier[0].system = 'urn:other'
    expect(found(db, otherSystem)).toBeNull()
    const noSystem = inquiry()
    delete claimOf(noSystem).identifier[0].system
    expect(found(db, noSystem)).toBeNull()
  })

  it('an identifier without a system matches one sent without a system', () => {
    const db = emptyDb()
    const request = homecare()
    delete claimOf(request).identifier[0].system
    const cases = submit(db, request)
    const named = inquiry()
    delete claimOf(named).identifier[0].system
    expect(found(db, named)).toBe(cases[0])
    expect(found(db)).toBeNull()
  })

  it('passes over the member’s cases not sent as PAS or sent without an identifier', () => {
    const db = emptyDb()
    const [pas] = submit(db, homecare())
    const manual = { ...pas!, id: 'manual' }
    delete manual.source
    const unnamed = homecare()
    delete claimOf(unnamed).identifier
    submit(db, unnamed, LATER)
    db.cases.manual = manual
    expect(found(db)).toBe(pas)
  })

  it('finds a request by an update’s Claim identifier too', () => {
    const db = emptyDb()
    const earlier = submit(db, homecare())
    const update = guideFixture('homecare-authorization-update-bundle-example')
    const checked = checkSubmission(update, LATER)
    if (!checked.ok) throw new Error('expected the update to be accepted')
    const related = checked.mapping.related!
    const planned = planUpdate(earlier, checked, related)
    if (!planned.ok) throw new Error('expected a plan')
    applyUpdate({
      ...{ db, plan: planned.plan, earlier, updateId: '111099-UPDATE', actor: reviewer },
      ...{ updateIdentifier: checked.mapping.claimIdentifier, now: LATER },
    })
    const named = inquiry()
    claimOf(named).identifier[0].value = '111099-UPDATE'
    expect(found(db, named)?.source?.requestId).toBe(earlier[0]!.source?.requestId)
    claimOf(named).identifier[0].system = 'urn:other'
    expect(found(db, named)).toBeNull()
  })

  it('refuses what is not a PAS Bundle, with the mapping’s own words', () => {
    const notABundle = [
      {
        severity: 'error',
        expression: 'Bundle',
        message: 'This is not a FHIR Bundle: send a Da Vinci PAS request Bundle',
      },
    ]
    expect(refused('x')).toEqual(notABundle)
    expect(refused({ resourceType: 'Bundle', type: 'collection' })).toEqual([
      {
        severity: 'error',
        expression: 'Bundle.entry',
        message: 'The Bundle has no Claim: a PAS request carries one',
      },
    ])
    const claim = inquiry()
    claimOf(claim).use = 'claim'
    // Only the fatal problem: the inquiry's elements not used are no refusal.
    expect(refused(claim)).toEqual([
      {
        severity: 'error',
        expression: `${CLAIM}.use`,
        message: 'Claim.use is “claim”: a prior authorization request has use “preauthorization”',
      },
    ])
    expect(mapPasBundle(claim).issues.length).toBeGreaterThan(1)
  })

  it('refuses an inquiry that does not name the request or the member, each at its element', () => {
    const noIdentifier = inquiry()
    delete claimOf(noIdentifier).identifier
    const byIdentifier = {
      severity: 'error',
      expression: `${CLAIM}.identifier`,
      message: 'Name the request by the Claim identifier it was sent with',
    }
    expect(refused(noIdentifier)).toEqual([byIdentifier])
    const noMember = inquiry()
    delete resourceOf(noMember, 'Patient').identifier
    const byMember = {
      severity: 'error',
      expression: 'Bundle.entry[4].resource.identifier',
      message: 'Name the member by the Patient’s member identifier',
    }
    expect(refused(noMember)).toEqual([byMember])
    delete claimOf(noMember).identifier
    expect(refused(noMember)).toEqual([byIdentifier, byMember])
    // The Claim's identifier, whichever item comes first.
    const firstCancelled = inquiry()
    delete claimOf(firstCancelled).identifier
    claimOf(firstCancelled).item[0].modifierExtension = [
      {
        url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/modifierextension-infoCancelled',
        valueBoolean: true,
      },
    ]
    expect(refused(firstCancelled)).toEqual([byIdentifier])
    // Ten items cancelled before the first reviewed one (item[10]).
    const [one] = claimOf(firstCancelled).item
    claimOf(firstCancelled).item = Array.from({ length: 11 }, (_, i) => ({
      ...structuredClone(one),
      sequence: i + 1,
      ...(i < 10 ? {} : { modifierExtension: undefined }),
    }))
    expect(refused(firstCancelled)).toEqual([byIdentifier])
    // Not refused once both are named, though nothing matches.
    expect(findInquiry(emptyDb(), inquiry())).toEqual({ ok: true, found: null })
  })
})

describe('inquiryAnswer: Parameters with one `return` Bundle per request', () => {
  it('no match: Parameters with nothing in it', () => {
    expect(inquiryAnswer(emptyDb(), null, NOW)).toEqual({ resourceType: 'Parameters' })
  })

  it('a match: the request’s current answer, every item, as an inquiry response Bundle', () => {
    const db = emptyDb()
    const [, second] = submit(db, homecare())
    const answer = inquiryAnswer(db, second!, NOW)
    expect(answer.resourceType).toBe('Parameters')
    expect(answer.parameter?.map((p) => p.name)).toEqual(['return'])
    const bundle = answer.parameter![0]!.resource as Json
    expect(bundle.meta).toEqual({
      profile: [
        'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-pas-inquiry-response-bundle',
      ],
    })
    expect(bundle.identifier).toEqual(homecare().identifier)
    const items = bundle.entry[0].resource.item.map((i: Json) => i.itemSequence)
    expect(items).toEqual([1, 2])
    expect(bundle.timestamp).toBe(NOW.toISOString())
  })
})

describe('parsePasText: what a Bundle fills in the case form', () => {
  it('text that is not JSON: one error, nothing filled', () => {
    expect(parsePasText('{"resourceType": "Bundle",')).toEqual({
      fields: {},
      unstated: [],
      issues: [
        {
          severity: 'error',
          expression: 'Bundle',
          message: 'The PAS request is not JSON: paste or drop a FHIR Bundle',
        },
      ],
    })
  })

  it('text nested deeper than a body may be: one error, nothing filled, no stack run out', () => {
    const deep = `{"resourceType":"Bundle","entry":[${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}]}`
    expect(parsePasText(deep)).toEqual({
      fields: {},
      unstated: [],
      issues: [
        {
          severity: 'error',
          expression: 'Bundle',
          message: 'The PAS request nests deeper than 64 levels',
        },
      ],
    })
    // At the limit it is mapped as any other text.
    const atLimit = `${'['.repeat(64)}${']'.repeat(64)}`
    expect(parsePasText(atLimit).issues[0]?.message).not.toMatch(/nests deeper/)
  })

  it('JSON that is not a Bundle: the mapping’s refusal, every field unstated', () => {
    expect(parsePasText('[]')).toEqual({
      fields: {},
      unstated: [
        'memberId',
        'dateOfBirth',
        'lineOfBusiness',
        'plan',
        'serviceCode',
        'diagnosisCodes',
        'dateOfService',
        'urgency',
      ],
      issues: [
        {
          severity: 'error',
          expression: 'Bundle',
          message: 'This is not a FHIR Bundle: send a Da Vinci PAS request Bundle',
        },
      ],
    })
  })

  it('fills from the enrollment records what the Bundle does not say, no longer unstated', () => {
    const text = JSON.stringify(homecare())
    const mapping = mapPasBundle(homecare())
    const parsed = parsePasText(text)
    expect(parsed.fields).toEqual({
      ...mapping.fields,
      dateOfBirth: '1950-01-01',
      plan: 'kfhpwa',
      lineOfBusiness: 'individual-family',
    })
    // The records' empty group funding (an individual plan) fills nothing.
    expect(parsed.fields).not.toHaveProperty('groupFunding')
    expect(parsed.unstated).toEqual(['diagnosisCodes', 'dateOfService'])
    expect(mapping.unstated).toContain('dateOfBirth')
    expect(parsed.issues).toEqual(mapping.issues)
    expect(parsed.issues.length).toBeGreaterThan(0)
  })

  it('a Bundle that states everything: as mapped', () => {
    const bundle = pasFixture('m0076-medicare-advantage')
    const mapping = mapPasBundle(bundle)
    expect(parsePasText(JSON.stringify(bundle))).toEqual({
      fields: mapping.fields,
      unstated: mapping.unstated,
      issues: mapping.issues,
    })
  })

  it('a member the records do not hold: only what the Bundle says', () => {
    const bundle = homecare()
    resourceOf(bundle, 'Patient').identifier[0].value = '99999999999'
    resourceOf(bundle, 'Coverage').subscriberId = '9999999999'
    const mapping = mapPasBundle(bundle)
    const parsed = parsePasText(JSON.stringify(bundle))
    expect(parsed.fields).toEqual(mapping.fields)
    expect(parsed.unstated).toEqual(mapping.unstated)
    expect(parsed.unstated).toContain('dateOfBirth')
  })
})
