import { describe, expect, it } from 'vitest'
import { NO_APPEAL_DUE, dueKey, mergeAppeals } from '../../service/cases/appeal-sort.ts'
import {
  caseRow,
  compareKeys,
  pageOfRows,
  rowOf,
  rowOverdue,
  sortRows,
  storedRow,
  type CaseRow,
} from '../../service/cases/case-rows.ts'
import { caseSummary, hcpcsDescriptions, memberAge } from '../../service/cases/case-summary.ts'
import { listCases, summaries } from '../../service/cases/list-cases.ts'
import { decodeCursor, type ListQuery } from '../../service/cases/list-query.ts'
import { sortedCases } from '../../service/cases/sort-index.ts'
import { policyLibrary } from '../../service/data/library.ts'
import { seedDb } from '../../service/seed.ts'
import { caseStatus, type Decision, type StoredCase } from '../../src/api/schemas/case.ts'
import { maskMemberId } from '../../src/domain/member-id.ts'

const NOW = new Date('2026-11-20T17:00:00Z')

/** A seeded case to copy from (computed inside a test, never at import). */
let model: StoredCase | undefined
function base(): StoredCase {
  model ??= Object.values(seedDb(NOW).cases).find(
    (c) => c.status === 'pending-md-review' && c.assignedTo,
  )!
  return model
}

type Over = Partial<StoredCase> & { due?: string; received?: string; appealDue?: string | null }
function make(id: string, { due, received, appealDue, ...over }: Over = {}): StoredCase {
  const b = base()
  return {
    ...b,
    id,
    turnaround: { ...b.turnaround, dueAt: due ?? b.turnaround.dueAt },
    input: { ...b.input, requestReceivedAt: received ?? b.input.requestReceivedAt },
    ...(appealDue !== undefined
      ? {
          status: 'appeal-in-review',
          appeal: { clock: { dueAt: appealDue } } as unknown as StoredCase['appeal'],
        }
      : {}),
    ...over,
  }
}

const q = (over: Partial<ListQuery> = {}): ListQuery => ({ sort: 'dueAt', limit: 50, ...over })

describe('appeal due times in the order', () => {
  it('an appeal in review sorts by its own clock, or after every due time without one', () => {
    expect(dueKey(make('a', { due: '2026-11-25T00:00:00Z' }))).toBe('2026-11-25T00:00:00Z')
    expect(
      dueKey(make('b', { due: '2026-11-25T00:00:00Z', appealDue: '2026-12-01T00:00:00Z' })),
    ).toBe('2026-12-01T00:00:00Z')
    expect(dueKey(make('c', { appealDue: null }))).toBe(NO_APPEAL_DUE)
    expect(dueKey({ ...make('d'), status: 'appeal-in-review', appeal: undefined })).toBe(
      NO_APPEAL_DUE,
    )
  })

  it('merges appeals, in their order, among cases kept in theirs', () => {
    const a = make('a', { due: '2026-11-21T00:00:00Z' })
    const b = make('b', { due: '2026-11-23T00:00:00Z' })
    const c = make('c', { due: '2026-11-25T00:00:00Z' })
    const x = make('x', { due: '2026-11-01T00:00:00Z', appealDue: '2026-11-24T00:00:00Z' })
    const y = make('y', { due: '2026-11-02T00:00:00Z', appealDue: '2026-11-22T00:00:00Z' })
    const z = make('z', { due: '2026-11-03T00:00:00Z', appealDue: '2026-12-31T00:00:00Z' })
    const cmp = (p: StoredCase, r: StoredCase) =>
      compareKeys([dueKey(p), p.id], [dueKey(r), r.id], 'dueAt')
    const ids = (l: StoredCase[]) => l.map((s) => s.id)
    expect(ids(mergeAppeals([x, a, y, b, z, c], cmp))).toEqual(['a', 'y', 'b', 'x', 'c', 'z'])
    const plain = [a, b, c]
    expect(mergeAppeals(plain, cmp)).toBe(plain)
    expect(ids(mergeAppeals([z, y], cmp))).toEqual(['y', 'z'])
    // Due at the same time as a case: the id breaks the tie.
    const w = make('w', { appealDue: '2026-11-23T00:00:00Z' })
    expect(ids(mergeAppeals([a, b, w], cmp))).toEqual(['a', 'b', 'w'])
    const a2 = make('a0', { appealDue: '2026-11-23T00:00:00Z' })
    expect(ids(mergeAppeals([a, a2, b], cmp))).toEqual(['a', 'a0', 'b'])
  })
})

