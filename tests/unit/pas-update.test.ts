import { describe, expect, it } from 'vitest'
import { actorOf } from '../../service/cases/actor.ts'
import { demoUsers } from '../../service/data/users.ts'
import {
  applyUpdate,
  earlierRequest,
  planUpdate,
  type UpdatePlan,
} from '../../service/fhir/claim-update.ts'
import { createPasCases, requestCases } from '../../service/fhir/store-submission.ts'
import { checkSubmission } from '../../service/fhir/submission.ts'
import { answerUpdate } from '../../service/fhir/update-answer.ts'
import { emptyDb, type MockDb, type Need } from '../../service/store.ts'
import type { CaseSource, CaseStatus, StoredCase } from '../../src/api/schemas/case.ts'
import { claimOf, guideFixture, type Json } from '../fhir/pas-fixtures.ts'
import { coveredPolicy } from '../support/factories.ts'

/**
 * A PAS request stored (store-submission.ts) and updated (claim-update.ts,
 * update-answer.ts), in Node on an in-memory database, with the Da Vinci PAS 2.2.1
 * guide's Homecare request and its HomecareUpdate (tests/fixtures/pas/guide). The same
 * rules run end to end in tests/fhir/pas-update.test.ts.
 */

const NOW = new Date('2026-12-02T18:30:00Z')
const LATER = new Date('2026-12-03T18:30:00Z')
const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'
const INFO_CHANGED = `${PAS}/extension-infoChanged`
const CANCELLED = { url: `${PAS}/modifierextension-infoCancelled`, valueBoolean: true }
const CLAIM = 'Bundle.entry[0].resource'
const RELATED = `${CLAIM}.related[0].claim`
const TRACE = 'http://example.org/PATIENT_EVENT_TRACE_NUMBER'
const ORIGINAL_ID = { system: TRACE, value: '111099' }
const UPDATE_ID = { system: TRACE, value: '111099-UPDATE' }

const user = (id: string) => actorOf(demoUsers.find((u) => u.id === id)!)
const reviewer = user('u-rev-1')

const original = () => guideFixture('homecare-authorization-bundle-example')
const update = () => guideFixture('homecare-authorization-update-bundle-example')

function accepted(bundle: Json, now = LATER) {
  const checked = checkSubmission(bundle, now)
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
  return checked
}

/** Stores a request as `$submit` does, by `actor` at `now`. */
function submit(db: MockDb, bundle: Json = original(), actor = reviewer, now = NOW) {
  const checked = accepted(bundle, now)
  const bundleIdentifier = checked.mapping.bundleIdentifier!
  return createPasCases({ db, checked, bundleIdentifier, actor, now })
}

/** The update's plan against `earlier`, or the refusal. */
function plan(earlier: StoredCase[], bundle: Json = update()) {
  const checked = accepted(bundle)
  return planUpdate(earlier, checked, checked.mapping.related!)
}
function planned(earlier: StoredCase[], bundle: Json = update()) {
  const result = plan(earlier, bundle)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.plan
}

/** A case as the store holds it after a decision (only its status is read here). */
function withStatus(db: MockDb, c: StoredCase, status: CaseStatus): StoredCase {
  const changed = { ...c, status }
  db.cases[c.id] = changed
  return changed
}

/** Flags item `index` of a Bundle's Claim `changed`, with a new code and date if given. */
function changeItem(bundle: Json, index: number, code?: string, date?: string) {
  const item = claimOf(bundle).item[index]
  item.extension.push({ url: INFO_CHANGED, valueCode: 'changed' })
  if (code) item.productOrService.coding[0].code = code
  if (date) item.servicedDate = date
  return bundle
}

/** The update without its item 2 cancel and item 3: item 1 only, as `edit` leaves it. */
function updateOfItem1(edit: (bundle: Json) => void = () => {}) {
  const bundle = update()
  claimOf(bundle).item.splice(1, 2)
  edit(bundle)
  return bundle
}

/** A case's source without some keys, as a case stored before items has it. */
function sourceWithout(c: StoredCase, ...keys: ('requestId' | 'itemSequence')[]): CaseSource {
  const source = { ...c.source! }
  for (const key of keys) delete source[key]
  return source
}

const trail = (db: MockDb, c: StoredCase) =>
  (db.audit[c.id] ?? []).map((e) => [e.action, e.summary])
const added = (db: MockDb, c: StoredCase) => trail(db, c).slice(2)

