import { useCallback, useRef, useState } from 'react'
import { describeError } from '../../../api/api-error.ts'

/** One lookup's state: what was asked (`key`) and what came back. */
export type Lookup<T> =
  | { state: 'idle' }
  | { state: 'loading'; key: string }
  | { state: 'found'; key: string; record: T }
  | { state: 'none'; key: string }
  | { state: 'failed'; key: string; message: string }

/**
 * A record looked up by key on request (a button): the newest request wins, an older
 * answer arriving late is dropped, and a failure is a message, never a thrown error.
 */
export function useLookup<T>(fetchOne: (key: string, signal: AbortSignal) => Promise<T | null>) {
  const [lookup, setLookup] = useState<Lookup<T>>({ state: 'idle' })
  const current = useRef<AbortController | null>(null)
  const lookUp = useCallback(
    async (key: string): Promise<T | null> => {
      current.current?.abort()
      const controller = new AbortController()
      current.current = controller
      setLookup({ state: 'loading', key })
      try {
        const record = await fetchOne(key, controller.signal)
        if (controller.signal.aborted) return null
        setLookup(record ? { state: 'found', key, record } : { state: 'none', key })
        return record
      } catch (error) {
        if (controller.signal.aborted) return null
        setLookup({ state: 'failed', key, message: describeError(error) })
        return null
      }
    },
    [fetchOne],
  )
  return { lookup, lookUp }
}
