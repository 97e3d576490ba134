/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { securityHeaders } from './scripts/security-headers.ts'

/** Files that only call the API (no DOM): run in Node, without jsdom's start-up. */
const API_TESTS = [
  'tests/api/*.test.ts',
  'tests/fhir/{pas-api,pas-conformance,pas-fuzz,pas-update,pas-mapping,pas-fsh-to-json}.test.ts',
  'tests/reliability/hostile-api.test.ts',
]

export default defineConfig(({ mode, command }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env }
  const apiBase = env.VITE_API_BASE_URL ?? '/api'
  return {
    plugins: [react()],
    // The in-page mock's cookie store needs no public suffix list (mocks/tldts-stub.ts).
    ...(command === 'build'
      ? { resolve: { alias: { tldts: resolve(import.meta.dirname, 'mocks/tldts-stub.ts') } } }
      : {}),
    // The manifest lets the benchmark measure what each screen loads.
    build: {
      manifest: true,
      rolldownOptions: {
        output: {
          // Everything the first screen imports in one chunk: by default the modules it shares
          // with lazy screens (React's JSX runtime, the router, TanStack Query...) went into
          // seven small chunks of their own, and a slow phone's browser asked for nine
          // scripts, six at a time over HTTP/1.1. Lighthouse's LCP for a new visitor went from
          // 1.28–1.33 to 1.01–1.21 x the floor's (tests/bench); the code is the same.
          codeSplitting: {
            groups: [{ name: 'first-screen', tags: ['$initial'] }],
          },
        },
      },
    },
    preview: { headers: securityHeaders({ apiBase }) },
    test: {
      env: { VITE_API_MOCKING: 'on', VITE_API_BASE_URL: '/api', VITE_MOCK_LATENCY_MS: '0' },
      reporters: ['default', './tests/support/slowest-files-reporter.ts'],
      testTimeout: 20000,
      // No retries: a retry hides a flaky test, and a flaky test can fail a real run.
      retry: 0,
      // One worker per core. Vitest's default keeps a core for itself, which on a 2-core
      // machine runs every file in a single worker.
      maxWorkers: availableParallelism(),
      // A worker loads the app, the mock and the service once, not once per file: files
      // share no state that setup does not reset before each test (the mock's database,
      // session storage, MSW handlers, the rendered DOM), and the few that swap a store or
      // fake a clock put it back after. Measured on this 2-core machine: the jsdom files
      // 398 s isolated, 145 s not; the API files 205 s and 22 s (docs/testing.md).
      isolate: false,
      // A forgotten `.only` would skip the rest of the suite and still pass; CI refuses it.
      allowOnly: !process.env.CI,
      projects: [
        {
          extends: true,
          // Pure logic in Node: no DOM to build, no mock service to start.
          test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
        },
        {
          extends: true,
          // The API contract through the mock: fetch and MSW, no DOM (the same files run
          // in Node against the real service in npm run test:server).
          test: {
            name: 'api',
            environment: 'node',
            setupFiles: ['./tests/setup-api.ts'],
            include: API_TESTS,
          },
        },
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/**/*.test.{ts,tsx}'],
            // tests/server runs against the real service: npm run test:server.
            exclude: [
              ...['tests/unit/**', 'tests/e2e/**', 'tests/server/**', 'node_modules/**'],
              ...API_TESTS,
            ],
          },
        },
      ],
    },
  }
})
