import type { PGlite } from '@electric-sql/pglite'
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'

/**
 * Kysely over PGlite (Postgres in WebAssembly, one connection in this process). Written
 * here rather than taken from a package: it is this small, and the connection is the
 * only part that differs from Postgres (same adapter, compiler and SQL).
 */
export class PGliteDialect implements Dialect {
  constructor(
    private readonly pglite: PGlite,
    private readonly onClose: () => void = () => {},
  ) {}
  createAdapter = () => new PostgresAdapter()
  createDriver = (): Driver => new PGliteDriver(this.pglite, this.onClose)
  createQueryCompiler = () => new PostgresQueryCompiler()
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db)
}

class PGliteDriver implements Driver {
  /** One connection: a transaction must not see another request's statements in between. */
  private queue: Promise<void> = Promise.resolve()
  private release: (() => void) | null = null
  private readonly connection: DatabaseConnection

  constructor(
    private readonly pglite: PGlite,
    private readonly onClose: () => void,
  ) {
    this.connection = {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        const result = await pglite.query<R>(query.sql, [...query.parameters])
        return { rows: result.rows, numAffectedRows: BigInt(result.affectedRows ?? 0) }
      },
      streamQuery: () => {
        throw new Error('PGlite: streaming queries are not supported')
      },
    }
  }

  async init() {
    await this.pglite.waitReady
  }
  async acquireConnection() {
    const previous = this.queue
    let release!: () => void
    this.queue = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.release = release
    return this.connection
  }
  async releaseConnection() {
    const release = this.release
    this.release = null
    release?.()
  }
  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'))
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }
  async destroy() {
    try {
      await this.pglite.close()
    } finally {
      this.onClose()
    }
  }
}
