import type { ReactNode } from 'react'
import { describeError, isApiError } from '../api/api-error.ts'

/** A failed read: a sentence a person can act on and a way on, never a blank screen. */
export function ErrorMessage({
  error,
  onRetry,
  title = 'This could not be loaded',
}: {
  error: unknown
  onRetry?: () => void
  title?: string
}) {
  const notFound = isApiError(error) && error.status === 404
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{notFound ? 'Not found' : title}</h2>
      <p>
        {notFound
          ? 'There is nothing at this address. It may have been removed.'
          : describeError(error)}
      </p>
      {onRetry && !notFound && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  )
}

export function Notice({ children }: { children: ReactNode }) {
  return <div className="notice">{children}</div>
}
