/**
 * Where sign-in may send a person back to: a path of this app, on this origin. The
 * address comes from history state, which a crafted link fills ('//evil.example/x' is
 * another origin to a browser, and '/\evil.example' too), so anything that is not
 * plainly a same-origin path, or that points back at sign-in, becomes '/'.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/'
  // One leading slash, then no second slash or backslash: never a scheme-relative URL.
  if (!/^\/(?![/\\])/.test(value)) return '/'
  // Backslashes, controls and whitespace are read as slashes or dropped by URL parsers.
  if (/[\\\s\p{Cc}]/u.test(value)) return '/'
  const base = 'https://app.invalid'
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return '/'
  }
  if (url.origin !== base) return '/'
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}

/** What sign-in is handed by the page that sent a signed-out visitor to it. */
export type ReturnState = { from?: unknown; fromUser?: unknown }

/**
 * Where sign-in sends `userId`: back to the address a session ended on only for the
 * person whose session it was. Someone else signing in at the same screen (a director
 * after a nurse) starts at the worklist, not on another person's draft or case. An
 * address nobody was signed in on (a link opened while signed out) is the visitor's own.
 */
export function returnPathFor(state: unknown, userId: string | null | undefined): string {
  const { from, fromUser } = (
    typeof state === 'object' && state !== null ? state : {}
  ) as ReturnState
  if (typeof fromUser === 'string' && fromUser !== userId) return '/'
  return safeReturnPath(from)
}
