import { describe, expect, it } from 'vitest'
import { nextCaseReference } from '../../service/cases/case-reference.ts'
import { emptyDb } from '../../service/store.ts'
import { signInAs } from '../support/sign-in.ts'
import { call, postCase } from './helpers.ts'

describe('case references', () => {
  it('count up within the plan-time year and start again at 1 in the next', () => {
    const db = emptyDb()
    const at = (iso: string) => nextCaseReference(db, new Date(iso))
    expect(at('2026-03-01T12:00:00Z')).toBe('UM-2026-000001')
    expect(at('2026-06-01T12:00:00Z')).toBe('UM-2026-000002')
    // 2027-01-01 04:00 UTC is still 31 December 2026 in Seattle.
    expect(at('2027-01-01T04:00:00Z')).toBe('UM-2026-000003')
    expect(at('2027-01-01T09:00:00Z')).toBe('UM-2027-000001')
    expect(at('2026-12-31T12:00:00Z')).toBe('UM-2026-000004')
  })

  it('are given by the service to each new case and listed on the worklist', async () => {
    const token = await signInAs('u-rev-1')
    const first = await postCase(token)
    const second = await postCase(token)
    expect(first.body.reference).toMatch(/^UM-\d{4}-\d{6}$/)
    const n = (ref: string) => Number(ref.slice(-6))
    expect(n(second.body.reference)).toBe(n(first.body.reference) + 1)
    const list = await call('/cases?limit=500', { token })
    const refs = list.body.items.map((c: { reference: string }) => c.reference)
    expect(refs).toContain(first.body.reference)
    expect(new Set(refs).size).toBe(refs.length)
  })
})
