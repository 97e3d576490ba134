import pg from 'pg'

/** A client on the scratch server (TEST_DATABASE_URL), for creating and dropping databases. */
export const adminClient = (url: string) => new pg.Client({ connectionString: url })

/** The server's URL with another database named. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.href
}

/** The scratch server's URL, or a clear failure: a Postgres test run outside the script. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
  return url
}

/** An empty database of its own on the scratch server, and how to drop it after. */
export async function scratchDatabase(
  url: string,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminClient(url)
  await admin.connect()
  await admin.query(`create database ${name}`)
  return {
    url: databaseUrl(url, name),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
