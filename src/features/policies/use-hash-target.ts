import { useLayoutEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Moves focus and scroll to the element named by the URL's hash once the page has
 * rendered it. The router owns navigation, so the browser's own jump to a fragment
 * never happens for in-app links; without this, focus would stay on the link and a
 * keyboard or screen-reader user would not arrive anywhere.
 */
export function useHashTarget(ready: boolean) {
  const { hash, key } = useLocation()
  // A layout effect: focus lands in the same commit that renders the target, never later.
  useLayoutEffect(() => {
    if (!ready || hash.length < 2) return
    const target = document.getElementById(decodeURIComponent(hash.slice(1)))
    if (!target) return
    target.focus({ preventScroll: true })
    // jsdom has no layout, so no scrollIntoView; browsers always do.
    target.scrollIntoView?.({ block: 'start' })
    // `key` changes on each navigation, so following the same link twice still lands.
  }, [ready, hash, key])
}
