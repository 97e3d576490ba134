import { AsyncLocalStorage } from 'node:async_hooks'

type Watch = { failed: boolean; conflict: boolean; cause?: unknown }
const current = new AsyncLocalStorage<Watch>()

/** Runs one request, noting whether the database was unreachable while it ran. */
export async function watchRequest<T>(fn: () => Promise<T>) {
  const watch: Watch = { failed: false, conflict: false }
  const response = await current.run(watch, fn)
  return { response, failed: watch.failed, conflict: watch.conflict, cause: watch.cause }
}

const CONNECTION_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']

/**
 * Connection failures, not query errors: Postgres classes 08 (connection exception) and
 * 57P (the server shutting down or starting up), socket errors, a closed PGlite.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = String((error as { code?: unknown }).code ?? '')
  if (/^08|^57P/.test(code) || CONNECTION_CODES.includes(code)) return true
  // pg's own words when a pooled client's connection died under it ("…is not queryable").
  return /connection terminated|connection refused|timeout exceeded|is closed|closed database|has already been destroyed|is not queryable/i.test(
    error.message,
  )
}

/** The version check of a case update, in the database: 0 rows updated, someone else won. */
export class VersionConflict extends Error {}

/** Called by the store on every database error: the request then answers 503 or 412. */
export function noteDatabaseError(error: unknown) {
  const watch = current.getStore()
  if (!watch) return
  if (error instanceof VersionConflict) watch.conflict = true
  else if (isUnavailable(error)) {
    watch.failed = true
    // The first error, for a caller that logs the outage itself (the sign-in pages).
    watch.cause ??= error
  }
}
