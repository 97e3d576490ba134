import { describe, expect, it } from 'vitest'
import { caseStatus } from '../../src/api/schemas/case.ts'
import { decodeCursor, encodeCursor, parseListQuery } from '../../service/cases/list-query.ts'

const parse = (query: string) => parseListQuery(new URLSearchParams(query))

describe('GET /cases query parameters', () => {
  it('defaults to the soonest due first, 50 at a time, nothing filtered', () => {
    expect(parse('')).toEqual({
      ok: true,
      query: {
        status: undefined,
        lineOfBusiness: undefined,
        urgency: undefined,
        overdue: undefined,
        assignedToMe: undefined,
        reference: undefined,
        decidedYear: undefined,
        initialDecision: undefined,
        onTime: undefined,
        sort: 'dueAt',
        cursor: undefined,
        limit: 50,
      },
    })
    expect(parse('sort=&limit=&reference=&cursor=&overdue=&decidedYear=')).toEqual(parse(''))
  })

  it('reads every filter it knows', () => {
    const q = parse(
      'status=denied&status=approved&lineOfBusiness=medicare-advantage&urgency=expedited' +
        '&overdue=true&assignedToMe=false&onTime=true&reference=UM-2026-000042' +
        '&decidedYear=2026&initialDecision=deny&sort=-receivedAt&cursor=abc&limit=500',
    )
    expect(q).toEqual({
      ok: true,
      query: {
        status: ['denied', 'approved'],
        lineOfBusiness: ['medicare-advantage'],
        urgency: ['expedited'],
        overdue: true,
        assignedToMe: false,
        onTime: true,
        reference: 'UM-2026-000042',
        decidedYear: 2026,
        initialDecision: 'deny',
        sort: '-receivedAt',
        cursor: 'abc',
        limit: 500,
      },
    })
    expect(parse('limit=1')).toMatchObject({ ok: true, query: { limit: 1 } })
  })

  it('refuses each value it does not know, in words naming the choices', () => {
    expect(
      parse(
        'status=denied&status=lost&lineOfBusiness=x&urgency=x&initialDecision=pend&overdue=yes' +
          '&assignedToMe=1&onTime=no&decidedYear=26&sort=name&reference=KPWA00012345&limit=501',
      ),
    ).toEqual({
      ok: false,
      errors: {
        status: [`status must be one of: ${caseStatus.options.join(', ')}`],
        lineOfBusiness: [
          'lineOfBusiness must be one of: medicare-advantage, commercial-group, individual-family',
        ],
        urgency: ['urgency must be one of: standard, expedited'],
        initialDecision: ['initialDecision must be one of: approve, deny'],
        overdue: ['overdue must be true or false'],
        assignedToMe: ['assignedToMe must be true or false'],
        onTime: ['onTime must be true or false'],
        decidedYear: ['decidedYear must be a four-digit year'],
        sort: ['sort must be one of: dueAt, -dueAt, receivedAt, -receivedAt'],
        reference: ['reference must be a case reference like UM-2026-000042'],
        limit: ['limit must be a whole number from 1 to 500'],
      },
    })
  })

  it('a limit is a whole number from 1 to 500 and nothing else', () => {
    for (const limit of ['0', '-1', '1.5', '12345', 'ten', ' 5', '5 '])
      expect(parse(`limit=${encodeURIComponent(limit)}`)).toMatchObject({ ok: false })
    for (const year of ['20260', 'x2026', '2026x'])
      expect(parse(`decidedYear=${year}`)).toMatchObject({ ok: false })
  })
})

describe('the paging cursor', () => {
  it('round-trips, and is base64url with no padding', () => {
    // These bytes give "+", "/" and "=" in plain base64.
    const cursor = { sort: '-dueAt' as const, value: '2026-11-27T18:00:00.000Z', id: '~~~?>>' }
    const text = encodeCursor(cursor)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(text).toContain('_')
    expect(text).toContain('-')
    expect(decodeCursor(text)).toEqual(cursor)
  })

  it('anything not a cursor it wrote is no cursor', () => {
    const b64 = (v: unknown) => btoa(JSON.stringify(v))
    const at = '2026-11-27T18:00:00.000Z'
    expect(decodeCursor(b64(['dueAt', at, 'id']))).toEqual({ sort: 'dueAt', value: at, id: 'id' })
    for (const text of [
      'not base64!',
      b64({ sort: 'dueAt' }),
      // Each wrong in one way only: the instant and the id are ones a cursor may hold.
      b64(['dueAt', at]),
      b64(['dueAt', at, 'id', 'more']),
      b64(['name', at, 'id']),
      b64(['dueAt', 1, 'id']),
      b64(['dueAt', [at], 'id']),
      b64(['dueAt', at, 2]),
      // Its value is not an instant, or its id holds what no database compares.
      b64(['receivedAt', 'v', 'id']),
      b64(['dueAt', '', 'id']),
      b64(['dueAt', 'x2026-11-27T18:00:00.000Z', 'id']),
      b64(['dueAt', '2026-11-27T18:00:00.000Zx', 'id']),
      b64(['dueAt', '2026-11-27T18:00:00.000', 'id']),
      b64(['dueAt', '2026-13-45T18:00:00.000Z', 'id']),
      b64(['dueAt', '2026-02-30T00:00:00Z', 'id']),
      b64(['dueAt', '0000-01-01T00:00:00Z', 'id']),
      b64(['dueAt', '2026-11-27T18:00:00.000Z', 'a\u0000b']),
      b64(['dueAt', '2026-11-27T18:00:00.000Z', '\ud800']),
    ])
      expect(decodeCursor(text)).toBeNull()
    for (const value of [
      '2026-11-27T18:00:00.000Z',
      '2026-11-27T18:00:00Z',
      '2026-11-27T18:00:00.123456+00:00',
      '2026-11-27T10:00:00-08:00',
    ])
      expect(decodeCursor(b64(['receivedAt', value, 'case-1']))).toEqual({
        sort: 'receivedAt',
        value,
        id: 'case-1',
      })
  })
})
