import { defineConfig } from 'vitest/config'

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`): only pure logic in
 * Node, so a mutant costs well under a second. No jsdom, no msw, no browser, no database:
 * a test that needs one of those is too slow to run thousands of times.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/fhir/pas-mapping.test.ts'],
    env: { VITE_API_MOCKING: 'on', VITE_API_BASE_URL: '/api', VITE_MOCK_LATENCY_MS: '0' },
    testTimeout: 20000,
    retry: 0,
    allowOnly: false,
  },
})
