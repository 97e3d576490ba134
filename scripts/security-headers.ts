// Response headers for `vite preview` and, as documented in docs/reliability-and-security.md, for any
// production server. The dev server is exempt: its HMR client needs inline script.
export function securityHeaders({ apiBase }: { apiBase: string }) {
  const apiOrigin = /^https?:\/\//.test(apiBase) ? new URL(apiBase).origin : ''
  const csp = [
    "default-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    // No workers: the in-page mock answers fetch in the page (mocks/browser.ts).
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  }
}
