import type { ReactNode } from 'react'
import { PanelBoundary } from '../../components/panel-boundary.tsx'

/**
 * One part of the criteria document, a target of the table of contents. It takes focus
 * (tabIndex -1) when a contents link lands on it, so reading continues from there.
 * `headingHidden` is for parts the source prints without a heading of their own.
 * A part that fails to render fails alone, under its heading; the rest stays readable.
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
      <PanelBoundary name={`${heading} section`}>{children}</PanelBoundary>
    </section>
  )
}
