import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer, type RequestListener, type Server } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { configureDb, emptyDb, purgeStale, readDb } from '../service/store.ts'
import { purgeExpired } from '../service/retention.ts'
import { seedDb } from '../service/seed.ts'
import type { Kysely } from 'kysely'
import { createApp, hostName } from './app.ts'
import {
  describeError,
  logEvent,
  logRequest,
  requestIdFrom,
  stdoutSink,
  withRequestId,
} from './log.ts'
import type { Tables } from './db/schema.ts'
import { openDatabase, type OnQuery, type Where } from './db/open.ts'
import { seedDemoPasswords, seedUsers } from './db/users.ts'
import { embeddedIdp, GROUPS, type EmbeddedIdp } from './auth/embedded-idp.ts'
import { logSignInUnavailable, type OidcSettings } from './auth/rp.ts'
import { oidcFromEnv } from './auth/settings.ts'
import { clientsFromEnv } from './auth/clients.ts'
import { configureService } from '../service/config.ts'
import { sqlStore } from './db/sql-store.ts'
import { endStreams } from '../service/live/changes.ts'
import { setNativeSha256 } from '../service/letters/sha256.ts'

const PURGE_EVERY_MS = 10 * 60_000

export type StartOptions = {
  port: number
  host: string
  where: Where
  /** The built app (mocking off); null serves the API alone (the contract tests). */
  appDir: string | null
  /**
   * Host names the service answers (ALLOWED_HOSTS, comma-separated); by default the bound
   * address and the loopback names. Empty (`''`) answers any: the contract tests only.
   */
  allowedHosts?: string
  /** A new database gets the demo cases (default) or none. */
  demoCases: boolean
  log?: boolean
  /** Tests: sees the text of every statement the service sends its database. */
  onQuery?: OnQuery
  /**
   * The address people reach the service at (PUBLIC_URL): the sign-in redirects name it.
   * By default http://<host>:<port>, with 127.0.0.1 for an all-interfaces bind.
   */
  publicUrl?: string
}

export type Started = {
  url: string
  close: () => Promise<void>
  /** The database, for tests that look under the API or stop it. */
  db: Kysely<Tables>
}

/**
 * Opens and migrates the database, seeds it when new, and only then listens: a database
 * that cannot be opened or migrated throws before any port is taken.
 */
