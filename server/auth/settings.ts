import type { OidcSettings } from './rp.ts'

/**
 * The plan's identity provider, when one is configured: OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET, and which groups claim (OIDC_GROUPS_CLAIM, default `groups`) holds
 * OIDC_DIRECTOR_GROUP and OIDC_REVIEWER_GROUP. Null without OIDC_ISSUER: the service then
 * starts its embedded provider. A half configuration stops the start with its reason.
 */
export function oidcFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim()
  if (!issuer) return null
  const clientId = env.OIDC_CLIENT_ID?.trim()
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim()
  if (!clientId || !clientSecret)
    throw new Error('OIDC_ISSUER is set: set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too.')
  return {
    issuer,
    clientId,
    clientSecret,
    groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || 'groups',
    groups: {
      'medical-director': env.OIDC_DIRECTOR_GROUP?.trim() || 'medical-directors',
      'utilization-reviewer': env.OIDC_REVIEWER_GROUP?.trim() || 'utilization-reviewers',
    },
  }
}
