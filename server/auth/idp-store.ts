import type { Adapter, AdapterPayload } from 'oidc-provider'

type Entry = { payload: AdapterPayload; expiresAt: number }

/**
 * Where the embedded demo identity provider keeps its sign-in sessions, codes and
 * grants: this process's memory, one store per provider, each record dropped when it
 * expires. Said outright rather than left to the library's default: a restart signs
 * people out of the demo provider (not out of the service), and a sign-in must finish
 * on the process it began on. A plan's own provider (OIDC_ISSUER) has its own storage.
 */
export function memoryAdapter(): new (name: string) => Adapter {
  const entries = new Map<string, Entry>()
  const live = (key: string) => {
    const entry = entries.get(key)
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key)
    return entries.get(key)
  }
  const sweep = () => {
    const now = Date.now()
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key)
  }
  return class DemoIdpStore implements Adapter {
    constructor(private readonly name: string) {}
    private key = (id: string) => `${this.name}:${id}`
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      if (entries.size > 10_000) sweep()
      entries.set(this.key(id), {
        payload: { ...payload },
        expiresAt: Date.now() + expiresIn * 1000,
      })
    }
    async find(id: string) {
      return live(this.key(id))?.payload
    }
    async findByUid(uid: string) {
      for (const [key, entry] of entries)
        if (key.startsWith(`${this.name}:`) && entry.payload.uid === uid) return live(key)?.payload
      return undefined
    }
    async findByUserCode(userCode: string) {
      for (const [key, entry] of entries)
        if (key.startsWith(`${this.name}:`) && entry.payload.userCode === userCode)
          return live(key)?.payload
      return undefined
    }
    async consume(id: string) {
      const entry = live(this.key(id))
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000)
    }
    async destroy(id: string) {
      entries.delete(this.key(id))
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key)
    }
  }
}
