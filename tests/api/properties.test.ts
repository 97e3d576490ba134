import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../support/sign-in.ts'
import { call, freshKey, validCase } from './helpers.ts'

// Each field is a valid value, a plausible mistake, or any JSON at all.
const valid = validCase()
const fieldValue = (name: string) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(valid[name]) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'M0076',
        '2026-02-30',
        'commercial-group',
        'x'.repeat(5000),
      ),
    },
    { weight: 1, arbitrary: fc.anything() },
  )
const fields = Object.fromEntries(Object.keys(valid).map((k) => [k, fieldValue(k)]))
const caseBody = fc.oneof(
  { weight: 4, arbitrary: fc.record(fields) },
  { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.json().map((text) => JSON.parse(text) as unknown) },
)

const isProblem = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { type?: unknown }).type === 'string' &&
  typeof (body as { title?: unknown }).title === 'string' &&
  typeof (body as { status?: unknown }).status === 'number'

describe('the mock service under any input', () => {
  it('answers any POST /cases body with 201 or a 400 problem with field errors, never a 500', async () => {
    const token = await signInAs('u-rev-1')
    let created = 0
    await fc.assert(
      fc.asyncProperty(caseBody, async (body) => {
        const answer = await call('/cases', {
          token,
          method: 'POST',
          headers: { 'Idempotency-Key': freshKey(), 'Content-Type': 'application/json' },
          body: JSON.stringify(body) ?? '',
        })
        if (answer.status === 201) return void (created += 1)
        expect(answer.status).toBe(400)
        expect(isProblem(answer.body)).toBe(true)
        expect(Object.keys(answer.body.errors ?? {}).length).toBeGreaterThan(0)
      }),
      { numRuns: 200 },
    )
    // The mix must reach the success path too, or it proves little.
    expect(created).toBeGreaterThan(5)
  })

  it('answers any path, method and headers under the base URL without a 5xx, with problem documents', async () => {
    const token = await signInAs('u-md-1')
    const segment = fc.oneof(
      fc.constantFrom(
        'cases',
        'drafts',
        'policies',
        'codes',
        'audit',
        'decision',
        'me',
        'sessions',
        'current',
        'prolotherapy-sclerotherapy',
        '__proto__',
        'constructor',
        '%00',
        '%E0%A4%A',
      ),
      // '.' and '..' would leave the base URL, which is not the API's to answer.
      fc.webSegment().filter((s) => s !== '.' && s !== '..' && !/^(%2e|\.){1,2}$/i.test(s)),
    )
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      segments: fc.array(segment, { minLength: 0, maxLength: 4 }),
      query: fc.array(
        fc.tuple(fc.constantFrom('q', 'status', 'limit', 'cursor', 'sort', 'overdue'), fc.string()),
        { maxLength: 3 },
      ),
      auth: fc.constantFrom('valid', 'none', 'bogus'),
      ifMatch: fc.option(fc.constantFrom('"v1"', '*', 'garbage', '')),
      key: fc.option(fc.string({ minLength: 0, maxLength: 20 })),
      body: fc.option(fc.oneof(fc.anything(), fc.string())),
    })
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const path = `/${r.segments.join('/')}`
        fc.pre(!path.startsWith('/__mock'))
        const headers: Record<string, string> = {}
        if (r.auth !== 'none')
          headers.Authorization = `Bearer ${r.auth === 'valid' ? token : 'bogus'}`
        if (r.ifMatch !== null) headers['If-Match'] = r.ifMatch
        if (r.key !== null) headers['Idempotency-Key'] = r.key.replace(/[^\x20-\x7e]/g, '')
        const qs = new URLSearchParams(r.query).toString()
        const body =
          r.body === null || r.method === 'GET' ? undefined : (JSON.stringify(r.body) ?? 'x')
        const answer = await call(`${path}${qs ? `?${qs}` : ''}`, {
          method: r.method,
          headers,
          body,
        })
        expect(answer.status).toBeLessThan(500)
        if (answer.status >= 400) {
          expect(answer.headers.get('Content-Type')).toContain('application/problem+json')
          expect(isProblem(answer.body)).toBe(true)
          expect(answer.body.status).toBe(answer.status)
        }
      }),
      { numRuns: 200 },
    )
  })
})
