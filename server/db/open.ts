import { chmodSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, Migrator, PostgresDialect, type LogEvent, type Migration } from 'kysely'
import pg from 'pg'
import * as initial from '../migrations/0001-initial.ts'
import * as recordReads from '../migrations/0002-record-reads.ts'
import * as accessLog from '../migrations/0003-access-log.ts'
import * as openLoads from '../migrations/0004-open-loads.ts'
import * as signIn from '../migrations/0005-sign-in.ts'
import * as clientCredentials from '../migrations/0006-client-credentials.ts'
import * as issuedLetters from '../migrations/0007-issued-letters.ts'
import * as codeSets from '../migrations/0008-code-sets.ts'
import * as membersProviders from '../migrations/0009-members-providers.ts'
import * as metricsColumns from '../migrations/0010-metrics-columns.ts'
import * as caseChanges from '../migrations/0011-case-changes.ts'
import * as spreadCounts from '../migrations/0012-spread-counts.ts'
import { claimDataFolder } from './folder-lock.ts'
import { PGliteDialect } from './pglite-dialect.ts'
import type { Tables } from './schema.ts'

/** In the repository, applied in order on every start (Kysely records which ran). */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-record-reads': recordReads,
  '0003-access-log': accessLog,
  '0004-open-loads': openLoads,
  '0005-sign-in': signIn,
  '0006-client-credentials': clientCredentials,
  '0007-issued-letters': issuedLetters,
  '0008-code-sets': codeSets,
  '0009-members-providers': membersProviders,
  '0010-metrics-columns': metricsColumns,
  '0011-case-changes': caseChanges,
  '0012-spread-counts': spreadCounts,
}

/** Drops group and other access from every file and folder under `dir`. */
function ownerOnly(dir: string) {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name)
    const mode = statSync(path).mode & 0o777
    if (mode & 0o077) chmodSync(path, mode & 0o700)
  }
}

export type Where = { databaseUrl: string } | { dataDir: string }
export type OpenDb = { db: Kysely<Tables>; describe: string }
/** Sees each statement's text (never its parameters): tests that check what a request reads. */
export type OnQuery = (sqlText: string) => void

/** Opens the database and applies the migrations; throws a message a person can act on. */
export async function openDatabase(where: Where, onQuery?: OnQuery): Promise<OpenDb> {
  const { db, describe } = await connect(where, onQuery)
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute()
  } catch (error) {
    await db.destroy().catch(() => {})
    throw new Error(`Cannot open the database (${describe}): ${reason(error)}`, { cause: error })
  }
  const { results, error } = await new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  }).migrateToLatest()
  if (error) {
    await db.destroy().catch(() => {})
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Cannot migrate the database (${describe}), at ${failed}: ${reason(error)}`)
  }
  return { db, describe }
}

async function connect(where: Where, onQuery?: OnQuery): Promise<OpenDb> {
  const log = onQuery && ((event: LogEvent) => onQuery(event.query.sql))
  if ('databaseUrl' in where) {
    const pool = new pg.Pool({ connectionString: where.databaseUrl, max: 10 })
    // An idle connection dropped by the server must not crash the process; the next
    // query gets a new connection or an error the request answers with 503.
    pool.on('error', () => {})
    const host = safeHost(where.databaseUrl)
    return {
      db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) }),
      describe: host,
    }
  }
  const dir = resolve(where.dataDir)
  let pglite: PGlite
  let release = () => {}
  try {
    // PGlite writes its files with the modes of its bundled cluster (0666 and 0644, set
    // by chmod, past the umask): the folder's 0700 alone would guard them, and a copy of
    // the folder would not keep it. Files made later follow the umask.
    process.umask(0o077)
    release = claimDataFolder(dir)
    pglite = new PGlite(dir)
    await pglite.waitReady
    ownerOnly(dir)
  } catch (error) {
    release()
    throw new Error(`Cannot open the database (PGlite in ${dir}): ${reason(error)}`, {
      cause: error,
    })
  }
  return {
    db: new Kysely<Tables>({
      dialect: new PGliteDialect(pglite, release),
      ...(log ? { log } : {}),
    }),
    describe: `PGlite in ${dir}`,
  }
}

/** The URL without its password, for messages. */
function safeHost(url: string): string {
  try {
    const u = new URL(url)
    return `Postgres at ${u.hostname}:${u.port || 5432}${u.pathname}`
  } catch {
    return 'Postgres (DATABASE_URL is not a valid URL)'
  }
}

export function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length)
    return error.errors.map(reason).join('; ')
  return error instanceof Error ? error.message || error.name : String(error)
}
