import { fnv1a64 } from './engine/determination.ts'

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same request body. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`
}

export const bodyHash = (value: unknown) => fnv1a64(stableJson(value))