describe('a case summary', () => {
  it('masks the member id, counts the age, and describes HCPCS codes only', () => {
    const shipped = policyLibrary()
    const g0 = shipped[0]!.codeGroups[0]!
    const cptCode = {
      ...g0.codes[0]!,
      system: 'CPT' as const,
      code: '20550',
      description: 'Licensed words',
    }
    const library = [...shipped, { ...shipped[0]!, codeGroups: [{ ...g0, codes: [cptCode] }] }]
    const descriptions = hcpcsDescriptions(library)
    const hcpcs = library
      .flatMap((p) => p.codeGroups.flatMap((g) => g.codes))
      .find((c) => c.system === 'HCPCS')!
    const cpt = library
      .flatMap((p) => p.codeGroups.flatMap((g) => g.codes))
      .find((c) => c.system !== 'HCPCS')!
    expect(descriptions.get(hcpcs.code)).toBe(hcpcs.description)
    expect(descriptions.has(cpt.code)).toBe(false)
    expect(descriptions.has('')).toBe(false)
    const c = make('case-1', {
      input: { ...base().input, serviceCode: hcpcs.code.toLowerCase(), dateOfBirth: '1950-11-21' },
    })
    const s = caseSummary(c, descriptions, NOW)
    expect(s).toEqual({
      id: 'case-1',
      reference: c.reference,
      status: c.status,
      memberIdMasked: maskMemberId(c.input.memberId),
      memberAge: 75,
      serviceCode: hcpcs.code.toLowerCase(),
      serviceDescription: hcpcs.description,
      lineOfBusiness: c.input.lineOfBusiness,
      urgency: c.input.urgency,
      receivedAt: c.input.requestReceivedAt,
      dueAt: c.turnaround.dueAt,
      outcome: c.determination.outcome,
      assignedTo: c.assignedTo,
    })
    expect(s.memberIdMasked).not.toContain(c.input.memberId)
    const cptCase = make('case-2', { input: { ...base().input, serviceCode: cpt.code } })
    expect(caseSummary(cptCase, descriptions, NOW).serviceDescription).toBe(null)
  })

  it('an age is counted on the plan’s today, and null for no date or a date that is not one', () => {
    expect(memberAge('1950-11-21', new Date('2026-11-21T07:59:00Z'))).toBe(75)
    expect(memberAge('1950-11-21', new Date('2026-11-21T08:00:00Z'))).toBe(76)
    expect(memberAge('1950-11-21', new Date('2026-11-21T07:59:00Z'))).toBe(75)
    expect(memberAge(undefined, NOW)).toBe(null)
    expect(memberAge('', NOW)).toBe(null)
    expect(memberAge('1950-02-30', NOW)).toBe(null)
  })

  it('shows the appeal due time only in appeal review', () => {
    const appeal = make('a', { appealDue: '2026-12-01T00:00:00Z' })
    expect(caseSummary(appeal, new Map(), NOW).appealDueAt).toBe('2026-12-01T00:00:00Z')
    expect(caseSummary(make('b', { appealDue: null }), new Map(), NOW).appealDueAt).toBe(null)
    const noRecord = { ...make('n'), status: 'appeal-in-review' as const, appeal: undefined }
    expect(caseSummary(noRecord, new Map(), NOW).appealDueAt).toBe(null)
    const closed = { ...appeal, status: 'denial-upheld' as const }
    expect('appealDueAt' in caseSummary(closed, new Map(), NOW)).toBe(false)
  })
})

