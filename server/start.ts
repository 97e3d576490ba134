import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { configureDb, emptyDb, purgeStale, readDb } from '../service/store.ts'
import { purgeExpired } from '../service/retention.ts'
import { seedDb } from '../service/seed.ts'
import type { Kysely } from 'kysely'
import { createApp, hostName } from './app.ts'
import { describeError, logEvent, stdoutSink } from './log.ts'
import type { Tables } from './db/schema.ts'
import { openDatabase, type OnQuery, type Where } from './db/open.ts'
import { seedUsers } from './db/users.ts'
import { sqlStore } from './db/sql-store.ts'

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
  const { db, describe } = await openDatabase(o.where, o.onQuery)
  try {
    await seedUsers(db)
    configureDb({ store: sqlStore(db), seed: () => (o.demoCases ? seedDb() : emptyDb()) })
    await readDb({}) // seeds a new database
  } catch (error) {
    await db.destroy().catch(() => {})
    throw error
  }
  const log = o.log === false ? null : stdoutSink
  const app = createApp({ appDir, log, allowedHosts: hostsFor(o) })
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
  const server = await listen(app.fetch, o.port, o.host).catch(async (error: unknown) => {
    await db.destroy().catch(() => {})
    throw error
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : o.port
  if (o.log !== false) console.log(`Criteria service on http://${o.host}:${port} (${describe})`)
  return {
    url: `http://${o.host}:${port}`,
    db,
    close: async () => {
      clearInterval(schedule)
      await new Promise<void>((done) => server.close(() => done()))
      await db.destroy().catch(() => {})
    },
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string) {
  return new Promise<ServerType>((resolveListen, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolveListen(server))
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
