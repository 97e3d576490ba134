import { describe, expect, it } from 'vitest'
import { clientAddress } from '../../server/client-address.ts'

describe('the address the access log records', () => {
  it("is the socket's, whatever a client sends, unless only a proxy reaches the service", () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', false)).toBe('203.0.113.9')
    expect(clientAddress(undefined, undefined, false)).toBe('unknown')
  })

  it("behind the proxy, the entry the proxy added (the last), never the client's own", () => {
    expect(clientAddress('172.18.0.3', '198.51.100.1, 203.0.113.9', true)).toBe('203.0.113.9')
    expect(clientAddress('172.18.0.3', undefined, true)).toBe('172.18.0.3')
    expect(clientAddress('172.18.0.3', ' ', true)).toBe('172.18.0.3')
  })
})
