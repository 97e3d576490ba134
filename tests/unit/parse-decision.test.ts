import { describe, expect, it } from 'vitest'
import { parseDecision } from '../../service/cases/parse-decision.ts'

const criterion = { policyId: 'p', criteriaSetId: 'non-medicare', rowId: 'r' }

describe('parseDecision: a decision body of any JSON shape', () => {
  it('reads every field, trimming the words and the information asked for', () => {
    expect(
      parseDecision({
        action: 'deny',
        rationale: '  why  ',
        criterion,
        writtenBasis: ' basis ',
        memberReason: ' reason ',
        informationNeeded: [' notes ', 'x-ray'],
        peerToPeerOffered: false,
        takeOverReason: ' away ',
      }),
    ).toEqual({
      ok: true,
      value: {
        action: 'deny',
        rationale: 'why',
        criterion,
        writtenBasis: 'basis',
        memberReason: 'reason',
        informationNeeded: ['notes', 'x-ray'],
        peerToPeerOffered: false,
        takeOverReason: 'away',
      },
    })
  })

  it('leaves a missing or null answer undefined, and a missing rationale empty', () => {
    const nulls = {
      criterion: null,
      writtenBasis: null,
      memberReason: null,
      informationNeeded: null,
      peerToPeerOffered: null,
      takeOverReason: null,
    }
    for (const body of [{ action: 'approve' }, { action: 'approve', rationale: null, ...nulls }])
      expect(parseDecision(body)).toEqual({
        ok: true,
        value: {
          action: 'approve',
          rationale: '',
          criterion: undefined,
          writtenBasis: undefined,
          memberReason: undefined,
          informationNeeded: undefined,
          peerToPeerOffered: undefined,
          takeOverReason: undefined,
        },
      })
  })

  it('a body that is not an object is an empty one', () => {
    for (const body of [null, [{ action: 'approve' }], 'deny', 7])
      expect(parseDecision(body)).toEqual({
        ok: false,
        errors: { action: ['Choose approve, deny or pend'] },
      })
  })

  it('names each field of the wrong type, in its own words', () => {
    expect(
      parseDecision({
        action: 'maybe',
        rationale: 5,
        writtenBasis: true,
        memberReason: {},
        takeOverReason: [],
        peerToPeerOffered: 'yes',
        criterion: { policyId: 'p', criteriaSetId: 'other', rowId: 'r' },
        informationNeeded: 'notes',
      }),
    ).toEqual({
      ok: false,
      errors: {
        action: ['Choose approve, deny or pend'],
        rationale: ['Rationale must be text'],
        writtenBasis: ['Basis for the denial must be text'],
        memberReason: ['Reason specific to the member must be text'],
        takeOverReason: ['Reason for taking over the case must be text'],
        peerToPeerOffered: ['Say whether a peer-to-peer conversation was offered: true or false'],
        criterion: ['Name the criterion as { policyId, criteriaSetId, rowId }'],
        informationNeeded: ['Information needed must be a list of up to 50 items'],
      },
    })
  })

  it('a criterion needs text ids and a known criteria set', () => {
    const bad = ['Name the criterion as { policyId, criteriaSetId, rowId }']
    for (const c of [
      { ...criterion, policyId: 1 },
      { ...criterion, rowId: 1 },
      { ...criterion, criteriaSetId: 'other' },
      [criterion],
      'p',
    ])
      expect(parseDecision({ action: 'deny', criterion: c })).toEqual({
        ok: false,
        errors: { criterion: bad },
      })
    const medicare = { ...criterion, criteriaSetId: 'medicare' }
    expect(parseDecision({ action: 'deny', criterion: medicare })).toMatchObject({
      ok: true,
      value: { criterion: medicare },
    })
  })

  it('information needed is a list of at most 50 texts', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `item ${i}`)
    expect(parseDecision({ action: 'pend', informationNeeded: fifty })).toMatchObject({
      ok: true,
      value: { informationNeeded: fifty },
    })
    const bad = { informationNeeded: ['Information needed must be a list of up to 50 items'] }
    for (const list of [
      [...fifty, 'one more'],
      ['notes', 3],
    ])
      expect(parseDecision({ action: 'pend', informationNeeded: list })).toEqual({
        ok: false,
        errors: bad,
      })
  })

  it('peer-to-peer offered keeps true as true', () => {
    expect(parseDecision({ action: 'deny', peerToPeerOffered: true })).toMatchObject({
      ok: true,
      value: { peerToPeerOffered: true },
    })
  })
})
