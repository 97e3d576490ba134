/** The middle value (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: number[]): number {
  if (!values.length) return Number.NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Milliseconds `fn` took, to its promise settling. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/**
 * How many timings make a figure (their median), and how many untimed calls come first.
 * The untimed calls let a fresh process compile its code paths and fill its caches: a
 * service runs for days, and its first calls after a start are printed apart.
 */
export type Timing = { reps: number; warm: number }

/** `warm` untimed calls (the untimed ones get indexes from `reps` on), then `reps` timed. */
export async function repeat(
  { reps, warm }: Timing,
  fn: (i: number) => Promise<unknown>,
): Promise<number> {
  for (let k = 0; k < warm; k++) await fn(reps + k)
  const times: number[] = []
  for (let i = 0; i < reps; i++) times.push(await timed(() => fn(i)))
  return median(times)
}
