import { getResponse, type RequestHandler } from 'msw'
import type { UnloadRequest } from '../src/api/client.ts'

/**
 * The mock service's inbox for requests sent while the page unloads. A real service
 * receives them as keepalive fetches that the browser finishes after the page is gone;
 * this service runs in the page and dies with it, and IndexedDB is asynchronous, so
 * the request waits in the service's own localStorage (written synchronously) until
 * the service starts again, and is handled then, before any request of the new page.
 * It holds what the request holds (a draft and its bearer token) for that moment only.
 */
export const OUTBOX_KEY = 'criteria-review-mock-service.outbox'

function take(): UnloadRequest[] {
  try {
    const raw = localStorage.getItem(OUTBOX_KEY)
    localStorage.removeItem(OUTBOX_KEY)
    const list: unknown = raw ? JSON.parse(raw) : []
    return Array.isArray(list) ? (list as UnloadRequest[]) : []
  } catch {
    return []
  }
}

/** Keeps a request for the next start (synchronous: it runs in pagehide). */
export function keepForNextLoad(request: UnloadRequest): void {
  try {
    const raw = localStorage.getItem(OUTBOX_KEY)
    const list: unknown = raw ? JSON.parse(raw) : []
    const kept = Array.isArray(list) ? list : []
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([...kept, request]))
  } catch {
    // Storage full or disabled: the edit since the last save is lost, as without this.
  }
}

/** Handles kept requests in the order they were sent; their answers have no one to go to. */
export async function handleKeptRequests(handlers: RequestHandler[]): Promise<void> {
  for (const kept of take()) {
    const { method, url, headers, body } = kept
    await getResponse(
      handlers,
      new Request(new URL(url, location.origin), { method, headers, body }),
    )
  }
}
