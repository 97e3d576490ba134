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
