/**
 * One JSON line per event on stdout, for the host's log collector. A line names the
 * request, never its data: no body, no query string, no SQL, no error message (a
 * database error's message and detail can quote the values it refused).
 */
export type LogSink = (line: string) => void

export const stdoutSink: LogSink = (line) => process.stdout.write(`${line}\n`)

export function logEvent(sink: LogSink | null, fields: Record<string, unknown>) {
  sink?.(JSON.stringify({ time: new Date().toISOString(), ...fields }))
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
