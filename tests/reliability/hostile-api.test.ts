import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { emptyCaseFields } from '../../src/api/schemas/case-fields.ts'
import { validateCaseInput } from '../../service/cases/case-input.ts'
import { call, postCase, validCase, type Answer } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'

// tests/api/properties.test.ts fuzzes POST /cases bodies and random paths. These add
// the other endpoints a person's input reaches, each with a valid token so the fuzz
// reaches past sign-in into the body, query and header handling.
const numRuns = 100
const xss = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  '<svg onload=alert(1)>',
)
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), xss)
/** Any JSON value, a hostile string, or (as raw text) something that is not JSON at all. */
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  text.map((t) => JSON.stringify(t)),
  fc.string(),
)
/** A header value fetch will send: visible ASCII, which is all HTTP allows unencoded. */
const headerValue = fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))
const headers = fc.dictionary(
  fc.constantFrom('If-Match', 'Idempotency-Key', 'Content-Type', 'Accept', 'X-Anything'),
  headerValue,
)

/** Never a 5xx; a 2xx is JSON (never HTML to render); anything else a problem document. */
function expectContract(a: Answer) {
  expect(a.status).toBeLessThan(500)
  if (a.status < 300) {
    if (a.text) expect(a.headers.get('Content-Type')).toMatch(/^application\/json/)
    return
  }
  expect(a.headers.get('Content-Type')).toContain('application/problem+json')
  expect(a.body).toMatchObject({ status: a.status })
  expect(typeof a.body.type).toBe('string')
  expect(typeof a.body.title).toBe('string')
}

let token = ''
let caseId = ''
beforeAll(async () => {
  token = await signInAs('u-md-1')
  caseId = (await postCase(token)).body.id
})

describe('every endpoint under arbitrary input', () => {
  it('POST /sessions with any body and headers', async () => {
    await fc.assert(
      fc.asyncProperty(body, headers, async (b, h) =>
        expectContract(await call('/sessions', { method: 'POST', body: b, headers: h })),
      ),
      { numRuns },
    )
  })

  it('PUT /drafts/:id with any id, body and headers', async () => {
    const id = fc.oneof(fc.uuid(), fc.webSegment(), text.map(encodeURIComponent))
    const fields = fc.record(
      { memberId: text, serviceCode: text, clinicalNotes: text, diagnosisCodes: fc.array(text) },
      { requiredKeys: [] },
    )
    // Over the blank form, so most bodies are drafts the service keeps and echoes back.
    const draft = fields.map((f) => JSON.stringify({ fields: { ...emptyCaseFields, ...f } }))
    const draftBody = fc.oneof(body, draft)
    await fc.assert(
      fc.asyncProperty(id, draftBody, headers, async (i, b, h) => {
        fc.pre(i !== '' && i !== '.' && i !== '..')
        const headersWithJson = { ...h, 'Content-Type': 'application/json' }
        const put = { token, method: 'PUT', body: b, headers: headersWithJson }
        expectContract(await call(`/drafts/${i}`, put))
      }),
      { numRuns },
    )
  })

  it('POST /cases with hostile text in every field and any headers', async () => {
    const fields = fc.record(
      Object.fromEntries(Object.keys(validCase()).map((k) => [k, fc.option(text)])),
    )
    await fc.assert(
      fc.asyncProperty(fields, headers, async (f, h) => {
        const json = validCase(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null)))
        expectContract(await call('/cases', { token, method: 'POST', json, headers: h }))
      }),
      { numRuns },
    )
  })

  it('POST /cases/:id/decision with any If-Match and any body', async () => {
    const decision = fc.record(
      {
        action: fc.oneof(fc.constantFrom('approve', 'deny', 'pend'), text),
        rationale: text,
        memberReason: text,
        informationNeeded: fc.oneof(text, fc.array(text), fc.jsonValue()),
        criterion: fc.oneof(
          fc.jsonValue(),
          fc.record({ policyId: text, criteriaSetId: text, rowId: text }),
        ),
        writtenBasis: text,
        takeOverReason: text,
        peerToPeerOffered: fc.oneof(fc.boolean(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    const decisionBody = fc.oneof(
      body,
      decision.map((d) => JSON.stringify(d)),
    )
    // Mostly stale or nonsense versions, so the case stays open for the next run.
    const ifMatch = fc.oneof(headerValue, fc.constantFrom('"v0"', '"v999"', 'W/"v1"', '*, "v1"'))
    await fc.assert(
      fc.asyncProperty(decisionBody, ifMatch, async (b, m) => {
        const init = { token, method: 'POST', body: b, headers: { 'If-Match': m } }
        expectContract(await call(`/cases/${caseId}/decision`, init))
      }),
      { numRuns },
    )
  })

  it.each(['/cases', '/codes', '/policies'])('GET %s with any query string', async (path) => {
    const key = fc.oneof(
      fc.constantFrom('q', 'status', 'limit', 'cursor', 'sort', 'overdue', 'assignedToMe'),
      fc.string(),
    )
    const query = fc.array(fc.tuple(key, text), { maxLength: 5 })
    await fc.assert(
      fc.asyncProperty(query, headers, async (q, h) => {
        const qs = new URLSearchParams(q).toString()
        expectContract(await call(`${path}?${qs}`, { token, headers: h }))
      }),
      { numRuns },
    )
  })
})

describe('the 4,000-character limit counts characters a person sees as one', () => {
  // Code points, in the form's count and in the service's rule alike: an emoji is one
  // character, not the two UTF-16 units JavaScript's .length would count.
  const received = () => new Date(Date.now() - 60_000).toISOString()
  it.each([
    ['4,000 emoji pass', '😀'.repeat(4000), true],
    ['4,001 emoji fail', '😀'.repeat(4001), false],
    ['4,000 Hebrew letters pass', 'ש'.repeat(4000), true],
  ])('%s', (_, clinicalNotes, ok) => {
    const result = validateCaseInput(
      validCase({ clinicalNotes, requestReceivedAt: received() }),
      new Date(),
    )
    expect(result.ok).toBe(ok)
  })
})
