import { useEffect } from 'react'

export const productName = 'Criteria Review Dashboard'

/**
 * Sets document.title for the route; "Error: " leads while a form shows errors (GOV.UK).
 * An effect rather than React 19's hoisted <title>, which would sit behind the
 * static <title> of index.html and so never be the one the browser reads.
 */
export function PageTitle({ title, error = false }: { title: string; error?: boolean }) {
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title} – ${productName}`
  }, [title, error])
  return null
}
