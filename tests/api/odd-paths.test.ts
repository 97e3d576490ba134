import { expect, it } from 'vitest'
import { call } from './helpers.ts'

// Addresses that break naive decoding or lookups must still get a problem, not a 5xx.
const oddPaths = [
  '/cases/%E0%A4%A',
  '/drafts/%ZZ',
  '/policies/%',
  '/cases/a%2Fb/audit',
  '/cases/__proto__/decision',
  `/drafts/${'a'.repeat(5000)}`,
]

it.each(oddPaths.map((p, i) => [i, p]))(
  'answers odd path #%i with a problem, never a 5xx',
  async (_, path) => {
    const { status, body, headers } = await call(path as string, { as: 'u-rev-1' })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
    expect(body.status).toBe(status)
  },
)

// A NUL can be written in an address (%00) but no id or cursor holds one, and a database
// refuses it in any text it is asked to compare: refused as such, never a 5xx.
const cursorOf = (parts: unknown[]) =>
  btoa(JSON.stringify(parts)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const nulAddresses: [string, string][] = [
  ['GET', '/cases/%00'],
  ['GET', '/cases/a%00b/audit'],
  ['GET', '/cases/%00/letters/x'],
  ['GET', '/cases/x/letters/%00'],
  ['PUT', '/cases/%00/decision-draft'],
  ['POST', '/cases/%00/decision'],
  ['DELETE', '/drafts/%00'],
  ['GET', `/cases?cursor=${cursorOf(['dueAt', '2026-12-01T00:00:00.000Z', 'a\u0000'])}`],
  ['GET', `/cases?cursor=${cursorOf(['dueAt', '\u0000', 'case-1'])}`],
  ['GET', `/cases?cursor=${cursorOf(['dueAt', 'not a time', 'case-1'])}`],
  ['GET', `/cases?cursor=${cursorOf(['dueAt', '2026-02-30T00:00:00Z', 'case-1'])}`],
  ['GET', `/cases?cursor=${cursorOf(['dueAt', '0000-01-01T00:00:00Z', 'case-1'])}`],
  ['GET', `/cases?cursor=${cursorOf(['reference', '\ud800', 'case-1'])}`],
]

it.each(nulAddresses)('answers %s %s with a 4xx problem, never a 5xx', async (method, path) => {
  const { status, body, headers } = await call(path, {
    as: 'u-md-1',
    method,
    ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }),
  })
  expect(status).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(headers.get('Content-Type')).toContain('application/problem+json')
  expect(body.status).toBe(status)
})

// An address the service has, asked with a method it does not take: 405 with Allow.
it.each([
  ['PATCH', '/cases', 'GET, HEAD, POST'],
  ['DELETE', '/cases', 'GET, HEAD, POST'],
  ['PUT', '/cases/some-id/decision', 'POST'],
  ['POST', '/policies', 'GET, HEAD'],
])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
  const { status, body, headers } = await call(path, { as: 'u-md-1', method })
  expect(status).toBe(405)
  expect(headers.get('Allow')).toBe(allow)
  expect(headers.get('Content-Type')).toContain('application/problem+json')
  expect(body.detail).toBe(`This address takes ${allow} only.`)
})

it('answers an address it does not have with a 404, whatever the method', async () => {
  for (const method of ['GET', 'PATCH'])
    expect((await call('/no-such-thing', { as: 'u-md-1', method })).status).toBe(404)
})
