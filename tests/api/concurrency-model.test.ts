import { describe, it } from 'vitest'
import { onServer } from '../contract-target.ts'
import { runConcurrencyModel } from './concurrency-model.ts'

// The mock in this process (npm test) or one service on PGlite (npm run test:server);
// tests/server/postgres.test.ts runs the same model over two processes on Postgres.
describe('the service under random interleavings of writes', () => {
  it('stores every 2xx, lets one write win per version, keeps references unique and the trail exact', async () => {
    const base = onServer ? process.env.CONTRACT_SERVER_URL! : ''
    await runConcurrencyModel({ bases: [base] }, { numRuns: onServer ? 8 : 10 })
  }, 180_000)
})
