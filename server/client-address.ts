/**
 * Where a request came from, for the access log: the socket's address, never a header a
 * client could set; or, behind a proxy that alone reaches the service (TRUST_PROXY=1, as
 * compose.yaml runs it behind Caddy), the last X-Forwarded-For entry, the one the proxy
 * added for the address it saw. Earlier entries came from the client and are ignored.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  const fromProxy = trustProxy ? forwardedFor?.split(',').pop()?.trim() : undefined
  return fromProxy || socketAddress || 'unknown'
}
