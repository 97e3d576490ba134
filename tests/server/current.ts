import type { Started } from '../../server/start.ts'

/** The server this test file runs against (set by setup.ts), for tests that look under the API. */
export const current: { server?: Started } = {}