export async function start(o: StartOptions): Promise<Started> {
  const appDir = o.appDir === null ? null : resolve(o.appDir)
  if (appDir && !existsSync(resolve(appDir, 'index.html')))
    throw new Error(`No built app in ${appDir}: run \`npm run build:no-mock\` first.`)
  // Client systems (OAUTH_CLIENTS_FILE; the demo client with the embedded provider only):
  // a file that is not valid stops the start before the database is opened.
  const clients = clientsFromEnv(!oidcFromEnv())
  const { db, describe } = await openDatabase(o.where, o.onQuery)
  try {
    await seedUsers(db)
    // PGlite (one session) keeps the worklist's statements prepared; a Postgres pool does not.
    configureDb({
      store: sqlStore(db, { prepare: 'dataDir' in o.where }),
      seed: () => (o.demoCases ? seedDb() : emptyDb()),
    })
    await readDb({}) // seeds a new database
  } catch (error) {
    await db.destroy().catch(() => {})
    throw error
  }
  const log = o.log === false ? null : stdoutSink
  // People sign in through OpenID Connect: the plan's provider (OIDC_ISSUER), or one
  // started here holding the demo accounts. No "sign in as" on this service.
  configureService({ demoSignIn: false })
  // Letters are hashed with Node's SHA-256, not the page's JavaScript one: the same digest.
  setNativeSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'))
  const external = oidcFromEnv()
  let origin = ''
  let idp: EmbeddedIdp | null = null
  const settings = async (): Promise<OidcSettings> => {
    if (external) return external
    if (!idp) throw new Error('The embedded identity provider is not started yet')
    return {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      groupsClaim: 'groups',
      groups: { ...GROUPS },
    }
  }
  const allowed = hostsFor(o)
  const app = createApp({
    appDir,
    log,
    allowedHosts: allowed,
    trustProxy: process.env.TRUST_PROXY === '1',
    signIn: { origin: () => origin, db, settings },
    clientCredentials: {
      origin: () => origin,
      db,
      clients,
      onRefused: ({ reason, client, inARow }) =>
        logEvent(log, {
          level: 'warn',
          msg: 'client authentication refused',
          reason,
          client: client ?? 'unknown',
          inARow,
        }),
    },
  })
  // Expired sessions, abandoned drafts and spent Idempotency-Keys go on a schedule, so
  // neither the tables nor the work per request grow with them.
  const purge = () =>
    purgeStale(Date.now(), purgeExpired).then(
      (purged) => purged && logEvent(log, { level: 'info', msg: 'retention purge' }),
      (error: unknown) =>
        logEvent(log, { level: 'error', msg: 'retention purge failed', ...describeError(error) }),
    )
  await purge()
  const schedule = setInterval(() => void purge(), PURGE_EVERY_MS)
  schedule.unref()
  const api = getRequestListener(app.fetch)
  const answerIdp: RequestListener = (req, res) => {
    if (allowed && !allowed.has(hostName(req.headers.host ?? ''))) {
      res.writeHead(421, { 'Content-Type': 'text/plain' })
      return void res.end('This service does not answer for that host name.')
    }
    if (!idp) {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      return void res.end('Not found')
    }
    void idp.handle(req, res)
  }
  const listener: RequestListener = (req, res) => {
    if (!/^\/oidc(\/|\?|$)/.test(req.url ?? '')) return void api(req, res)
    // The provider answers on the Node response itself, outside the app's middleware: the
    // id, its header and the request's line are given here. The route is taken now, as the
    // client sent it: the provider rewrites req.url relative to where it is mounted.
    const started = performance.now()
    const id = requestIdFrom(req.headers['x-request-id'])
    const route = (req.url ?? '').split('?')[0] ?? ''
    const method = req.method
    res.setHeader('X-Request-Id', id)
    res.once('finish', () =>
      logRequest(log, { id, method, route, status: res.statusCode, started }),
    )
    withRequestId(id, () => answerIdp(req, res))
  }
  const server = await listen(listener, o.port, o.host).catch(async (error: unknown) => {
    await db.destroy().catch(() => {})
    throw error
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : o.port
  const local = ['0.0.0.0', '::'].includes(o.host) ? '127.0.0.1' : o.host
  origin = (o.publicUrl ?? process.env.PUBLIC_URL ?? `http://${local}:${port}`).replace(/\/$/, '')
  if (!external) {
    await seedDemoPasswords(db)
    idp = await embeddedIdp(origin, db, {
      refused: (inARow) =>
        logEvent(log, {
          level: 'warn',
          msg: 'sign-in refused: wrong user name or password',
          inARow,
        }),
      unavailable: (error) => logSignInUnavailable(log, error),
    })
  }
  if (o.log !== false) console.log(`Criteria service on http://${o.host}:${port} (${describe})`)
  return {
    url: `http://${o.host}:${port}`,
    db,
    close: async () => {
      clearInterval(schedule)
      endStreams()
      const closed = new Promise<void>((done) => server.close(() => done()))
      // close() drops the connections idle at that moment; a stream just ended leaves its
      // connection idle a moment later, which would otherwise wait out the keep-alive.
      setTimeout(() => server.closeIdleConnections(), 50).unref()
      await closed
      await db.destroy().catch(() => {})
    },
  }
}

function listen(listener: RequestListener, port: number, hostname: string) {
  return new Promise<Server>((resolveListen, reject) => {
    const server = createServer(listener)
    server.listen(port, hostname, () => resolveListen(server))
    // Idle keep-alive connections outlive the client's (undici: 4 s), so a client never
    // sends on a connection the server is closing at that moment (ECONNRESET).
    if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000
    server.once('error', (error) =>
      reject(new Error(`Cannot listen on ${hostname}:${port}: ${error.message}`)),
    )
  })
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']

function hostsFor(o: StartOptions): Set<string> | null {
  if (o.allowedHosts === '') return null
  const given = o.allowedHosts
    ?.split(',')
    .map((h) => hostName(h))
    .filter(Boolean)
  const bound = ['0.0.0.0', '::'].includes(o.host) ? [] : [hostName(o.host)]
  return new Set(given?.length ? given : [...LOOPBACK, ...bound])
}
