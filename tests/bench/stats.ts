export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
export const kb = (bytes: number) => round(bytes / 1024, 1)