describe('createPasCases: one case per reviewed item', () => {
  it('each case keeps the request: identifiers, one request id, its item sequence, the echo', () => {
    const db = emptyDb()
    const checked = accepted(original(), NOW)
    const bundleIdentifier = { system: 'urn:b', value: 'B-1' }
    const cases = createPasCases({ db, checked, bundleIdentifier, actor: reviewer, now: NOW })
    expect(cases.map((c) => c.input.serviceCode)).toEqual(['G0154', 'B4184'])
    expect(cases.map((c) => c.reference)).toEqual(['UM-2026-000001', 'UM-2026-000002'])
    const [first, second] = cases
    expect(first!.source).toEqual({
      kind: 'pas',
      bundleIdentifier,
      claimIdentifier: ORIGINAL_ID,
      requestId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-/),
      itemSequence: 1,
      echo: checked.mapping.echo,
    })
    expect(second!.source).toEqual({ ...first!.source, itemSequence: 2 })
    expect(Object.values(db.cases)).toEqual(cases)
    expect(first!.createdBy).toEqual(reviewer)
    expect(first!.turnaround.dueAt).toBe('2026-12-06T07:59:59.000Z')
    // Each request its own id.
    const again = submit(db)
    expect(again[0]!.source?.requestId).not.toBe(first!.source?.requestId)
  })

  it('notes the items the request cancelled on each case; none noted when none is', () => {
    const db = emptyDb()
    const bundle = original()
    claimOf(bundle).item[0].modifierExtension = [CANCELLED]
    const [only, ...more] = submit(db, bundle)
    expect(more).toEqual([])
    expect(only!.source).toMatchObject({ itemSequence: 2, cancelledItems: [1] })
    expect(submit(db)[0]!.source).not.toHaveProperty('cancelledItems')
  })

  it('creates nothing when a clock cannot be set, even for a later item', () => {
    const db = emptyDb()
    const checked = accepted(original(), NOW)
    checked.reviews[1]!.input.requestReceivedAt = 'not an instant'
    const bundleIdentifier = checked.mapping.bundleIdentifier!
    expect(() =>
      createPasCases({ db, checked, bundleIdentifier, actor: reviewer, now: NOW }),
    ).toThrow(RangeError)
    expect(db.cases).toEqual({})
    expect(db.audit).toEqual({})
    expect(db.referenceSequence).toEqual({})
  })
})

describe('requestCases', () => {
  it('every case of the request, in item order, and no other request’s', () => {
    const db = emptyDb()
    const [a, b] = submit(db)
    submit(db)
    // Stored out of order: the order is the items'.
    const stored = { ...db.cases }
    db.cases = {}
    for (const c of Object.values(stored).reverse()) db.cases[c.id] = c
    expect(requestCases(db, b!).map((c) => c.id)).toEqual([a!.id, b!.id])
    expect(requestCases(db, a!).map((c) => c.id)).toEqual([a!.id, b!.id])
  })

  it('a case from before items (no request id, no sequence) is its own request', () => {
    const db = emptyDb()
    const [a, b] = submit(db)
    const single = { ...a!, source: sourceWithout(a!, 'requestId', 'itemSequence') }
    db.cases[a!.id] = single
    expect(requestCases(db, single)).toEqual([single])
    const noSequence = sourceWithout(b!, 'itemSequence')
    db.cases[a!.id] = { ...a!, source: { ...a!.source!, itemSequence: 3 } }
    db.cases[b!.id] = { ...b!, source: noSequence }
    // A case with no sequence comes first.
    expect(requestCases(db, a!).map((c) => c.id)).toEqual([b!.id, a!.id])
    // A case entered on the form (no source) belongs to no request but its own.
    const manual = { ...a!, id: 'manual' }
    delete manual.source
    db.cases.manual = manual
    db.cases['manual-2'] = { ...manual, id: 'manual-2' }
    expect(requestCases(db, manual)).toEqual([manual])
    expect(requestCases(db, b!).map((c) => c.id)).toEqual([b!.id, a!.id])
  })
})

describe('earlierRequest: the request an update names', () => {
  it('the submitter’s own request with that Claim identifier, all its items', () => {
    const db = emptyDb()
    const cases = submit(db)
    expect(earlierRequest(db, ORIGINAL_ID, reviewer.id)).toEqual(cases)
    // Another submitter's update never names it.
    expect(earlierRequest(db, ORIGINAL_ID, 'u-rev-2')).toEqual([])
    // The same value in another system is another identifier.
    expect(earlierRequest(db, { system: 'urn:other', value: '111099' }, reviewer.id)).toEqual([])
    expect(earlierRequest(db, { value: '111099' }, reviewer.id)).toEqual([])
    expect(earlierRequest(db, { system: TRACE, value: '111098' }, reviewer.id)).toEqual([])
  })

  it('an identifier without a system matches one without a system', () => {
    const db = emptyDb()
    const bundle = original()
    delete claimOf(bundle).identifier[0].system
    const cases = submit(db, bundle)
    expect(earlierRequest(db, { value: '111099' }, reviewer.id)).toEqual(cases)
    expect(earlierRequest(db, ORIGINAL_ID, reviewer.id)).toEqual([])
  })

  it('skips the submitter’s cases that came in without a Claim identifier', () => {
    const db = emptyDb()
    const bundle = original()
    delete claimOf(bundle).identifier
    submit(db, bundle)
    const manual = { ...Object.values(db.cases)[0]!, id: 'manual' }
    delete manual.source
    db.cases.manual = manual
    expect(earlierRequest(db, ORIGINAL_ID, reviewer.id)).toEqual([])
  })

  it('the newest request when a submitter reused the identifier', () => {
    const db = emptyDb()
    submit(db, original(), reviewer, NOW)
    const newer = submit(db, original(), reviewer, LATER)
    submit(db, original(), user('u-rev-2'), new Date('2026-12-04T18:30:00Z'))
    expect(earlierRequest(db, ORIGINAL_ID, reviewer.id)).toEqual(newer)
  })
})

