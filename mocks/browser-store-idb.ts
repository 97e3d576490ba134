import { storedRow } from '../service/cases/case-rows.ts'

/**
 * The mock service's IndexedDB layout (version 3). 'records' holds the small tables
 * (sessions, drafts, decision drafts, idempotency keys, one 'meta' record) under
 * `table/id` keys; each case record, its worklist row and its trail have object stores
 * of their own, keyed by case id, so a page can list the worklist without reading every
 * case: 'caseRows' has indexes for the worklist's sort orders, with and without a status.
 * 'letters' holds each case's issued letters, keyed by case id (version 3 added it).
 * Version 1 kept everything in 'records'; the upgrade moves its cases and trails over.
 */
export const DB_NAME = 'criteria-review-mock-service'
export const RECORDS = 'records'
export const CASES = 'cases'
export const CASE_ROWS = 'caseRows'
export const AUDIT = 'audit'
export const LETTERS = 'letters'
export const ALL_STORES = [RECORDS, CASES, CASE_ROWS, AUDIT, LETTERS]

export const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error)
  })

export const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

export function openMockIdb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 3)
  req.onupgradeneeded = (event) => {
    const db = req.result
    if (event.oldVersion < 1) db.createObjectStore(RECORDS)
    if (event.oldVersion < 3) db.createObjectStore(LETTERS)
    if (event.oldVersion >= 2) return
    const cases = db.createObjectStore(CASES)
    const rows = db.createObjectStore(CASE_ROWS, { keyPath: 'id' })
    // The worklist's orders, each broken by id as the list's keyset paging is; and the
    // same within a status, which a status filter and the counts per status read.
    for (const field of ['dueAt', 'receivedAt']) {
      rows.createIndex(field, [field, 'id'])
      rows.createIndex(`status-${field}`, ['status', field, 'id'])
    }
    const audit = db.createObjectStore(AUDIT)
    if (event.oldVersion === 1) moveVersion1Cases(req.transaction!, cases, audit)
  }
  return result(req).then((db) => {
    // A tab opened with newer code upgrades the database: this tab lets go of it.
    db.onversionchange = () => db.close()
    return db
  })
}

function moveVersion1Cases(tx: IDBTransaction, cases: IDBObjectStore, audit: IDBObjectStore) {
  const rows = tx.objectStore(CASE_ROWS)
  const cursorReq = tx.objectStore(RECORDS).openCursor()
  cursorReq.onsuccess = () => {
    const cursor = cursorReq.result
    if (!cursor) return
    const [table, ...rest] = String(cursor.key).split('/')
    const id = rest.join('/')
    if (table === 'cases') {
      cases.put(cursor.value, id)
      rows.put(storedRow(cursor.value))
      cursor.delete()
    } else if (table === 'audit') {
      audit.put(cursor.value, id)
      cursor.delete()
    }
    cursor.continue()
  }
}
