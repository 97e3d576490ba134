// The session token is the only thing the app keeps in browser storage; member
// data never goes there.
const KEY = 'crd.session-token'

export function readSessionToken(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function writeSessionToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token)
    else sessionStorage.removeItem(KEY)
  } catch {
    // Storage can be disabled; the session then lasts as long as the page.
  }
}
