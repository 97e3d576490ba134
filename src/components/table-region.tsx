import type { ReactNode } from 'react'

/**
 * A wide table scrolls inside its own region, never the page (WCAG 2.2, 1.4.10 Reflow):
 * named, and focusable so a keyboard can scroll it. It is also the containing block for
 * anything positioned inside the table (a visually hidden span), which would otherwise
 * escape the region and widen the page.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
