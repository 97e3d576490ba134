import { isApiError } from './api-error.ts'
import { openStream } from './client.ts'
import { readEvents } from './event-stream.ts'
import { casesChanged } from './schemas/live.ts'

/** The longest wait between two tries to reconnect. */
const MAX_BACKOFF_MS = 30_000

/**
 * Follows GET /events until the returned function is called: `onChange` runs whenever
 * the service says cases changed since the marker last seen, including changes made
 * while the stream was down (the first event after a reconnect carries the marker), and
 * once when it first connects (`first`: what the screens read before may already be old).
 * Reconnects with a growing wait; stops for good on a 401 (the session ended).
 */
export function followCaseChanges(onChange: (first: boolean) => void): () => void {
  const controller = new AbortController()
  const { signal } = controller
  let last: string | null = null
  void (async () => {
    let failures = 0
    while (!signal.aborted) {
      try {
        for await (const e of readEvents(await openStream('/events', signal))) {
          failures = 0
          const parsed = e.event === 'cases' && casesChanged.safeParse(safeJson(e.data))
          if (!parsed || !parsed.success) continue
          // The first marker ever may follow a change made while the screens loaded.
          if (parsed.data.version !== last) onChange(last === null)
          last = parsed.data.version
        }
      } catch (error) {
        if (signal.aborted || (isApiError(error) && error.status === 401)) return
      }
      failures++
      await wait(
        Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1)) * (0.5 + Math.random() / 2),
        signal,
      )
    }
  })()
  return () => controller.abort()
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function wait(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true })
  })
}

let changes = 0
const watchers = new Set<() => void>()

/** How many case changes this page has heard of: screens compare it with what they showed. */
export const caseChangeCount = () => changes
export function subscribeCaseChanges(fn: () => void) {
  watchers.add(fn)
  return () => void watchers.delete(fn)
}
export function noteCasesChanged() {
  changes++
  for (const fn of watchers) fn()
}
