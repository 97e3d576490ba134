import { describe, expect, it } from 'vitest'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { emptyCaseFields } from '../../src/api/schemas/case-fields.ts'
import { current } from './current.ts'

// Sign-in on the real service: OpenID Connect through the embedded identity provider
// (server/auth/), a session cookie no script can read, CSRF checked on every change.
const base = () => current.server!.url
const withCookie = (token: string, extra: Record<string, string> = {}) => ({
  headers: { Cookie: `crd_session=${token}`, ...extra },
})

async function loginForm() {
  let url = `${base()}/api/auth/login?return=/`
  const cookies: string[] = []
  for (let hops = 0; hops < 6; hops++) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: cookies.length ? { Cookie: cookies.join('; ') } : {},
    })
    for (const line of res.headers.getSetCookie()) cookies.push(line.split(';')[0]!)
    if (res.status === 200) return { html: await res.text(), url, cookies }
    url = new URL(res.headers.get('Location')!, url).href
  }
  throw new Error('no login form')
}

describe('signing in on the criteria service', () => {
  it('signs a person in through the identity provider; the session is an HttpOnly, SameSite cookie', async () => {
    const res = await fetch(`${base()}/api/auth/login?return=/cases/new`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    const to = new URL(res.headers.get('Location')!)
    expect(to.pathname).toBe('/oidc/auth')
    expect(to.searchParams.get('code_challenge_method')).toBe('S256')
    expect(to.searchParams.get('state')).toBeTruthy()
    expect(to.searchParams.get('nonce')).toBeTruthy()
    const { token, landedOn } = await oidcSignIn(base(), 'u-md-1')
    expect(landedOn).toBe('/')
    const me = await fetch(`${base()}/api/me`, withCookie(token))
    expect(await me.json()).toMatchObject({ id: 'u-md-1', role: 'medical-director' })
  })

  it('sets the cookie HttpOnly, SameSite=Lax, for the whole site, and never in a URL', async () => {
    const form = await loginForm()
    const action = /action="([^"]+)"/.exec(form.html)![1]!
    let res = await fetch(new URL(action, form.url), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: form.cookies.join('; '),
      },
      body: new URLSearchParams({ username: 'u-rev-1', password: 'demo-u-rev-1' }),
    })
    const jar = [...form.cookies]
    let session = ''
    for (let hops = 0; hops < 6 && res.status >= 300 && res.status < 400; hops++) {
      const location = res.headers.get('Location')!
      expect(location).not.toMatch(/crd_session/)
      for (const line of res.headers.getSetCookie()) {
        jar.push(line.split(';')[0]!)
        if (line.startsWith('crd_session=')) session = line
      }
      if (!/^\/(oidc|api\/auth)\/|\/(oidc|api\/auth)\//.test(location)) break
      res = await fetch(new URL(location, form.url), {
        redirect: 'manual',
        headers: { Cookie: jar.join('; ') },
      })
    }
    expect(session).toMatch(
      /^crd_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/,
    )
  })

  it('says a wrong password without telling whether the account exists, and makes no session', async () => {
    for (const [username, password] of [
      ['u-md-1', 'wrong'],
      ['nobody-here', 'demo-nobody-here'],
    ]) {
      const form = await loginForm()
      const action = /action="([^"]+)"/.exec(form.html)![1]!
      const res = await fetch(new URL(action, form.url), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Cookie: form.cookies.join('; '),
        },
        body: new URLSearchParams({ username: username!, password: password! }),
      })
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toContain('The user name or the password is wrong.')
      expect(html).toMatch(/<label for="username">User name<\/label>/)
      expect(html).toMatch(/<label for="password">Password<\/label>/)
      expect(res.headers.getSetCookie().some((c) => c.startsWith('crd_session='))).toBe(false)
    }
  })

  it('has no "sign in as": the demo sign-in and its user list are not there', async () => {
    const post = await fetch(`${base()}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-md-1' }),
    })
    expect(post.status).toBe(404)
    expect((await fetch(`${base()}/api/demo-users`)).status).toBe(404)
  })

  it('refuses a change signed in by the cookie alone without the CSRF header (403)', async () => {
    const { token } = await oidcSignIn(base(), 'u-rev-1')
    const put = (extra: Record<string, string>) =>
      fetch(`${base()}/api/drafts/draft-csrf-01`, {
        method: 'PUT',
        ...withCookie(token, { 'Content-Type': 'application/json', ...extra }),
        body: JSON.stringify({ fields: emptyCaseFields }),
      })
    expect((await put({})).status).toBe(403)
    expect((await fetch(`${base()}/api/drafts/draft-csrf-01`, withCookie(token))).status).toBe(404)
    expect((await put({ 'X-Requested-By': 'criteria-review-dashboard' })).status).toBe(201)
  })

  it('answers a forged session, a callback without its login and a tampered login with nothing', async () => {
    expect((await fetch(`${base()}/api/me`, withCookie('forged-session-value'))).status).toBe(401)
    const bare = await fetch(`${base()}/api/auth/callback?code=x&state=y`, { redirect: 'manual' })
    expect(bare.headers.get('Location')).toBe('/sign-in?problem=expired')
    const tampered = await fetch(`${base()}/api/auth/callback?code=x&state=y`, {
      redirect: 'manual',
      headers: { Cookie: 'crd_login=eyJzdGF0ZSI6InkifQ.bad-mac' },
    })
    expect(tampered.headers.get('Location')).toBe('/sign-in?problem=expired')
  })

  it('returns only to a path of this app', async () => {
    const res = await fetch(`${base()}/api/auth/login?return=//evil.example/x`, {
      redirect: 'manual',
    })
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('crd_login='))!
    const payload = cookie.split('=')[1]!.split('.')[0]!
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).returnTo).toBe('/')
  })

  it('gives the role the groups claim names: a reviewer is refused a director page', async () => {
    const { token } = await oidcSignIn(base(), 'u-rev-2')
    expect((await fetch(`${base()}/api/metrics`, withCookie(token))).status).toBe(403)
  })

  it('ends a session idle for 30 minutes', async () => {
    const { token } = await oidcSignIn(base(), 'u-md-2')
    await current
      .server!.db.updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('token', '=', token)
      .execute()
    expect((await fetch(`${base()}/api/me`, withCookie(token))).status).toBe(401)
  })

  it('signs out in the service and clears the cookie, then points to the provider to end its session', async () => {
    const { token } = await oidcSignIn(base(), 'u-md-1')
    const out = await fetch(`${base()}/api/auth/logout`, {
      method: 'POST',
      ...withCookie(token, { 'X-Requested-By': 'criteria-review-dashboard' }),
    })
    expect(out.status).toBe(200)
    expect(out.headers.getSetCookie()).toContain(
      'crd_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
    )
    const { signOutUrl } = (await out.json()) as { signOutUrl: string }
    expect(new URL(signOutUrl).pathname).toBe('/oidc/session/end')
    expect((await fetch(`${base()}/api/me`, withCookie(token))).status).toBe(401)
  })
})
