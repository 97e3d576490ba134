import { createHash } from 'node:crypto'
import { CompiledQuery, type Kysely } from 'kysely'
import pg from 'pg'
import type { Tables } from './schema.ts'

/** Statement shapes kept prepared at most: the worklist's filters make a few dozen. */
const MAX_SHAPES = 64

/** Runs a compiled SELECT and answers its rows. */
export type RunRows = <R>(compiled: CompiledQuery<R>) => Promise<R[]>

/**
 * PGlite only: runs a statement as a prepared statement of its session, prepared once per
 * statement text (its shape; the values vary), so the planner's work is not redone on
 * each request. PGlite plans an unnamed statement afresh each time, and the worklist's
 * combined statement (server/db/sql-list.ts) takes longer to plan than to run; after five
 * runs Postgres keeps a generic plan of a prepared statement (plan_cache_mode auto).
 *
 * PGlite's one connection is one session, so what is prepared stays; on Postgres a pool
 * has many sessions and this is not used. EXECUTE takes no bound parameters, so the
 * values go in as literals: strings quoted by pg's escapeLiteral, finite numbers and
 * booleans as such; a statement with any other value, or one whose PREPARE failed, runs
 * as before.
 */
export function preparedStatements(db: Kysely<Tables>): RunRows {
  const names = new Map<string, Promise<string | null>>()
  const prepare = async (text: string) => {
    const name = `p_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`
    try {
      await db.executeQuery(CompiledQuery.raw(`prepare ${name} as ${text}`))
      return name
    } catch (error) {
      // Prepared already in this session (by an earlier store on the same database).
      return (error as { code?: unknown })?.code === '42P05' ? name : null
    }
  }
  return async <R>(compiled: CompiledQuery<R>) => {
    const values = compiled.parameters.map(literal)
    let name = names.get(compiled.sql)
    if (!name && names.size < MAX_SHAPES && !values.includes(null)) {
      name = prepare(compiled.sql)
      names.set(compiled.sql, name)
    }
    const prepared = name && (await name)
    if (!prepared || values.includes(null)) return (await db.executeQuery(compiled)).rows
    const run = CompiledQuery.raw(`execute ${prepared}(${values.join(', ')})`)
    return (await db.executeQuery<R>(run)).rows
  }
}

function literal(value: unknown): string | null {
  if (typeof value === 'string') return value.includes('\0') ? null : pg.escapeLiteral(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return null
}