describe('planUpdate: what an update does, item by item', () => {
  it('the guide’s update: item 2 cancelled, item 3 added, item 1 (not flagged) as it was', () => {
    const earlier = submit(emptyDb())
    const checked = accepted(update())
    expect(planUpdate(earlier, checked, checked.mapping.related!)).toEqual({
      ok: true,
      plan: {
        cancel: [earlier[1]],
        change: [],
        add: [checked.reviews[1]],
        cancelledUnreviewed: [],
      },
    })
    expect(checked.reviews[1]!.item.sequence).toBe(3)
  })

  it('an item flagged changed: its review and what changed, before → after', () => {
    const earlier = submit(emptyDb())
    const bundle = changeItem(updateOfItem1(), 0, 'G0155', '2026-12-20')
    const { change, cancel, add } = planned(earlier, bundle)
    expect([cancel, add]).toEqual([[], []])
    expect(change).toHaveLength(1)
    expect(change[0]!.c).toBe(earlier[0])
    expect(change[0]!.review.item.sequence).toBe(1)
    expect(change[0]!.changes).toEqual([
      'service code G0154 → G0155',
      'date of service 2026-12-02 → 2026-12-20',
    ])
  })

  it('a changed item that states neither a new code nor a date changes nothing read', () => {
    const earlier = submit(emptyDb())
    // No date on the item: the update's own day (2026-12-03) is not a change.
    expect(planned(earlier, changeItem(updateOfItem1(), 0)).change[0]!.changes).toEqual([])
    const sameDate = changeItem(updateOfItem1(), 0, undefined, '2026-12-02')
    expect(planned(earlier, sameDate).change[0]!.changes).toEqual([])
    const dateOnly = changeItem(updateOfItem1(), 0, 'G0154', '2026-12-21')
    expect(planned(earlier, dateOnly).change[0]!.changes).toEqual([
      'date of service 2026-12-02 → 2026-12-21',
    ])
  })

  it('an item not flagged changed, or flagged added, is left as it was', () => {
    const earlier = submit(emptyDb())
    const empty = { cancel: [], change: [], add: [], cancelledUnreviewed: [] }
    const newCode = updateOfItem1(
      (b) => (claimOf(b).item[0].productOrService.coding[0].code = 'G0155'),
    )
    expect(planned(earlier, newCode)).toEqual(empty)
    const flaggedAdded = updateOfItem1((b) => {
      claimOf(b).item[0].extension.push({ url: INFO_CHANGED, valueCode: 'added' })
      claimOf(b).item[0].productOrService.coding[0].code = 'G0155'
    })
    expect(planned(earlier, flaggedAdded)).toEqual(empty)
  })

  it('cancelling an item no case reviews is noted, not refused', () => {
    const earlier = submit(emptyDb())
    const bundle = update()
    claimOf(bundle).item[2].modifierExtension = [CANCELLED]
    const result = planned(earlier, bundle)
    expect(result).toEqual({
      cancel: [earlier[1]],
      change: [],
      add: [],
      cancelledUnreviewed: [3],
    })
  })

  it('an item an earlier update withdrew: cancelling it again does nothing', () => {
    const db = emptyDb()
    const [one, two] = submit(db)
    const withdrawn = withStatus(db, two!, 'withdrawn')
    expect(planned([one!, withdrawn])).toMatchObject({ cancel: [], cancelledUnreviewed: [] })
  })

  it('an item an earlier update withdrew, sent again: refused, send it as a new item', () => {
    const db = emptyDb()
    const [one, two] = submit(db)
    const withdrawn = withStatus(db, two!, 'withdrawn')
    const bundle = update()
    delete claimOf(bundle).item[1].modifierExtension
    expect(plan([one!, withdrawn], bundle)).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          expression: `${CLAIM}.item[1]`,
          message:
            'Item 2 was cancelled by an earlier update (UM-2026-000002): send it again as a new item, with a new sequence',
        },
      ],
    })
  })

  it('a decided review is neither cancelled nor changed: refused per item, with the reason', () => {
    const db = emptyDb()
    const [one, two] = submit(db)
    const denied = withStatus(db, one!, 'denied')
    const approved = withStatus(db, two!, 'approved')
    expect(plan([denied, approved], changeItem(update(), 0, 'G0155'))).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          expression: `${CLAIM}.item[0]`,
          message:
            'Item 1 (UM-2026-000001) is already decided (Denied): an update cannot change it; send a new request',
        },
        {
          severity: 'error',
          expression: `${CLAIM}.item[1].modifierExtension`,
          message:
            'Item 2 (UM-2026-000002) is already decided (Approved): an update cannot cancel it; send a new request',
        },
      ],
    })
    // A pended review is not decided: it may still change.
    const pended = withStatus(db, one!, 'pended-for-information')
    expect(planned([pended, two!], changeItem(updateOfItem1(), 0, 'G0155')).change).toHaveLength(1)
  })

  it('certificationType 3 on the Claim cancels every review of the request', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const bundle = updateOfItem1()
    claimOf(bundle).extension = [
      { url: 'http://example.org/fhir/StructureDefinition/other', valueString: 'x' },
      {
        url: `${PAS}/extension-certificationType`,
        valueCodeableConcept: {
          coding: [{ system: 'https://codesystem.x12.org/005010/1322', code: '3' }],
        },
      },
    ]
    const checked = accepted(bundle)
    const related = checked.mapping.related!
    expect(related.cancelAll).toBe(true)
    expect(planUpdate(earlier, checked, related)).toEqual({
      ok: true,
      plan: { cancel: earlier, change: [], add: [], cancelledUnreviewed: [] },
    })
    const decided = withStatus(db, earlier[1]!, 'approved')
    expect(planUpdate([earlier[0]!, decided], checked, related)).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          // The Claim's certificationType says the whole request is cancelled: the refusal
          // points there (a Reference has no modifierExtension).
          expression: `${CLAIM}.extension[1]`,
          message:
            'Item 2 (UM-2026-000002) is already decided (Approved): an update cannot cancel it; send a new request',
        },
      ],
    })
  })

  it('a case from before items is item 1', () => {
    const db = emptyDb()
    const [one] = submit(db)
    const single = { ...one!, source: sourceWithout(one!, 'itemSequence') }
    const result = planned([single], changeItem(updateOfItem1(), 0, 'G0155'))
    expect(result.change.map((x) => x.c)).toEqual([single])
    const denied = { ...single, status: 'denied' as const }
    const refused = plan([denied], changeItem(updateOfItem1(), 0, 'G0155'))
    expect(refused.ok ? [] : refused.problems.map((p) => p.message)).toEqual([
      'Item 1 (UM-2026-000001) is already decided (Denied): an update cannot change it; send a new request',
    ])
    // The whole request cancelled: item 1 as well.
    const bundle = updateOfItem1()
    const checked = accepted(bundle)
    const cancelAll = { ...checked.mapping.related!, cancelAll: true }
    const all = planUpdate([denied], checked, cancelAll)
    expect(all.ok ? [] : all.problems.map((p) => p.message)).toEqual([
      'Item 1 (UM-2026-000001) is already decided (Denied): an update cannot cancel it; send a new request',
    ])
    expect(planUpdate([single], checked, cancelAll)).toMatchObject({ plan: { cancel: [single] } })
  })
})

