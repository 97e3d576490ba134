import type { BrowserContext, Page } from '@playwright/test'
import { watchApiCalls } from './api-calls.ts'

/** A member id and date of birth that appear nowhere else, in the forms a leak might take. */
export const canary = { memberId: 'CANARY7Q4Z9', dob: '1944-02-29' }
export const canaryPattern =
  /CANARY7Q4Z9|1944-02-29|0?2\/29\/1944|29\/0?2\/1944|19440229|Feb(ruary)? 29,? 1944/i

/**
 * The mock service's own store, which stands in for a server's database and says so on
 * screen (mocks/browser-store.ts): the one place member data may sit in the browser.
 */
export const mockStore = {
  indexedDb: 'criteria-review-mock-service',
  /** Stamps, no data: any write, and a change of a case (what GET /api/events watches). */
  stampKeys: ['criteria-review-mock-service.cases', 'criteria-review-mock-service.version'],
}

/**
 * Everything the page saw: addresses it visited and asked for (the mock's API calls
 * too, which never reach the network), and what it logged. Call it before the page loads.
 */
export async function watchPage(page: Page) {
  const urls = new Set<string>()
  const api = await watchApiCalls(page)
  const logs: string[] = []
  page.on('framenavigated', (frame) => urls.add(frame.url()))
  page.on('console', (message) => logs.push(message.text()))
  page.on('request', (request) => urls.add(request.url()))
  /** Adds the current address and every navigation and resource the page's timeline holds. */
  async function checkpoint() {
    urls.add(page.url())
    api.forEach((c) => urls.add(c.url))
    const names = await page.evaluate(() =>
      [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((e) => e.name),
    )
    names.forEach((n) => urls.add(n))
  }
  return { urls, logs, checkpoint }
}

export type StorageDump = {
  local: Record<string, string | null>
  session: Record<string, string | null>
  /** Each IndexedDB database by name, with every store's keys and values as JSON. */
  indexedDb: Record<string, string>
  /** Each Cache Storage cache by name, with the URLs it holds. */
  caches: Record<string, string[]>
  cookies: string
}

/** All browser storage of the origin, read from inside the page. */
export async function dumpStorage(page: Page, context: BrowserContext): Promise<StorageDump> {
  const inPage = await page.evaluate(async () => {
    const entries = (s: Storage) =>
      Object.fromEntries(
        Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k)]),
      )
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const indexedDb: Record<string, string> = {}
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await done(indexedDB.open(name))
      const stores = []
      for (const store of Array.from(db.objectStoreNames)) {
        const os = db.transaction(store, 'readonly').objectStore(store)
        const [keys, values] = await Promise.all([done(os.getAllKeys()), done(os.getAll())])
        stores.push({ store, keys, values })
      }
      db.close()
      indexedDb[name] = JSON.stringify(stores)
    }
    const cacheStore: Record<string, string[]> = {}
    for (const key of await caches.keys())
      cacheStore[key] = (await (await caches.open(key)).keys()).map((r) => r.url)
    return {
      local: entries(localStorage),
      session: entries(sessionStorage),
      indexedDb,
      caches: cacheStore,
    }
  })
  return { ...inPage, cookies: JSON.stringify(await context.cookies()) }
}

/** Where in the dump the canary sits, e.g. ['indexedDb:criteria-review-mock-service']. */
export function canaryPlaces(dump: StorageDump): string[] {
  const places: string[] = []
  const check = (where: string, text: string | null) => {
    if (text !== null && canaryPattern.test(text)) places.push(where)
  }
  for (const [k, v] of Object.entries(dump.local)) check(`localStorage:${k}`, `${k}=${v}`)
  for (const [k, v] of Object.entries(dump.session)) check(`sessionStorage:${k}`, `${k}=${v}`)
  for (const [name, text] of Object.entries(dump.indexedDb)) check(`indexedDb:${name}`, text)
  for (const [name, urls] of Object.entries(dump.caches)) check(`caches:${name}`, urls.join(' '))
  check('cookies', dump.cookies)
  return places
}