describe('worklist rows', () => {
  const decision = (action: Decision['action'], decidedAt: string) =>
    ({ action, decidedAt }) as Decision

  it('carry what the list filters and sorts on, and the first final decision', () => {
    const c = make('c1', {
      due: '2026-11-25T00:00:00Z',
      status: 'denied',
      assignedTo: null,
      decisions: [
        decision('pend', '2026-11-21T00:00:00Z'),
        decision('deny', '2027-01-01T07:00:00Z'),
      ],
    })
    expect(caseRow(c)).toEqual({
      id: 'c1',
      status: 'denied',
      lineOfBusiness: c.input.lineOfBusiness,
      urgency: c.input.urgency,
      reference: c.reference,
      dueAt: '2026-11-25T00:00:00Z',
      receivedAt: c.input.requestReceivedAt,
      appealDueAt: null,
      assigneeId: null,
      decided: { decidedAt: '2027-01-01T07:00:00Z', year: 2026, action: 'deny', onTime: false },
    })
    const open = make('c2')
    expect(caseRow(open)).toMatchObject({ assigneeId: open.assignedTo!.id, decided: null })
    const appeal = make('c3', { appealDue: '2026-12-01T00:00:00Z' })
    expect(caseRow(appeal)).toMatchObject({
      dueAt: '2026-12-01T00:00:00Z',
      appealDueAt: '2026-12-01T00:00:00Z',
    })
  })

  it('a stored row keeps the summary with the date of birth, not the age or description', () => {
    const c = make('c1')
    const r = storedRow(c)
    const { serviceDescription, memberAge: age, ...summary } = caseSummary(c, new Map(), NOW)
    expect([serviceDescription, typeof age]).toEqual([null, 'number'])
    expect(r).toEqual({
      ...caseRow(c),
      summary: { ...summary, memberDateOfBirth: c.input.dateOfBirth },
    })
  })

  it('a row is built once per record', () => {
    const c = make('c1')
    expect(rowOf(c)).toBe(rowOf(c))
    expect(rowOf(c)).toEqual(caseRow(c))
    expect(rowOf(make('c1'))).not.toBe(rowOf(c))
  })

  it('is overdue once its running clock’s due time has passed', () => {
    const r = caseRow(make('c1', { due: '2026-11-20T16:00:00Z' }))
    expect(rowOverdue(r, NOW)).toBe(true)
    expect(rowOverdue(r, new Date('2026-11-20T16:00:00Z'))).toBe(false)
  })

  it('compares by value, then id, in the requested direction', () => {
    expect(compareKeys(['a', 'z'], ['b', 'a'], 'dueAt')).toBe(-1)
    expect(compareKeys(['b', 'a'], ['a', 'z'], 'dueAt')).toBe(1)
    expect(compareKeys(['a', 'a'], ['a', 'b'], 'dueAt')).toBe(-1)
    expect(compareKeys(['a', 'b'], ['a', 'a'], 'dueAt')).toBe(1)
    expect(compareKeys(['a', 'a'], ['a', 'a'], 'dueAt')).toBe(0)
    expect(compareKeys(['a', 'z'], ['b', 'a'], '-dueAt')).toBe(1)
    expect(compareKeys(['a', 'a'], ['a', 'b'], '-receivedAt')).toBe(1)
    expect(compareKeys(['a', 'a'], ['a', 'b'], 'receivedAt')).toBe(-1)
  })

  it('sorts rows by due or received time, without changing the rows given', () => {
    const r1 = caseRow(make('1', { due: '2026-11-23T00:00:00Z', received: '2026-11-19T00:00:00Z' }))
    const r2 = caseRow(make('2', { due: '2026-11-22T00:00:00Z', received: '2026-11-20T00:00:00Z' }))
    const r3 = caseRow(make('3', { due: '2026-11-24T00:00:00Z', received: '2026-11-18T00:00:00Z' }))
    const rows = [r1, r2, r3]
    const ids = (l: CaseRow[]) => l.map((r) => r.id)
    expect(ids(sortRows(rows, 'dueAt'))).toEqual(['2', '1', '3'])
    expect(ids(sortRows(rows, '-dueAt'))).toEqual(['3', '1', '2'])
    expect(ids(sortRows(rows, 'receivedAt'))).toEqual(['3', '1', '2'])
    expect(ids(sortRows(rows, '-receivedAt'))).toEqual(['2', '1', '3'])
    expect(ids(rows)).toEqual(['1', '2', '3'])
  })
})

