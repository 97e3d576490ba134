import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PageHeader } from './page-header.tsx'
import { ErrorMessage, Loading } from './query-state.tsx'
import { useStillWorking } from './use-still-working.ts'

const slowService = 'Still working… the criteria service is slow.'

/**
 * The one way a page shows a read: "Loading…", then "Still working…" once the service has
 * been slow for a few seconds (so nobody takes it for a hang), then the answer, or a
 * sentence a person can act on with a "Try again". Never a blank screen.
 */
export function QueryView<T>({
  query,
  loading,
  slow = slowService,
  title,
  errorTitle,
  afterError,
  keepDataOnError = false,
  children,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'>
  /** What is being loaded, e.g. "Loading the case…". */
  loading: string
  /** Shown instead once loading has lasted a few seconds. */
  slow?: string
  /** The page's heading while there is nothing else to show (the document title says Error on failure). */
  title?: string
  errorTitle?: string
  /** A way on besides "Try again", e.g. a link elsewhere. */
  afterError?: ReactNode
  /** Keep what was read when a later refetch fails: a form once open is the truth. */
  keepDataOnError?: boolean
  children: (data: T) => ReactNode
}) {
  const stillWorking = useStillWorking(query.isPending)
  if (query.isPending) {
    return (
      <>
        {title && <PageHeader title={title} />}
        <Loading label={stillWorking ? slow : loading} />
      </>
    )
  }
  if (query.data !== undefined && (keepDataOnError || !query.isError)) return children(query.data)
  return (
    <>
      {title && <PageHeader title={title} error />}
      <ErrorMessage error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
      {afterError}
    </>
  )
}
