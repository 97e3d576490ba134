/**
 * Repeated failures under one name (a user name at the sign-in form, a client id at the
 * token endpoint) wait longer each time: 250 ms doubling up to 5 s, counted over 15
 * minutes. The caller waits only after a failure, so a right password or a good client
 * assertion is never slowed. Each caller keeps its own counts. Answers how many failures
 * in a row this was, for the log line (which never names what was tried).
 */
export function slowDownAfterFailures(): (name: string) => Promise<number> {
  const failures = new Map<string, { count: number; at: number }>()
  return async (name) => {
    const now = Date.now()
    const seen = failures.get(name)
    const count = seen && now - seen.at < 15 * 60_000 ? seen.count + 1 : 1
    failures.set(name, { count, at: now })
    if (failures.size > 10_000) failures.clear()
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** (count - 1))))
    return count
  }
}
