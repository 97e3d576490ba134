import * as z from 'zod/mini'

/**
 * Faults for demos and browser tests. Playwright's request routing cannot see answers
 * that MSW gives inside the page, so faults are switched on through the mock itself
 * (POST /__mock/faults) and kept in the mock's storage.
 */
export const faultKind = z.enum(['500', 'network', 'slow', 'malformed', 'invalid-schema', '401'])
export type FaultKind = z.infer<typeof faultKind>

export const faultRule = z.object({
  /** Any method when absent. */
  method: z.optional(z.string().check(z.regex(/^[A-Za-z]{1,10}$/))),
  /** A path under the base URL: '/cases', '/cases/*' or '*'. '*' matches the rest of a path. */
  path: z.string().check(z.minLength(1), z.maxLength(500)),
  fault: faultKind,
  /** How many requests it hits before it switches itself off; every request when absent. */
  times: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  /** For 'slow': how long to wait before answering normally. */
  delayMs: z.optional(z.int().check(z.minimum(0), z.maximum(120_000))),
})
export type FaultRule = z.infer<typeof faultRule>
export const faultRules = z.object({ rules: z.array(faultRule).check(z.maxLength(100)) })

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

export function pathMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`)
  return regex.test(path)
}

export function ruleMatches(rule: FaultRule, method: string, path: string): boolean {
  const methodOk = !rule.method || rule.method.toUpperCase() === method.toUpperCase()
  return methodOk && pathMatches(rule.path, path)
}