describe('a page of rows', () => {
  const row = (id: string, over: Partial<CaseRow> = {}): CaseRow => ({
    id,
    status: 'pending-md-review',
    lineOfBusiness: 'medicare-advantage',
    urgency: 'standard',
    reference: `UM-2026-00000${id}`,
    dueAt: `2026-11-2${id}T00:00:00Z`,
    receivedAt: `2026-11-1${id}T00:00:00Z`,
    appealDueAt: null,
    assigneeId: 'u-md-1',
    decided: null,
    ...over,
  })
  const decided = (year: number, action: 'approve' | 'deny', onTime: boolean) => ({
    decided: { decidedAt: 'x', year, action, onTime },
  })
  const page = (
    rows: CaseRow[],
    over: Partial<ListQuery> = {},
    after: Parameters<typeof pageOfRows>[1]['after'] = null,
  ) => pageOfRows(rows, { query: q(over), userId: 'u-md-1', now: NOW, after })

  it('with no filter lists every row in the order given, counting each status', () => {
    const rows = [row('1'), row('2', { status: 'denied' }), row('3')]
    const p = page(rows)
    expect(p.ids).toEqual(['1', '2', '3'])
    expect(p.total).toBe(3)
    expect(p.nextCursor).toBe(null)
    expect(p.counts).toEqual({
      ...Object.fromEntries(caseStatus.options.map((s) => [s, 0])),
      'pending-md-review': 2,
      denied: 1,
    })
  })

  it('filters by line, urgency, overdue, assignee and reference; status counts honour them', () => {
    const rows = [
      row('1'),
      row('2', { lineOfBusiness: 'commercial-group' }),
      row('3', { urgency: 'expedited', status: 'denied' }),
      row('4', { assigneeId: 'u-md-2', dueAt: '2026-11-19T00:00:00Z' }),
      row('5', { assigneeId: null }),
    ]
    expect(page(rows, { lineOfBusiness: ['commercial-group'] }).ids).toEqual(['2'])
    expect(page(rows, { urgency: ['expedited'] }).ids).toEqual(['3'])
    expect(page(rows, { overdue: true }).ids).toEqual(['4'])
    expect(page(rows, { overdue: false }).ids).toEqual(['1', '2', '3', '4', '5'])
    expect(page(rows, { assignedToMe: true }).ids).toEqual(['1', '2', '3'])
    expect(page(rows, { assignedToMe: false }).ids).toHaveLength(5)
    expect(page(rows, { reference: 'UM-2026-000004' }).ids).toEqual(['4'])
    const byStatus = page(rows, { status: ['denied'], urgency: ['standard', 'expedited'] })
    expect(byStatus.ids).toEqual(['3'])
    expect(byStatus.total).toBe(1)
    expect(byStatus.counts['pending-md-review']).toBe(4)
    expect(byStatus.counts.denied).toBe(1)
    expect(page(rows, { lineOfBusiness: ['commercial-group'] }).counts['pending-md-review']).toBe(1)
  })

  it('the metrics’ filters keep only rows with an initial decision that matches', () => {
    const rows = [
      row('1'),
      row('2', { status: 'approved', ...decided(2026, 'approve', true) }),
      row('3', { status: 'denied', ...decided(2026, 'deny', false) }),
      row('4', { status: 'denied', ...decided(2025, 'deny', true) }),
    ]
    expect(page(rows, { decidedYear: 2026 }).ids).toEqual(['2', '3'])
    expect(page(rows, { decidedYear: 2025 }).ids).toEqual(['4'])
    expect(page(rows, { initialDecision: 'deny' }).ids).toEqual(['3', '4'])
    expect(page(rows, { initialDecision: 'approve' }).ids).toEqual(['2'])
    expect(page(rows, { onTime: true }).ids).toEqual(['2', '4'])
    expect(page(rows, { onTime: false }).ids).toEqual(['3'])
    expect(page(rows, { decidedYear: 2026, initialDecision: 'deny', onTime: false }).ids).toEqual([
      '3',
    ])
    expect(page(rows, { decidedYear: 2026, onTime: true }).ids).toEqual(['2'])
    expect(page(rows, { initialDecision: 'deny', onTime: true }).ids).toEqual(['4'])
    expect(page(rows, { decidedYear: 2026, initialDecision: 'approve' }).ids).toEqual(['2'])
  })

  it('pages by limit with a cursor after the last, and resumes after it', () => {
    const rows = ['1', '2', '3', '4', '5'].map((id) => row(id))
    const first = page(rows, { limit: 2 })
    expect(first.ids).toEqual(['1', '2'])
    expect(first.total).toBe(5)
    expect(decodeCursor(first.nextCursor!)).toEqual({
      sort: 'dueAt',
      value: rows[1]!.dueAt,
      id: '2',
    })
    const second = page(rows, { limit: 2 }, decodeCursor(first.nextCursor!))
    expect(second.ids).toEqual(['3', '4'])
    expect(second.total).toBe(5)
    const last = page(rows, { limit: 2 }, decodeCursor(second.nextCursor!))
    expect(last.ids).toEqual(['5'])
    expect(last.nextCursor).toBe(null)
    expect(page(rows, { limit: 5 }).nextCursor).toBe(null)
    expect(page(rows, { limit: 4 }).ids).toEqual(['1', '2', '3', '4'])
    const byReceived = page(rows, { limit: 1, sort: 'receivedAt' })
    expect(decodeCursor(byReceived.nextCursor!)).toEqual({
      sort: 'receivedAt',
      value: rows[0]!.receivedAt,
      id: '1',
    })
    const empty = page(rows, { limit: 2, reference: 'UM-2026-000009' })
    expect(empty).toMatchObject({ ids: [], nextCursor: null, total: 0 })
  })
})

