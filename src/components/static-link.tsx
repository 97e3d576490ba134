import { useContext, type AnchorHTMLAttributes, type MouseEvent } from 'react'
import { UNSAFE_NavigationContext } from 'react-router'

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute app path, e.g. `/cases/abc`. */
  to: string
}

/**
 * A link to a fixed, absolute app path that does not render again when the address
 * changes. react-router's <Link> reads the current location (to resolve relative
 * paths), so every link in a 50-row worklist rendered again on each filter change,
 * inside rows that are otherwise memoized. This one takes only the router's navigator,
 * which never changes, and navigates as <Link> does: a plain click stays in the app,
 * a modified click (new tab, new window) is the browser's.
 */
export function StaticLink({ to, onClick, ...props }: Props) {
  const { navigator } = useContext(UNSAFE_NavigationContext)
  function follow(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e)
    const plain = e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey
    if (e.defaultPrevented || !plain || (props.target && props.target !== '_self')) return
    e.preventDefault()
    navigator.push(to)
  }
  return <a {...props} href={navigator.createHref(to)} onClick={follow} />
}
