import { describe, expect, it } from 'vitest'
import { emptyDb, type MockDb } from '../../service/store.ts'
import { purgeExpired } from '../../service/retention.ts'

const now = Date.parse('2026-12-06T12:00:00Z')
const ago = (hours: number) => new Date(now - hours * 3_600_000).toISOString()
const answer = { bodyHash: 'h', status: 201, body: {}, headers: {} }

function filled(): MockDb {
  const db = emptyDb()
  db.sessions = {
    live: { userId: 'u-rev-1', createdAt: ago(1), expiresAt: ago(-11) },
    ended: { userId: 'u-rev-1', createdAt: ago(13), expiresAt: ago(1) },
    oldShape: { userId: 'u-md-1', createdAt: ago(13) },
  }
  const fields = {} as MockDb['drafts'][string]['draft']['fields']
  db.drafts = {
    recent: { ownerId: 'u-rev-1', draft: { id: 'recent', updatedAt: ago(24 * 29), fields } },
    stale: { ownerId: 'u-rev-1', draft: { id: 'stale', updatedAt: ago(24 * 31), fields } },
  }
  db.decisionDrafts = {
    'u-md-1 c-1': { caseId: 'c-1', updatedAt: ago(2), values: {} },
    'u-md-1 c-2': { caseId: 'c-2', updatedAt: ago(24 * 40), values: {} },
  }
  db.idempotency = {
    'u-rev-1 fresh': { ...answer, storedAt: ago(23) },
    'u-rev-1 spent': { ...answer, storedAt: ago(25) },
    'u-rev-1 unstamped': answer,
    'u-rev-1 pas urn:system|bundle-1': answer,
  }
  return db
}

describe('purgeExpired', () => {
  it('drops ended sessions, drafts untouched for 30 days and keys over a day old', () => {
    const db = filled()
    expect(purgeExpired(db, now)).toBe(true)
    expect(Object.keys(db.sessions)).toEqual(['live'])
    expect(Object.keys(db.drafts)).toEqual(['recent'])
    expect(Object.keys(db.decisionDrafts)).toEqual(['u-md-1 c-1'])
    // A PAS Bundle identifier finds the case a resent request made: kept.
    expect(Object.keys(db.idempotency)).toEqual([
      'u-rev-1 fresh',
      'u-rev-1 pas urn:system|bundle-1',
    ])
  })

  it('changes nothing, and says so, when nothing is due', () => {
    const db = filled()
    purgeExpired(db, now)
    const tables = { ...db }
    expect(purgeExpired(db, now)).toBe(false)
    expect(db.sessions).toBe(tables.sessions)
    expect(db.idempotency).toBe(tables.idempotency)
  })
})