describe('the sorted cases and the list', () => {
  it('orders every case by the first clock, places appeals by theirs, and notices added cases', () => {
    const table: Record<string, StoredCase> = {
      b: make('b', { due: '2026-11-23T00:00:00Z', received: '2026-11-10T00:00:00Z' }),
      a: make('a', { due: '2026-11-21T00:00:00Z', received: '2026-11-12T00:00:00Z' }),
      x: make('x', {
        due: '2026-11-01T00:00:00Z',
        received: '2026-11-11T00:00:00Z',
        appealDue: '2026-11-22T00:00:00Z',
      }),
    }
    const ids = (l: StoredCase[]) => l.map((c) => c.id)
    expect(ids(sortedCases(table, 'dueAt'))).toEqual(['a', 'x', 'b'])
    expect(ids(sortedCases(table, '-dueAt'))).toEqual(['b', 'x', 'a'])
    expect(ids(sortedCases(table, 'receivedAt'))).toEqual(['b', 'x', 'a'])
    expect(ids(sortedCases(table, '-receivedAt'))).toEqual(['a', 'x', 'b'])
    // Records are read afresh: a replaced record is the one listed.
    const replaced = { ...table.a!, version: 2 }
    table.a = replaced
    expect(sortedCases(table, 'dueAt')[0]).toBe(replaced)
    table.c = make('c', { due: '2026-11-20T00:00:00Z', received: '2026-11-13T00:00:00Z' })
    expect(ids(sortedCases(table, 'dueAt'))).toEqual(['c', 'a', 'x', 'b'])
    expect(ids(sortedCases(table, '-receivedAt'))).toEqual(['c', 'a', 'x', 'b'])
    // An appeal that ends goes back to its first clock's place.
    table.x = { ...table.x!, status: 'denial-upheld' }
    expect(ids(sortedCases(table, 'dueAt'))).toEqual(['x', 'c', 'a', 'b'])
  })

  it('lists a page of summaries with HCPCS descriptions', () => {
    const db = seedDb(NOW)
    const library = policyLibrary(db)
    const all = Object.values(db.cases)
    const mine = all.filter((c) => c.assignedTo?.id === 'u-md-1')
    const list = listCases(
      {
        cases: db.cases,
        query: q({ assignedToMe: true, limit: 3 }),
        userId: 'u-md-1',
        now: NOW,
        after: null,
      },
      library,
    )
    expect(list.total).toBe(mine.length)
    expect(list.items).toHaveLength(3)
    const soonest = [...mine].sort((p, r) =>
      compareKeys([dueKey(p), p.id], [dueKey(r), r.id], 'dueAt'),
    )
    const descriptions = hcpcsDescriptions(library)
    expect(list.items).toEqual(soonest.slice(0, 3).map((c) => caseSummary(c, descriptions, NOW)))
    expect(list.nextCursor).toEqual(expect.any(String))
    expect(list.items.some((s) => s.serviceDescription)).toBe(true)
  })

  it('answers a page of stored rows with the age and description, never the date of birth', () => {
    const db = seedDb(NOW)
    const library = policyLibrary(db)
    const c = Object.values(db.cases)[0]!
    const descriptions = hcpcsDescriptions(library)
    const rows = [storedRow(c)]
    const list = summaries({ rows, nextCursor: null, total: 1, counts: {} } as never, library, NOW)
    expect(list).toEqual({
      nextCursor: null,
      total: 1,
      counts: {},
      items: [caseSummary(c, descriptions, NOW)],
    })
    expect(JSON.stringify(list)).not.toContain('memberDateOfBirth')
    const other = { ...c, input: { ...c.input, serviceCode: '99999' } }
    const none = summaries(
      { rows: [storedRow(other)], nextCursor: null, total: 1, counts: {} } as never,
      library,
      NOW,
    )
    expect(none.items[0]!.serviceDescription).toBe(null)
    const items = summaries(
      { items: [c], nextCursor: null, total: 1, counts: {} } as never,
      library,
      NOW,
    )
    expect(items.items).toEqual([caseSummary(c, descriptions, NOW)])
  })
})
