import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { criteriaHash, determine, fnv1a64 } from '../../service/engine/determination.ts'
import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import { determination } from '../../src/api/schemas/case.ts'
import type { CriteriaSet, PolicyDetail } from '../../src/api/schemas/policy.ts'
import { plainText } from '../../src/api/schemas/rich-text.ts'
import { caseInput, coveredPolicy } from '../support/factories.ts'

const now = new Date('2026-11-27T18:00:00Z')
const library = [prolotherapySclerotherapy]
const run = (overrides: Partial<CaseInput> = {}, lib: readonly PolicyDetail[] = library) => {
  const d = determine({ input: caseInput(overrides), library: lib, now, id: 'det-1' })
  determination.parse(d) // every record the engine makes fits the API's schema
  return d
}

/** A covered synthetic policy for S9999 with no code note and no review on file (test data only). */
function syntheticPolicy(): PolicyDetail {
  const policy = coveredPolicy('synthetic-covered', 'S9999')
  return {
    ...policy,
    codeNotes: [],
    dates: { ...policy.dates, reviewed: [], lastRevisedDate: '2026-01-02' },
  }
}

describe('determine', () => {
  it('Medicare Advantage + M0076: not covered (Medicare), quoting NCD 150.7', () => {
    const d = run({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    expect(d.outcome).toBe('not-covered-medicare')
    expect(d.source).toEqual({
      kind: 'ncd',
      label: 'Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
      number: '150.7',
    })
    expect(d.statement).toContainEqual({
      text: 'This service is not covered per Medicare criteria.',
      italic: true,
    })
    expect(d.criteriaSet?.id).toBe('medicare')
    expect(d.criteriaSet?.heading).toBe('For Medicare Members')
    expect(d.summary).not.toMatch(/not covered per Medicare criteria/)
  })

  it('Commercial + M0076: not medically necessary, with the verbatim sentence', () => {
    const d = run({ serviceCode: ' m0076 ' })
    expect(d.outcome).toBe('not-medically-necessary')
    expect(plainText(d.statement ?? [])).toBe(
      'There is insufficient evidence in the published medical literature to show that this service/therapy is as safe as standard services/therapies and/or provides better long-term outcomes than current standard services/therapies.',
    )
    expect(d.source).toEqual({
      kind: 'policy',
      label: 'Prolotherapy/Sclerotherapy: For Non-Medicare Members',
      number: null,
    })
    expect(d.criteriaSet?.id).toBe('non-medicare')
    expect(d.summary).toBe(
      'Insufficient evidence under the non-Medicare criteria: the case goes to a medical director for review.',
    )
  })

  it('Individual & Family takes the non-Medicare criteria too', () => {
    expect(run({ lineOfBusiness: 'individual-family', groupFunding: undefined }).outcome).toBe(
      'not-medically-necessary',
    )
  })

  it('records the policy version and its notes, quoted', () => {
    const d = run()
    expect(d).toMatchObject({ id: 'det-1', madeAt: '2026-11-27T18:00:00.000Z' })
    expect(d.policy).toEqual({
      id: 'prolotherapy-sclerotherapy',
      title: 'Prolotherapy/Sclerotherapy',
      lastReviewed: '2023-11-07',
      criteriaHash: criteriaHash(prolotherapySclerotherapy.criteriaSets),
    })
    expect(d.policy?.criteriaHash).toMatch(/^[0-9a-f]{16}$/)
    expect(d.notes).toHaveLength(2)
    expect(d.notes[0]).toEqual(prolotherapySclerotherapy.codeNotes[0])
    expect(plainText(d.notes[0] ?? [])).toMatch(/^\*Note: Codes may not be all-inclusive\./)
    expect(d.notes[1]).toHaveLength(1)
    expect(d.notes[1]?.[0]).toMatchObject({ bold: true })
    expect(plainText(d.notes[1] ?? [])).toMatch(
      /^Member contracts differ in health plan benefits\. Always consult /,
    )
  })

  it('unknown code: no criteria on file, individual medical director review', () => {
    const d = run({ serviceCode: '99213' })
    expect(d).toMatchObject({
      outcome: 'no-criteria',
      policy: null,
      criteriaSet: null,
      statement: null,
      source: null,
      notes: [],
    })
    expect(d.summary).toBe(
      'No criteria on file for this service code: the case goes to individual medical director review.',
    )
  })

  it('a synthetic policy with covering criteria yields criteria met, with no engine change', () => {
    const d = run({ serviceCode: 'S9999' }, [prolotherapySclerotherapy, syntheticPolicy()])
    expect(d.outcome).toBe('criteria-met')
    expect(d.source).toEqual({
      kind: 'policy',
      label: 'SYNTHETIC policy synthetic-covered: For Non-Medicare Members',
      number: null,
    })
    expect(d.policy?.lastReviewed).toBe('2026-01-02') // never reviewed: falls back to last revised
    expect(d.notes).toEqual([]) // no code note, no member-contracts sentence: nothing invented
    expect(d.summary).toBe('Criteria met: a utilization reviewer may approve the case.')
  })

  it('a past determination is unchanged by later edits to the library', () => {
    const policy = structuredClone(syntheticPolicy())
    const lib = [policy]
    const d = run({ serviceCode: 'S9999', lineOfBusiness: 'medicare-advantage' }, lib)
    const before = structuredClone(d)
    const row = policy.criteriaSets[0].rows[0]
    if (row) {
      row.policy[0] = 'Edited later.'
      row.label.push(' (edited)')
    }
    policy.title = 'Renamed'
    policy.criteriaSets[0].outcome = 'not-medically-necessary'
    expect(d).toEqual(before)
    // …while a new determination sees the new version, with a new hash.
    const later = run({ serviceCode: 'S9999', lineOfBusiness: 'medicare-advantage' }, lib)
    expect(later.policy?.criteriaHash).not.toBe(d.policy?.criteriaHash)
    expect(plainText(later.statement ?? [])).toBe('Edited later.')
  })

  it('hashes the criteria stably, whatever the key order', () => {
    const sets = prolotherapySclerotherapy.criteriaSets
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v
    const reordered = reverseKeys(sets) as CriteriaSet[]
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(sets))
    expect(criteriaHash(reordered)).toBe(criteriaHash(sets))
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
  })

  it('says whether the case diagnoses are in the low back pain value set', () => {
    const hit = run({ diagnosisCodes: ['M25.561', 'M54.50', 'M54.41'] })
    expect(hit.evidence).toMatchObject({
      addressesDiagnoses: true,
      matchingCodes: ['M54.50', 'M54.41'],
    })
    expect(hit.evidence.valueSet.name).toBe(
      'Low back pain value set (app data, not from the policy)',
    )
    const miss = run({ diagnosisCodes: ['M54.5', 'M25.561'] }) // M54.5 was retired: not in the set
    expect(miss.evidence).toMatchObject({ addressesDiagnoses: false, matchingCodes: [] })
    // The evidence is reported even when no criteria are on file.
    expect(run({ serviceCode: '99213', diagnosisCodes: ['m5459'] }).evidence.matchingCodes).toEqual(
      ['M54.59'],
    )
  })
})

describe('determine: the edges', () => {
  it('a Medicare NCD denial says the NCD by number in its summary', () => {
    const d = run({ lineOfBusiness: 'medicare-advantage', groupFunding: undefined })
    expect(d.summary).toBe(
      'Not covered under NCD 150.7: the case goes to a medical director for review.',
    )
  })

  it('finds the policy by any of its codes, in any of its groups', () => {
    const policy = syntheticPolicy()
    const [group] = policy.codeGroups
    const code = (c: string) => ({ ...group!.codes[0]!, code: c })
    const twoGroups: PolicyDetail = {
      ...policy,
      codeGroups: [
        { ...group!, codes: [code('S9999'), code('S9998')] },
        { ...group!, codes: [code('S9997')] },
      ],
    }
    for (const serviceCode of ['S9998', 'S9997'])
      expect(run({ serviceCode }, [twoGroups]).policy?.id).toBe(policy.id)
  })

  it('the policy was last reviewed on its latest review date, whatever the order', () => {
    const policy = syntheticPolicy()
    const review = (date: string) => ({ date, asWritten: date, committee: 'MTAC' })
    const reviewed: PolicyDetail = {
      ...policy,
      dates: {
        ...policy.dates,
        lastRevisedDate: '2020-01-01',
        reviewed: [review('2025-05-01'), review('2024-01-01')],
      },
    }
    expect(run({ serviceCode: 'S9999' }, [reviewed]).policy?.lastReviewed).toBe('2025-05-01')
  })

  it('quotes the whole low back pain value set with the evidence', () => {
    const d = run({ diagnosisCodes: ['M54.50'] })
    expect(d.evidence.valueSet.codes).toContain('M54.50')
    expect(d.evidence.valueSet.codes.length).toBeGreaterThan(1)
  })

  it('hashes lists, missing values and keys as distinct JSON', () => {
    const hash = (v: unknown) => criteriaHash(v as CriteriaSet[])
    expect(hash([{ a: 1, b: undefined }])).toBe(hash([{ a: 1 }]))
    expect(hash([[undefined]])).toBe(hash([[null]]))
    expect(hash([[1, 2]])).not.toBe(hash([[12]]))
    expect(hash([{ a: 1, b: 2 }])).not.toBe(hash([{ a: 12 }]))
    expect(hash([[1]])).not.toBe(hash([{ 0: 1 }]))
    expect(hash([{ a: 'x' }])).not.toBe(hash([{ a: 'y' }]))
    expect(hash([null])).not.toBe(hash(['null']))
  })
})
