/**
 * Where the API tests send their requests: the MSW mock in this process (`npm test`), or
 * the real criteria service over HTTP (`npm run test:server`, vitest.server.config.ts),
 * so the mock and the server answer one contract.
 */
export const onServer = process.env.CONTRACT_TARGET === 'server'

/** A path under the API base: relative for the mock, absolute for the server. */
export function apiUrl(path: string): string {
  return `${onServer ? (process.env.CONTRACT_SERVER_URL ?? '') : ''}/api${path}`
}
