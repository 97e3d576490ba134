import { describe, expect, it } from 'vitest'
import { codeCheckAnswer } from '../../src/api/schemas/code-check.ts'
import { call } from './helpers.ts'

const check = (json: unknown) => call('/code-checks', { as: 'u-rev-1', method: 'POST', json })

describe('POST /code-checks', () => {
  it('accepts M25.561 (the demo case’s code) and flags a code not in the FY2026 set', async () => {
    const res = await check({
      system: 'ICD-10-CM',
      codes: ['m25561', 'M25.569X', 'M54.5', 'not a code'],
      dateOfService: '2026-05-01',
    })
    expect(res.status).toBe(200)
    expect(codeCheckAnswer.safeParse(res.body).success).toBe(true)
    expect(res.body.version).toBe('2026')
    expect(res.body.items).toEqual([
      { input: 'm25561', code: 'M25.561', status: 'valid', description: 'Pain in right knee' },
      { input: 'M25.569X', code: 'M25.569X', status: 'not-in-set', description: null },
      // A category header since FY2022: in the set, but not valid on a claim.
      { input: 'M54.5', code: 'M54.5', status: 'header', description: 'Low back pain' },
      { input: 'not a code', code: null, status: 'not-a-code', description: null },
    ])
  })

  it('counts the fiscal year from October 1: 2026-10-01 needs FY2027, which is not loaded', async () => {
    const res = await check({
      system: 'ICD-10-CM',
      codes: ['M25.561'],
      dateOfService: '2026-10-01',
    })
    expect(res.body).toMatchObject({ version: '2027', set: null })
    expect(res.body.items[0].status).toBe('no-set')
  })

  it('checks HCPCS Level II codes by calendar year', async () => {
    const res = await check({ system: 'HCPCS', codes: ['M0076'], dateOfService: '2026-02-01' })
    expect(res.body.items).toEqual([
      { input: 'M0076', code: 'M0076', status: 'valid', description: 'Prolotherapy' },
    ])
  })

  it('400 for a missing date, a bad system or too many codes; 401 signed out', async () => {
    for (const json of [
      { system: 'ICD-10-CM', codes: ['M25.561'] },
      { system: 'ICD-9', codes: ['M25.561'], dateOfService: '2026-05-01' },
      { system: 'ICD-10-CM', codes: Array(26).fill('M25.561'), dateOfService: '2026-05-01' },
      { system: 'ICD-10-CM', codes: ['M25.561'], dateOfService: '2026-02-30' },
    ])
      expect((await check(json)).status, JSON.stringify(json).slice(0, 60)).toBe(400)
    const anonymous = await call('/code-checks', {
      method: 'POST',
      json: { system: 'HCPCS', codes: ['M0076'], dateOfService: '2026-02-01' },
    })
    expect(anonymous.status).toBe(401)
  })
})
