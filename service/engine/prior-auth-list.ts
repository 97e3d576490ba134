import type { MetricsReport } from '../../src/api/schemas/metrics.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'

/**
 * 42 CFR 422.122(c)(1): "a list of all items and services that require prior
 * authorization". This app reviews a request against a policy only when the policy lists
 * its service code, so the list is every code the library's policies list, once, with
 * the policies that list it. CPT descriptions are AMA-licensed and never shown (as in
 * the code look-up); HCPCS descriptions are the policy's own words. Pure.
 */
export function priorAuthorizationList(
  library: readonly PolicyDetail[],
): MetricsReport['priorAuthorizationList'] {
  const byCode = new Map<string, MetricsReport['priorAuthorizationList'][number]>()
  for (const policy of library)
    for (const group of policy.codeGroups)
      for (const c of group.codes) {
        const code = normalizeServiceCode(c.code)
        const item = byCode.get(code) ?? {
          code,
          system: c.system,
          description: c.system === 'HCPCS' ? c.description : null,
          policies: [],
        }
        if (!item.policies.some((p) => p.id === policy.id))
          item.policies.push({ id: policy.id, title: policy.title })
        byCode.set(code, item)
      }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code))
}
