import { defineConfig } from 'vitest/config'
import server from './vitest.server.config.ts'

/**
 * `npm run test:server:postgres` (under scripts/with-scratch-postgres.sh, which sets
 * TEST_DATABASE_URL): the API contract suite against the real criteria service on
 * Postgres, each file on its own copy of a template database. The same files as the
 * PGlite run's contract part; the files under tests/server/ test PGlite folders, plans
 * and processes of their own (Postgres' own are in tests/server/postgres.test.ts,
 * counts-no-lock.test.ts and sign-in-database-down.test.ts, which the PGlite run includes).
 */
const contract = (server.test?.include ?? []).filter((f) => !f.startsWith('tests/server/'))

export default defineConfig({
  ...server,
  test: {
    ...server.test,
    include: contract,
    env: { ...server.test?.env, CONTRACT_DATABASE: 'postgres' },
  },
})
