import { defineConfig } from 'vitest/config'

/**
 * `npm run test:server`: the API contract tests against the real criteria service
 * (server/, PGlite in a temp folder) instead of MSW. Tests that drive the mock's own
 * switches or its in-memory store are skipped here, each with its reason.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'tests/api/{appeal,body-limits,case-create,case-decision,case-list,case-reading}.test.ts',
      'tests/api/concurrency-model.test.ts',
      // Hostile input and properties: NUL, lone surrogates, prototype keys, any body, any
      // path; the service must answer them as the mock does.
      'tests/api/properties.test.ts',
      'tests/reliability/hostile-api.test.ts',
      'tests/api/{access-log,code-checks,drafts,letters,live-events,member-lookup,metrics,odd-paths,policies-and-codes,sessions-and-auth}.test.ts',
      // Not here: mock-control (the switch does not exist on the server: service.test.ts
      // proves the 404) and concurrency (it swaps in a browser-like store; the server's own
      // concurrency tests are in service.test.ts).
      'tests/server/**/*.test.ts',
      // The PAS conformance suite: the guide's examples and every answer validated, here
      // against the real service as against the mock.
      'tests/fhir/pas-conformance.test.ts',
      'tests/fhir/pas-update.test.ts',
    ],
    globalSetup: ['./tests/server/global-setup.ts'],
    setupFiles: ['./tests/server/setup.ts'],
    env: {
      CONTRACT_TARGET: 'server',
      VITE_API_MOCKING: 'on',
      VITE_API_BASE_URL: '/api',
      VITE_MOCK_LATENCY_MS: '0',
    },
    pool: 'forks',
    maxWorkers: 2,
    // PGlite is Postgres compiled to WebAssembly. V8 compiles it quickly (Liftoff), then
    // again, optimised, in the background: a second of CPU per process that a test file
    // lives too briefly to win back (measured: 14 % less CPU on six service files, and no
    // more on the four heaviest; issue 32).
    // The code run is the same; only how V8 compiles it differs.
    execArgv: ['--liftoff-only'],
    reporters: ['default', './tests/support/slowest-files-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    retry: 0,
    allowOnly: !process.env.CI,
  },
})
