import pg from 'pg'

/** A client on the scratch server (TEST_DATABASE_URL), for creating and dropping databases. */
export const adminClient = (url: string) => new pg.Client({ connectionString: url })

/** The server's URL with another database named. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.href
}
