/**
 * Stands in for `tldts` in the browser build of the mock service (vite.config.ts).
 * msw's cookie store (tough-cookie) asks it only for a cookie domain's registrable
 * domain; the real package carries the whole public suffix list, about 250 KB of
 * JavaScript that a new visitor's browser had to evaluate in one long task after the
 * first paint. The mock's API uses no cookies (a bearer token), so a simple answer will
 * do: an IP address or a one-label host is its own domain, else the last two labels.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase()
  if (!host) return null
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host
  const labels = host.split('.')
  return labels.slice(-2).join('.')
}
