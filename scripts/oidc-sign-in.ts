/**
 * Signs in on the real service as a browser would, without one: the service's
 * /api/auth/login, the embedded identity provider's login form with the account's
 * password, the redirects back to /api/auth/callback. Answers the session the service
 * set (its HttpOnly cookie's value, which also works as a Bearer token for API tests).
 */
export async function oidcSignIn(
  base: string,
  username: string,
  password = `demo-${username}`,
): Promise<{ token: string; jar: Map<string, string>; landedOn: string }> {
  const jar = new Map<string, string>()
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? ''
      const at = pair.indexOf('=')
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)]
      if (!value || /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line))
        jar.delete(name)
      else jar.set(name, value)
    }
    return res
  }
  const follow = async (res: Response, url: string) => {
    let at = url
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 10; hops++) {
      at = new URL(res.headers.get('Location') ?? '/', at).href
      if (!new URL(at).pathname.match(/^\/(oidc|api\/auth)\//)) return { res, at }
      res = await send(at)
    }
    return { res, at }
  }
  const start = `${base}/api/auth/login?return=/`
  let { res, at } = await follow(await send(start), start)
  if (res.status !== 200) throw new Error(`No login form: ${res.status} at ${at}`)
  const action = /action="([^"]+)"/.exec(await res.text())?.[1]
  if (!action) throw new Error('The login page has no form')
  const post = new URL(
    action.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))),
    at,
  ).href
  ;({ res, at } = await follow(
    await send(post, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }),
    }),
    post,
  ))
  const token = jar.get('crd_session')
  if (!token) throw new Error(`Not signed in: ${res.status} at ${at}`)
  return { token, jar, landedOn: new URL(at).pathname }
}
