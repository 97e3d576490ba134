import type { Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { rowDomId } from './study-row.tsx'

/** Frames to wait for a virtualized row to be rendered after scrolling to it. */
const MAX_FRAMES = 20

/**
 * A deep link (`?study=<id>`) scrolls its row into view and focuses it, once per study:
 * sorting or filtering afterwards must not pull focus back. A virtualized list first
 * scrolls the row into the DOM, then focuses it once it has been rendered.
 */
export function useStudyLanding(
  studyId: string | null,
  index: number,
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement> | null,
) {
  const landed = useRef<string | null>(null)
  useEffect(() => {
    if (!studyId || index < 0 || landed.current === studyId) return
    if (virtualizer) virtualizer.scrollToIndex(index, { align: 'center' })
    let frame = 0
    let tries = 0
    const land = () => {
      const row = document.getElementById(rowDomId(studyId))
      if (!row) {
        if (++tries < MAX_FRAMES) frame = requestAnimationFrame(land)
        return
      }
      // Marked only once done: StrictMode's second effect run must still land.
      landed.current = studyId
      // Also scrolls the page, for the table's own box may be below the fold.
      // (jsdom has no layout, so no scrollIntoView; browsers always do.)
      row.scrollIntoView?.({ block: 'center' })
      row.focus({ preventScroll: true })
    }
    frame = requestAnimationFrame(land)
    return () => cancelAnimationFrame(frame)
  }, [studyId, index, virtualizer])
}
