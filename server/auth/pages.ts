import { demoAccounts } from './demo-accounts.ts'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;min-height:44px}
button{font:inherit;min-height:44px;padding:.5rem 1rem;margin-top:1rem}.error{border-left:4px solid #b50909;padding-left:.75rem;color:#b50909}
table{border-collapse:collapse;margin-top:.5rem}th,td{text-align:left;padding:.25rem .75rem .25rem 0}`

/** A page of the embedded identity provider (or of another `site`): no script, its style inline. */
export function page(title: string, body: string, site = 'demo identity provider'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}: ${escapeHtml(site)}</title>
<style>${style}</style></head><body><main>${body}</main></body></html>`
}

/** What a 503 says: nothing the person did, and it may work in a moment. */
export const UNAVAILABLE = 'The service cannot reach its database. Try again shortly.'

/** A sign-in step that needed the database while it was out of reach (answered 503). */
export function unavailablePage(site?: string, words = UNAVAILABLE): string {
  return page(
    'Sign-in unavailable',
    `<p>${escapeHtml(words)} <a href="/sign-in">Start again</a>.</p>`,
    site,
  )
}

/** The login form; `error` names the problem without saying whether the account exists. */
export function loginPage(uid: string, error: string | null, username: string): string {
  const rows = demoAccounts
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.label)}</td><td><code>${escapeHtml(a.username)}</code></td><td><code>${escapeHtml(a.password)}</code></td></tr>`,
    )
    .join('')
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p>Criteria Review Dashboard: the demo identity provider that <code>npm run serve</code> starts.</p>
${error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/login" novalidate>
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(username)}"${error ? ' aria-describedby="form-error"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<h2>Demo accounts</h2>
<p>Synthetic people for the demo; their passwords are public on purpose.</p>
<table><thead><tr><th scope="col">Who</th><th scope="col">User name</th><th scope="col">Password</th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}