/** Applies `plan` to the request stored in `db` as the guide's update. */
function apply(db: MockDb, earlier: StoredCase[], plan: UpdatePlan, updateIdentifier = UPDATE_ID) {
  return applyUpdate({
    ...{ db, plan, earlier, updateId: '111099-UPDATE', updateIdentifier },
    ...{ actor: reviewer, now: LATER },
  })
}
const nothing = (): UpdatePlan => ({ cancel: [], change: [], add: [], cancelledUnreviewed: [] })

describe('applyUpdate: the plan written, each change on the review’s trail', () => {
  it('a cancelled review is withdrawn, leaves its director’s queue, and says so', () => {
    const db = emptyDb()
    db.openLoads = {}
    const [one, two] = submit(db)
    expect(db.openLoads).toEqual({ 'u-md-1': 1, 'u-md-2': 1 })
    const cases = apply(db, [one!, two!], { ...nothing(), cancel: [two!] })
    expect(db.openLoads).toEqual({ 'u-md-1': 1, 'u-md-2': 0 })
    const withdrawn = db.cases[two!.id]!
    expect(withdrawn).toMatchObject({ status: 'withdrawn', assignedTo: null, version: 2 })
    expect(withdrawn.source?.updateIdentifiers).toEqual([UPDATE_ID])
    expect(added(db, two!)).toEqual([
      [
        'request-item-cancelled',
        'Item 2 (service code B4184) cancelled by the provider’s update 111099-UPDATE: withdrawn before a decision (Pending medical director review → Withdrawn by the provider)',
      ],
    ])
    expect(db.audit[two!.id]!.at(-1)).toMatchObject({
      at: LATER.toISOString(),
      actor: reviewer,
      reason: null,
    })
    // Item 1, not in the plan, is not written; the answer is the whole request.
    expect(db.cases[one!.id]).toBe(one)
    expect(added(db, one!)).toEqual([])
    expect(cases).toEqual([one, withdrawn])
  })

  it('a load never goes below zero; a review in no queue and a store that counts none change no load', () => {
    const db = emptyDb()
    const [one, two] = submit(db)
    db.openLoads = { 'u-md-1': 0, 'u-md-2': 5 }
    apply(db, [one!, two!], { ...nothing(), cancel: [one!] })
    expect(db.openLoads).toEqual({ 'u-md-1': 0, 'u-md-2': 5 })
    apply(db, [one!, two!], { ...nothing(), cancel: [two!] })
    expect(db.openLoads).toEqual({ 'u-md-1': 0, 'u-md-2': 4 })
    delete db.openLoads
    apply(db, [one!, two!], { ...nothing(), cancel: [two!] })
    expect(db.openLoads).toBeUndefined()
    expect(db.cases[two!.id]?.status).toBe('withdrawn')
    db.openLoads = { 'u-md-1': 3 }
    const unassigned = { ...one!, assignedTo: null }
    db.cases[one!.id] = unassigned
    apply(db, [unassigned, two!], { ...nothing(), cancel: [unassigned] })
    expect(db.openLoads).toEqual({ 'u-md-1': 3 })
  })

  it('notes the update’s Claim identifier on what it writes, once, by value and system', () => {
    const db = emptyDb()
    const [one, two] = submit(db)
    const cancelled = { ...nothing(), cancelledUnreviewed: [4] }
    apply(db, [one!, two!], cancelled, null!)
    expect(db.cases[one!.id]).toEqual({
      ...one,
      version: 2,
      source: { ...one!.source, cancelledItems: [4] },
    })
    apply(db, [one!, two!], cancelled)
    apply(db, [one!, two!], cancelled, { ...UPDATE_ID })
    const other = { system: 'urn:other', value: UPDATE_ID.value }
    apply(db, [one!, two!], cancelled, other)
    // A second update of the same request, in the same system: noted as well.
    const second = { system: TRACE, value: '111099-UPDATE-2' }
    const ids = apply(db, [one!, two!], cancelled, second)
    expect(ids.map((c) => c.source?.updateIdentifiers)).toEqual([
      [UPDATE_ID, other, second],
      [UPDATE_ID, other, second],
    ])
    expect(ids.map((c) => c.version)).toEqual([6, 6])
  })

  it('an update that changes nothing notes its Claim identifier on every case, once, and says so', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const after = apply(db, earlier, nothing())
    expect(after).toEqual(
      earlier.map((c) => ({
        ...c,
        version: 2,
        source: { ...c.source, updateIdentifiers: [UPDATE_ID] },
      })),
    )
    expect(after.map((c) => trail(db, c).at(-1))).toEqual([
      [
        'request-update-received',
        'The provider’s update 111099-UPDATE cancelled, changed and added no item: item 1 stands as it was',
      ],
      [
        'request-update-received',
        'The provider’s update 111099-UPDATE cancelled, changed and added no item: item 2 stands as it was',
      ],
    ])
    // The same update again, or one without a Claim identifier: nothing to note, nothing written.
    const noted = structuredClone(db)
    expect(apply(db, after, nothing())).toEqual(after)
    expect(apply(db, after, nothing(), null!)).toEqual(after)
    expect(db).toEqual(noted)
  })

  it('an update that writes some reviews leaves the others as they were, with no such event', () => {
    // The guide's update: item 2 cancelled, item 3 added, item 1 not flagged.
    const db = emptyDb()
    const earlier = submit(db)
    apply(db, earlier, planned(earlier))
    expect(db.cases[earlier[0]!.id]).toEqual(earlier[0])
    // Item 2 cancelled and item 3 changed, item 1 not flagged.
    const three = emptyDb()
    const bundle = original()
    claimOf(bundle).item.push({ ...claimOf(bundle).item[1], sequence: 3 })
    const before = submit(three, bundle)
    const edited = update()
    // The guide's item 3 is `added`; here the request already has it.
    claimOf(edited).item[2].extension[0].valueCode = 'changed'
    const p = planned(before, edited)
    expect([p.cancel.length, p.change.length, p.add.length]).toEqual([1, 1, 0])
    apply(three, before, p)
    expect(three.cases[before[0]!.id]).toEqual(before[0])
    const events = Object.values(three.audit).flat()
    expect(events.filter((e) => e.action === 'request-update-received')).toEqual([])
  })

  it('a changed review: its input, the trail in words, its clock kept', () => {
    const db = emptyDb()
    db.openLoads = {}
    const earlier = submit(db)
    const [one] = earlier
    const p = planned(earlier, changeItem(updateOfItem1(), 0, 'G0155', '2026-12-20'))
    apply(db, earlier, p)
    const changed = db.cases[one!.id]!
    expect(changed.input).toEqual({
      ...one!.input,
      serviceCode: 'G0155',
      dateOfService: '2026-12-20',
    })
    expect(changed.turnaround).toEqual(one!.turnaround)
    expect(changed.assignedTo).toEqual(one!.assignedTo)
    expect(changed.version).toBe(2)
    expect(db.openLoads).toEqual({ 'u-md-1': 1, 'u-md-2': 1 })
    expect(changed.determination.id).not.toBe(one!.determination.id)
    expect(changed.determination.id).toMatch(/^det-/)
    expect(changed.determination.outcome).toBe('no-criteria')
    expect(added(db, one!)).toEqual([
      [
        'request-item-changed',
        'Item 1 changed by the provider’s update 111099-UPDATE: service code G0154 → G0155; date of service 2026-12-02 → 2026-12-20',
      ],
      ['determination-proposed', 'Proposed outcome for service code G0155: No criteria on file'],
    ])
  })

  it('the trail names the item changed by its sequence', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const bundle = update()
    claimOf(bundle).item.splice(0, 1)
    delete claimOf(bundle).item[0].modifierExtension
    claimOf(bundle).item.splice(1, 1)
    expect(claimOf(bundle).item.map((i: Json) => i.sequence)).toEqual([2])
    apply(db, earlier, planned(earlier, changeItem(bundle, 0, 'B4185')))
    expect(added(db, earlier[1]!)[0]).toEqual([
      'request-item-changed',
      'Item 2 changed by the provider’s update 111099-UPDATE: service code B4184 → B4185',
    ])
  })

  it('a new service code is judged again by the criteria, named with its policy', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const [one] = earlier
    apply(db, earlier, planned(earlier, changeItem(updateOfItem1(), 0, 'M0076')))
    const changed = db.cases[one!.id]!
    expect(changed.determination.outcome).toBe('not-medically-necessary')
    // No date on the item: the date of service stays.
    expect(changed.input.dateOfService).toBe('2026-12-02')
    expect(added(db, one!)[1]).toEqual([
      'determination-proposed',
      'Proposed outcome for service code M0076: Not medically necessary (Prolotherapy/Sclerotherapy)',
    ])
  })

  it('the same code: the determination stands, nothing proposed', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const [one] = earlier
    apply(db, earlier, planned(earlier, changeItem(updateOfItem1(), 0, 'G0154', '2026-12-21')))
    expect(db.cases[one!.id]!.determination).toBe(one!.determination)
    expect(db.cases[one!.id]!.input.dateOfService).toBe('2026-12-21')
    expect(added(db, one!)).toEqual([
      [
        'request-item-changed',
        'Item 1 changed by the provider’s update 111099-UPDATE: date of service 2026-12-02 → 2026-12-21',
      ],
    ])
    apply(db, earlier, planned(earlier, changeItem(updateOfItem1(), 0)))
    expect(added(db, one!)[1]).toEqual([
      'request-item-changed',
      'Item 1 flagged changed by the provider’s update 111099-UPDATE; its service code and date of service are as before (the other elements are not used by this service)',
    ])
  })

  it('criteria no longer met: a medical director is assigned; still met: no one is', () => {
    const db = emptyDb()
    db.syntheticPolicies = [
      coveredPolicy('covered-1', 'Q9999'),
      coveredPolicy('covered-2', 'Q9998'),
    ]
    db.openLoads = { 'u-md-1': 4, 'u-md-2': 2 }
    const bundle = original()
    claimOf(bundle).item[0].productOrService.coding[0].code = 'Q9999'
    const earlier = submit(db, bundle)
    const [one] = earlier
    expect(one!.determination.outcome).toBe('criteria-met')
    expect(one!.assignedTo).toBeNull()
    expect(db.openLoads).toEqual({ 'u-md-1': 4, 'u-md-2': 3 })

    apply(db, earlier, planned(earlier, changeItem(updateOfItem1(), 0, 'Q9998')))
    expect(db.cases[one!.id]).toMatchObject({
      assignedTo: null,
      determination: { outcome: 'criteria-met' },
    })
    expect(db.openLoads).toEqual({ 'u-md-1': 4, 'u-md-2': 3 })

    const now = [db.cases[one!.id]!, earlier[1]!]
    apply(db, now, planned(now, changeItem(updateOfItem1(), 0, 'G0155')))
    expect(db.cases[one!.id]!.assignedTo).toEqual(user('u-md-2'))
    expect(db.openLoads).toEqual({ 'u-md-1': 4, 'u-md-2': 4 })

    // Without counted loads the director is still assigned, and no count is made.
    delete db.openLoads
    const again = { ...db.cases[one!.id]!, assignedTo: null, input: { ...one!.input } }
    db.cases[one!.id] = again
    apply(db, [again], planned([again], changeItem(updateOfItem1(), 0, 'G0155')))
    expect(db.cases[one!.id]!.assignedTo?.role).toBe('medical-director')
    expect(db.openLoads).toBeUndefined()
  })

  it('an added item opens a review in the same request, noting the update', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const p = planned(earlier)
    const cases = apply(db, earlier, p)
    expect(cases.map((c) => [c.source?.itemSequence, c.status, c.input.serviceCode])).toEqual([
      [1, 'pending-md-review', 'G0154'],
      [2, 'withdrawn', 'B4184'],
      [3, 'pending-md-review', 'B4185'],
    ])
    const third = cases[2]!
    expect(third.source).toEqual({
      ...earlier[0]!.source,
      itemSequence: 3,
      updateIdentifiers: [UPDATE_ID],
    })
    expect(third.createdAt).toBe(LATER.toISOString())
    expect(third.input.requestReceivedAt).toBe(LATER.toISOString())
    expect(third.turnaround.dueAt).toBe('2026-12-07T07:59:59.000Z')
    expect(trail(db, third)[0]).toEqual(['case-created', `Case created by ${reviewer.name}`])
  })

  it('items cancelled that no case reviews are noted on every case of the request, once', () => {
    const db = emptyDb()
    const bundle = original()
    claimOf(bundle).item.push({ ...claimOf(bundle).item[1], sequence: 3 })
    claimOf(bundle).item[1].modifierExtension = [CANCELLED]
    const earlier = submit(db, bundle)
    expect(earlier.map((c) => c.source?.cancelledItems)).toEqual([[2], [2]])
    const cases = apply(db, earlier, { ...nothing(), cancelledUnreviewed: [2, 5] })
    expect(cases.map((c) => c.source?.cancelledItems)).toEqual([
      [2, 5],
      [2, 5],
    ])
    // None noted before: the list starts with these.
    const fresh = emptyDb()
    const plain = submit(fresh)
    const after = apply(fresh, plain, { ...nothing(), cancelledUnreviewed: [4] })
    expect(after.map((c) => c.source?.cancelledItems)).toEqual([[4], [4]])
    expect(after.map((c) => c.source?.updateIdentifiers)).toEqual([[UPDATE_ID], [UPDATE_ID]])
  })

  it('needs the earlier request', () => {
    const db = emptyDb()
    expect(() => apply(db, [], nothing())).toThrow('An update needs the earlier request')
    const [one] = submit(db)
    const manual = { ...one!, source: undefined }
    expect(() => apply(db, [manual], nothing())).toThrow('An update needs the earlier request')
  })

  it('writes nothing when an added item’s clock cannot be set', () => {
    const db = emptyDb()
    const earlier = submit(db)
    const p = planned(earlier)
    p.add[0]!.input.requestReceivedAt = 'not an instant'
    const before = structuredClone({ cases: db.cases, audit: db.audit })
    expect(() => apply(db, earlier, p)).toThrow(RangeError)
    expect({ cases: db.cases, audit: db.audit }).toEqual(before)
  })
})

