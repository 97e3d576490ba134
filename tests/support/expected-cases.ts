import { expect } from 'vitest'
import { readDb } from '../../service/store.ts'
import { onServer } from '../contract-target.ts'
import { current } from '../server/current.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'

/**
 * The ids of the stored cases a filter should return, read from the mock's database
 * rather than through the list code under test, sorted. A filter test compares with this
 * set, so a filter that returns nothing (or everything) fails; the set is checked to be
 * neither empty nor every case, or the comparison would prove nothing.
 */
export async function expectedCaseIds(matches: (c: StoredCase) => boolean): Promise<string[]> {
  const all = await allCases()
  const ids = all
    .filter(matches)
    .map((c) => c.id)
    .sort()
  expect(ids.length, 'the seed holds cases this filter keeps').toBeGreaterThan(0)
  expect(ids.length, 'the seed holds cases this filter drops').toBeLessThan(all.length)
  return ids
}

/**
 * Every stored case: the mock's whole database, or on the real service (whose store
 * reads only what a request names) the cases table under the API.
 */
async function allCases(): Promise<StoredCase[]> {
  if (!onServer) return Object.values((await readDb()).cases)
  const rows = await current.server!.db.selectFrom('cases').select('body').limit(100_000).execute()
  return rows.map((r) => r.body as StoredCase)
}

/** The sorted ids of a list of cases, as the API lists them. */
export const sortedIds = (items: { id: string }[]) => items.map((c) => c.id).sort()

/** Written out here, not taken from src/domain: the oracle must not share the code it checks. */
const closed = [
  'approved',
  'denied',
  'approved-on-appeal',
  'denial-upheld',
  'forwarded-to-independent-review',
]
export const isOpen = (c: StoredCase) => !closed.includes(c.status)
