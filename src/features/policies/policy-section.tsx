import type { ReactNode } from 'react'

/**
 * One part of the criteria document, a target of the table of contents. It takes focus
 * (tabIndex -1) when a contents link lands on it, so reading continues from there.
 * `headingHidden` is for parts the source prints without a heading of their own.
 */
export function PolicySection({
  id,
  heading,
  headingHidden = false,
  before,
  children,
}: {
  id: string
  heading: string
  headingHidden?: boolean
  /** Source text printed above the heading (the background note). */
  before?: ReactNode
  children: ReactNode
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} tabIndex={-1} className="policy-section">
      {before}
      <h2 id={`${id}-heading`} className={headingHidden ? 'visually-hidden' : undefined}>
        {heading}
      </h2>
      {children}
    </section>
  )
}
