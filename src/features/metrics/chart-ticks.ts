/**
 * The value axis of a count chart: whole-number ticks 1, 2 or 5 × a power of ten apart,
 * from 0 to the first tick at or above the largest value, about `target` of them. The
 * top tick is the axis's end, so each bar can be read against a labelled line rather
 * than guessed between 0 and the maximum.
 */
export function countTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1]
  const rough = max / target
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  )
  const top = Math.ceil(max / step) * step
  return Array.from({ length: top / step + 1 }, (_, i) => i * step)
}
