import { describe, expect, it } from 'vitest'
import { securityHeaders } from '../../scripts/security-headers.ts'

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `))

describe('securityHeaders', () => {
  it('lets the page call an API on another origin named by an absolute base URL', () => {
    const { 'Content-Security-Policy': csp } = securityHeaders({
      apiBase: 'https://criteria.example.org/api/v1',
    })
    // The origin only: a CSP source with a path would match that path alone.
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self' https://criteria.example.org")
  })

  it('keeps connect-src to the page origin for a relative base URL', () => {
    const { 'Content-Security-Policy': csp } = securityHeaders({ apiBase: '/api' })
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'")
  })

  it('allows no worker: the mock service answers in the page', () => {
    const { 'Content-Security-Policy': csp } = securityHeaders({ apiBase: '/api' })
    expect(directive(csp, 'worker-src')).toBe("worker-src 'none'")
  })

  it('carries the directives only a header can and no inline script', () => {
    const headers = securityHeaders({ apiBase: '/api' })
    const csp = headers['Content-Security-Policy']
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive(csp, 'script-src')).toBe("script-src 'self'")
    expect(directive(csp, 'default-src')).toBe("default-src 'self'")
    expect(directive(csp, 'object-src')).toBe("object-src 'none'")
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'")
    expect(headers['Referrer-Policy']).toBe('no-referrer')
  })
})
