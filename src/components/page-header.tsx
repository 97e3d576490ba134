import type { ReactNode } from 'react'
import { PageTitle } from './page-title.tsx'

/** The visible h1 and the document title always say the same thing. */
export function PageHeader({
  title,
  error,
  children,
}: {
  title: string
  error?: boolean
  children?: ReactNode
}) {
  return (
    <header className="page-header">
      <PageTitle title={title} error={error} />
      <h1 tabIndex={-1} id="page-heading">
        {title}
      </h1>
      {children}
    </header>
  )
}