/** What `$submit` answers the update, with the reads it asked for. */
async function answer(db: MockDb, bundle: Json = update(), actor = reviewer) {
  const checked = accepted(bundle)
  const reads: Need[] = []
  const res = await answerUpdate({
    ...{ db, checked, related: checked.mapping.related!, actor, now: LATER },
    more: async (need) => {
      reads.push(need)
    },
    bundleIdentifier: checked.mapping.bundleIdentifier!,
    slot: 'u-rev-1 pas slot',
    hash: 'hash-1',
    locationOf: (c) => `/api/cases/${c.id}`,
  })
  return { res, reads, checked }
}
const bodyOf = async (res: Response): Promise<Json> => res.json()
const errorsOf = (bundle: Json) =>
  bundle.entry[0].resource.error.map((e: Json) => [e.extension[0].valueString, e.code.text])

describe('answerUpdate: what $submit answers an update', () => {
  it('the update applied: a response Bundle as the update, the request’s items, kept for a resend', async () => {
    const db = emptyDb()
    const earlier = submit(db)
    const { res, reads, checked } = await answer(db)
    expect(reads).toEqual([{ audit: earlier.map((c) => c.id) }])
    if (res instanceof Response) throw new Error('expected a commit')
    expect(res.commit).toBe(true)
    const response = res.value
    expect(response.status).toBe(200)
    expect(response.headers.get('Location')).toBe(`/api/cases/${earlier[0]!.id}`)
    expect(response.headers.get('Content-Type')).toContain('application/fhir+json')
    const body = await bodyOf(response)
    expect(body.identifier).toEqual(update().identifier)
    const claimResponse = body.entry[0].resource
    expect(claimResponse.identifier).toEqual(claimOf(update()).identifier)
    expect(claimResponse.item.map((i: Json) => i.itemSequence)).toEqual([1, 2, 3])
    // The elements not used, listed for the reviewer.
    const outcome = body.entry.find((e: Json) => e.resource.resourceType === 'OperationOutcome')
    expect(outcome.resource.issue.length).toBe(
      checked.mapping.issues.filter((i) => i.severity !== 'error').length,
    )
    expect(db.idempotency['u-rev-1 pas slot']).toEqual({
      storedAt: LATER.toISOString(),
      bodyHash: 'hash-1',
      status: 200,
      body: {
        caseId: earlier[0]!.id,
        answering: {
          bundleIdentifier: update().identifier,
          claimIdentifier: UPDATE_ID,
          claimIdentifiers: claimOf(update()).identifier,
        },
      },
      headers: {},
    })
    expect(db.cases[earlier[1]!.id]?.status).toBe('withdrawn')
    expect(trail(db, earlier[1]!).at(-1)?.[1]).toContain(
      'cancelled by the provider’s update 111099-UPDATE',
    )
  })

  it('an update without a Claim identifier is named by its Bundle identifier', async () => {
    const db = emptyDb()
    const earlier = submit(db)
    const bundle = update()
    delete claimOf(bundle).identifier
    const { res } = await answer(db, bundle)
    expect(res).not.toBeInstanceOf(Response)
    expect(trail(db, earlier[1]!).at(-1)?.[1]).toContain(
      'cancelled by the provider’s update A12345:',
    )
    expect(db.idempotency['u-rev-1 pas slot']?.body).toEqual({
      caseId: earlier[0]!.id,
      answering: { bundleIdentifier: update().identifier, claimIdentifier: null },
    })
    expect(db.cases[earlier[0]!.id]!.source).not.toHaveProperty('updateIdentifiers')
  })

  it('naming no request of this submitter: a ClaimResponse error, nothing read or written', async () => {
    const db = emptyDb()
    submit(db, original(), user('u-rev-2'))
    const before = structuredClone(db)
    const { res, reads } = await answer(db)
    if (!(res instanceof Response)) throw new Error('expected a refusal')
    expect(res.status).toBe(200)
    const body = await bodyOf(res)
    expect(body.entry[0].resource.outcome).toBe('error')
    expect(errorsOf(body)).toEqual([
      [
        RELATED,
        'No earlier request of yours with the Claim identifier 111099 is on file for this member: send it as a new request (without Claim.related)',
      ],
    ])
    expect(reads).toEqual([])
    expect(db).toEqual(before)
  })

  it('a plan refused: each problem in the ClaimResponse, nothing written', async () => {
    const db = emptyDb()
    const [, two] = submit(db)
    withStatus(db, two!, 'approved')
    const before = structuredClone(db)
    const { res } = await answer(db)
    if (!(res instanceof Response)) throw new Error('expected a refusal')
    expect(errorsOf(await bodyOf(res))).toEqual([
      [
        `${CLAIM}.item[1].modifierExtension`,
        'Item 2 (UM-2026-000002) is already decided (Approved): an update cannot cancel it; send a new request',
      ],
    ])
    expect(db).toEqual(before)
  })

  it('a clock that cannot be set: an OperationOutcome at Bundle.timestamp, nothing kept', async () => {
    const db = emptyDb()
    submit(db)
    const checked = accepted(update())
    checked.reviews[1]!.input.requestReceivedAt = 'not an instant'
    const res = await answerUpdate({
      ...{ db, checked, related: checked.mapping.related!, actor: reviewer, now: LATER },
      more: async () => {},
      bundleIdentifier: checked.mapping.bundleIdentifier!,
      ...{ slot: 'slot', hash: 'h', locationOf: () => '/x' },
    })
    if (!(res instanceof Response)) throw new Error('expected a refusal')
    expect(res.status).toBe(400)
    expect((await bodyOf(res)).issue).toEqual([
      {
        severity: 'error',
        code: 'invalid',
        diagnostics: 'The turnaround clock cannot be set for this date',
        expression: ['Bundle.timestamp'],
      },
    ])
    expect(db.idempotency).toEqual({})
  })
})
