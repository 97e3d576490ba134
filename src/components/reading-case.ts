import { createContext, useContext } from 'react'

/**
 * The opaque id of the case whose page shows these policy links, or null elsewhere.
 * Its links to the policy panel and the evidence viewer carry it (`?case=`), so a
 * medical director's reading can be recorded on that case. Never member data.
 */
export const ReadingCaseContext = createContext<string | null>(null)

export function useReadingCase(): string | null {
  return useContext(ReadingCaseContext)
}

/** `path` with `?case=<id>` added when there is a reading case. */
export function withReadingCase(path: string, caseId: string | null): string {
  if (!caseId) return path
  const [base, hash] = path.split('#', 2) as [string, string | undefined]
  const joined = `${base}${base.includes('?') ? '&' : '?'}case=${encodeURIComponent(caseId)}`
  return hash === undefined ? joined : `${joined}#${hash}`
}
