import { useSyncExternalStore } from 'react'
import { caseChangeCount, subscribeCaseChanges } from '../api/live-events.ts'

/** How many case changes the service has announced since the page loaded (GET /events). */
export function useCaseChanges(): number {
  return useSyncExternalStore(subscribeCaseChanges, caseChangeCount)
}
