import { expect, test, type Page } from '@playwright/test'
import { demoUsers, resetMock, signIn } from './support.ts'

// The in-page mock lists the worklist's common views from IndexedDB indexes (one page
// per status with a cursor, counts with count()) and other filters by scanning small
// per-case rows (mocks/browser-store*.ts). Both must answer exactly what the in-memory
// listing answers: a filter that keeps every case goes through the scan, so its pages
// must equal the unfiltered ones, page by page, in every order.

type Listed = {
  ids: string[]
  keys: string[]
  totals: number[]
  counts: unknown[]
  items: unknown[]
}

function listAll(page: Page, query: string): Promise<Listed> {
  return page.evaluate(async (q) => {
    const token = sessionStorage.getItem('crd.session-token')
    const out = {
      ids: [] as string[],
      keys: [] as string[],
      totals: [] as number[],
      counts: [] as unknown[],
      // Whole items: a page read from the rows' own summaries must equal one built from
      // the case records (the scan path).
      items: [] as unknown[],
    }
    let cursor: string | null = null
    const sort = new URLSearchParams(q).get('sort') ?? 'dueAt'
    do {
      const res = await fetch(`/api/cases?limit=37&${q}${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      const body = (await res.json()) as {
        items: { id: string; dueAt: string; receivedAt: string }[]
        nextCursor: string | null
        total: number
        counts: unknown
      }
      for (const c of body.items) {
        out.ids.push(c.id)
        out.keys.push(`${sort.endsWith('dueAt') ? c.dueAt : c.receivedAt} ${c.id}`)
        out.items.push(c)
      }
      out.totals.push(body.total)
      out.counts.push(body.counts)
      cursor = body.nextCursor
    } while (cursor)
    return out
  }, query)
}

const everyCase = 'urgency=standard&urgency=expedited'

async function seed(page: Page, count: number) {
  const status = await page.evaluate(async (n) => {
    const res = await fetch('/api/__mock/seed-cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ count: n }),
    })
    return res.status
  }, count)
  expect(status).toBe(201)
}

test('the worklist pages from indexes exactly as a scan of every case does', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  await seed(page, 230)
  for (const q of [
    'sort=dueAt',
    'sort=-dueAt',
    'sort=receivedAt&status=pending-md-review',
    'sort=-receivedAt&status=approved&status=denied&status=pending-md-review',
  ]) {
    const fast = await listAll(page, q)
    const scanned = await listAll(page, `${q}&${everyCase}`)
    expect(fast).toEqual(scanned)
    const sortDescending = q.includes('sort=-')
    const expected = [...fast.keys].sort()
    expect(fast.keys).toEqual(sortDescending ? expected.reverse() : expected)
    expect(new Set(fast.ids).size).toBe(fast.ids.length)
    expect(fast.totals.every((t) => t === fast.ids.length)).toBe(true)
  }
  // A write in this tab updates what the next list reads, on both paths.
  const before = await listAll(page, 'sort=dueAt')
  await seed(page, 5)
  const after = await listAll(page, 'sort=dueAt')
  expect(after.ids.length).toBe(before.ids.length + 5)
  expect(await listAll(page, `sort=dueAt&${everyCase}`)).toEqual(after)
})
