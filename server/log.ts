import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * One JSON line per event on stdout, for the host's log collector. A line names the
 * request, never its data: no body, no query string, no SQL, no error message (a
 * database error's message and detail can quote the values it refused).
 */
export type LogSink = (line: string) => void

export const stdoutSink: LogSink = (line) => process.stdout.write(`${line}\n`)

// The request being answered, so a line logged deep inside it (a handler's failure, a
// refused password) can be tied to the request's own line without passing the id down.
const requestIds = new AsyncLocalStorage<string>()

export function logEvent(sink: LogSink | null, fields: Record<string, unknown>) {
  const id = requestIds.getStore()
  sink?.(JSON.stringify({ time: new Date().toISOString(), ...(id ? { id } : {}), ...fields }))
}

/** The caller's X-Request-Id when it is a short plain token (it is logged), else a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID()
}

/** Runs the answering of one request under its id: every line logged meanwhile carries it. */
export function withRequestId<T>(id: string, answer: () => T): T {
  return requestIds.run(id, answer)
}

/** The one line each request gets once it is answered: the path alone, ids in it are opaque. */
export function logRequest(
  sink: LogSink | null,
  r: { id: string; method: string | undefined; route: string; status: number; started: number },
) {
  logEvent(sink, {
    level: 'info',
    msg: 'request',
    id: r.id,
    method: r.method,
    route: r.route,
    status: r.status,
    ms: Math.round((performance.now() - r.started) * 10) / 10,
  })
}

/** An error as a log may carry it: its class, its code and where it was thrown. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l))
  return {
    error: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    stack: frames.slice(0, 8).map((l) => l.trim()),
  }
}
