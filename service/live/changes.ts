import { onLocalWrite, readChangeMarker } from '../store.ts'

type Listener = (marker: string) => void

/**
 * One watcher per process, whatever the number of open event streams: it reads the
 * store's change marker every POLL_MS while at least one stream listens, and stops when
 * none does. A write in this process looks at once; a write in another process (or
 * tab) is seen at the next read. No process keeps a copy of the database: only the
 * marker, which says nothing about any member.
 */
export const POLL_MS = 1000
/**
 * A marker another process advanced is told after this wait: the SQL marker advances as
 * a transaction's last statement, a moment before its commit is visible to others.
 */
const SETTLE_MS = 200

/** Each listening stream, with how to end it. */
const listeners = new Map<Listener, () => void>()
let last: string | null = null
let timer: ReturnType<typeof setTimeout> | null = null
let looking: Promise<void> | null = null

onLocalWrite(() => {
  if (listeners.size) void look(false)
})

function look(settle: boolean): Promise<void> {
  // One read at a time; a call during a read waits for it and reads once more after.
  looking = (looking ?? Promise.resolve()).then(async () => {
    let marker: string
    try {
      marker = await readChangeMarker()
    } catch {
      // A database that is down: the streams stay open and the next read tries again.
      return
    }
    if (marker === last) return
    const before = last
    last = marker
    if (before === null) return
    if (settle) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    for (const listener of listeners.keys()) listener(marker)
  })
  const mine = looking
  void mine.finally(() => {
    if (looking === mine) looking = null
  })
  return mine
}

function schedule() {
  if (!listeners.size) return void (timer = null)
  // A chain whose timer was replaced (all streams closed, then one opened) ends here.
  const handle: ReturnType<typeof setTimeout> = setTimeout(() => {
    if (timer === handle) void look(true).finally(() => timer === handle && schedule())
  }, POLL_MS)
  timer = handle
}

/** How many streams are listening in this process (the tests check none is left open). */
export const listening = () => listeners.size

/**
 * Calls `listener` with the new marker whenever a case changes, from now until the
 * returned function is called. Resolves with the marker as it stands once watching.
 */
export async function watchChanges(
  listener: Listener,
  /** Ends the stream (endStreams, at shutdown). */
  end: () => void = () => {},
): Promise<{ marker: string; stop: () => void }> {
  listeners.set(listener, end)
  const stop = () => {
    listeners.delete(listener)
    if (listeners.size) return
    if (timer) clearTimeout(timer)
    timer = null
    last = null
  }
  if (!timer) schedule()
  if (last === null) await look(false)
  return { marker: last ?? '', stop }
}

/**
 * Ends every open stream: a host shutting down waits for its open requests, and a stream
 * never ends by itself. The app reconnects (to another process, or once this one is back).
 */
export function endStreams() {
  for (const end of [...listeners.values()]) end()
}
