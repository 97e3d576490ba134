// Response headers for `vite preview` and, as documented in the README, for any
// production server. The dev server is exempt: its HMR client needs inline script.
export function securityHeaders({ apiBase, mocking }: { apiBase: string; mocking: boolean }) {
  const apiOrigin = /^https?:\/\//.test(apiBase) ? new URL(apiBase).origin : ''
  const csp = [
    "default-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    `worker-src ${mocking ? "'self'" : "'none'"}`,
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
