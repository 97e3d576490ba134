import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { exportJWK, generateKeyPair } from 'jose'
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import type { Kysely } from 'kysely'
import type { User } from '../../src/api/schemas/user.ts'
import type { Tables } from '../db/schema.ts'
import { isUnavailable, noteDatabaseError, watchRequest } from '../db/health.ts'
import { loginPage, page, UNAVAILABLE, unavailablePage } from './pages.ts'
import { checkPassword, NO_ACCOUNT } from './passwords.ts'
import { readFormBody } from './form-body.ts'
import { memoryAdapter } from './idp-store.ts'
import { slowDownAfterFailures } from './slow-down.ts'

/** Where the embedded provider answers, under the service's own origin. */
export const IDP_PATH = '/oidc'
/** The groups claim values the service maps to its roles (server/auth/rp.ts). */
export const GROUPS = {
  'medical-director': 'medical-directors',
  'utilization-reviewer': 'utilization-reviewers',
} as const

export type IdpReports = {
  /** A refused password, with how many in a row for that name (never the name). */
  refused: (inARow: number) => void
  /** A sign-in step that found the database out of reach (answered 503). */
  unavailable: (error: unknown) => void
}

export type EmbeddedIdp = {
  issuer: string
  clientId: string
  clientSecret: string
  /** Answers every request under IDP_PATH (Node request and response). */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>
}

/**
 * The identity provider `npm run serve` starts when no OIDC_ISSUER is set: OpenID Connect
 * (oidc-provider) in this process, holding the demo accounts of the users table with
 * their password hashes, so a fresh clone signs in through the same authorization code
 * flow with PKCE a plan's identity provider would run. Its sessions and keys live in
 * memory: a restart signs everyone out of it (the service's own sessions stay).
 */
export async function embeddedIdp(
  origin: string,
  db: Kysely<Tables>,
  report: IdpReports,
): Promise<EmbeddedIdp> {
  const issuer = `${origin}${IDP_PATH}`
  const clientId = 'criteria-review-dashboard'
  const clientSecret = randomBytes(32).toString('base64url')
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const signing = { ...(await exportJWK(privateKey)), kid: 'embedded-1', alg: 'RS256', use: 'sig' }

  // Noted as the store notes its errors: a database out of reach is a 503, never "expired".
  const account = async (id: string) =>
    db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
      .catch((error: unknown) => {
        noteDatabaseError(error)
        throw error
      })

  const configuration: Configuration = {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        client_name: 'Criteria Review Dashboard',
        redirect_uris: [`${origin}/api/auth/callback`],
        post_logout_redirect_uris: [`${origin}/sign-in`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signing] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'groups', 'credentials', 'specialty'] },
    // The service reads who signed in from the ID token alone (no userinfo call).
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const row = await account(sub)
      if (!row) return undefined
      const user = row.body as User
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: user.name,
          groups: [GROUPS[user.role]],
          credentials: user.credentials,
          specialty: user.specialty,
        }),
      }
    },
    interactions: { url: (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}` },
    // The dashboard is this provider's own client: signing in grants it what it asked.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc
      if (!client || !session?.accountId) return undefined
      const existing = session.grantIdFor(client.clientId)
      if (existing) return ctx.oidc.provider.Grant.find(existing)
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      })
      grant.addOIDCScope('openid profile')
      await grant.save()
      return grant
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page(
            'Sign out',
            `<h1>Sign out of the demo identity provider?</h1>
             <p>You have signed out of the Criteria Review Dashboard. Sign out here too, so the
             next person at this computer must enter a password.</p>
             ${form}
             <p><button type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>
             <button type="submit" form="op.logoutForm">Stay signed in here</button></p>`,
          )
        },
      },
    },
    ttl: {
      Session: 8 * 3600,
      Interaction: 600,
      Grant: 8 * 3600,
      IdToken: 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
    },
    async renderError(ctx, out) {
      ctx.type = 'html'
      ctx.body = page(
        'Sign-in problem',
        `<h1>Sign-in could not go on</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>
         <p><a href="/sign-in">Start again</a></p>`,
      )
    },
  }
  const provider = new Provider(issuer, configuration)
  // The provider makes any throw a server_error: its error page, or a redirect telling the
  // client the sign-in failed. A database out of reach (findAccount) is a 503 saying so.
  provider.use(async (ctx, next) => {
    const { failed, cause } = await watchRequest(next)
    if (!failed) return
    report.unavailable(cause)
    ctx.remove('Location')
    ctx.status = 503
    ctx.set({ 'Retry-After': '5', 'Cache-Control': 'no-store' })
    if (ctx.accepts('json', 'html') === 'html') {
      ctx.set('Content-Security-Policy', PAGE_CSP)
      ctx.type = 'html'
      ctx.body = unavailablePage()
    } else ctx.body = { error: 'temporarily_unavailable', error_description: UNAVAILABLE }
  })
  const callback = provider.callback()

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    login: boolean,
  ) {
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid)
      return send(
        res,
        400,
        page(
          'Sign-in problem',
          '<p>This sign-in has expired. <a href="/sign-in">Start again</a>.</p>',
        ),
      )
    if (!login) return send(res, 200, loginPage(uid, null, ''))
    const form = await readFormBody(req)
    const username = (form.get('username') ?? '').trim()
    const password = form.get('password') ?? ''
    const row = username ? await account(username) : undefined
    // One answer and about the same time whether or not the account exists.
    const ok = await checkPassword(password, row?.password_hash ?? (await NO_ACCOUNT))
    if (!row?.password_hash || !ok) {
      report.refused(await slowDown(username))
      return send(res, 200, loginPage(uid, 'The user name or the password is wrong.', username))
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: row.id } },
      { mergeWithLastSubmission: false },
    )
  }

  return {
    issuer,
    clientId,
    clientSecret,
    async handle(req, res) {
      const path = new URL(req.url ?? '/', origin).pathname
      const m = /^\/oidc\/interaction\/([\w-]+)(\/login)?$/.exec(path)
      try {
        if (m) {
          const login = !!m[2]
          if (login !== (req.method === 'POST'))
            return send(res, 405, page('Not allowed', '<p>Use the sign-in form.</p>'))
          return await interaction(req, res, m[1]!, login)
        }
        // The provider's own routes, relative to where it is mounted (as Express mounts it).
        const original = req.url ?? '/'
        ;(req as IncomingMessage & { originalUrl?: string }).originalUrl = original
        req.url = original.slice(IDP_PATH.length) || '/'
        await callback(req, res)
      } catch (error) {
        if (res.headersSent) return
        if (isUnavailable(error)) {
          report.unavailable(error)
          return send(res, 503, unavailablePage(), { 'Retry-After': '5' })
        }
        send(
          res,
          400,
          page(
            'Sign-in problem',
            '<p>This sign-in has expired or is not valid. <a href="/sign-in">Start again</a>.</p>',
          ),
        )
      }
    },
  }
}

/** Repeated wrong passwords for one name wait longer each time; a right one never. */
const slowDown = slowDownAfterFailures()

const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"

function send(res: ServerResponse, status: number, html: string, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    ...extra,
  })
  res.end(html)
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
