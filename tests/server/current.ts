import type { Started } from '../../server/start.ts'

/** The server this test file runs against (set by setup.ts), for tests that look under the API. */
export const current: { server?: Started; noService?: boolean } = {}

/**
 * For a file that opens a database of its own and never calls the API: setup.ts then
 * starts no service for it and reseeds nothing before each test (a start and a reseed
 * per test were most of such a file's time). Call at the top of the file.
 */
export function withoutService() {
  current.noService = true
}
