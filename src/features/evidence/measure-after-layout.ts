import { measureElement, type Virtualizer } from '@tanstack/react-virtual'

/**
 * Row sizes for the virtualizer, read from the ResizeObserver once the browser has laid
 * the rows out, never by asking for a row's height while React commits. Asking forces
 * a layout of the whole table in the middle of the keystroke (about half of a filter
 * keystroke's time at 2,000 studies); the observer reports the same sizes after the
 * frame's own layout, and the virtualizer adjusts the spacers then.
 * Without a ResizeObserver (jsdom) the library's own measure is used.
 */
export function measureAfterLayout<T extends Element>(
  element: T,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, T>,
): number {
  if (entry || typeof ResizeObserver === 'undefined') {
    return measureElement(element, entry, instance)
  }
  const index = instance.indexFromElement(element)
  // The size this row had when last seen, or the estimate: the same as the library's
  // own `useCachedMeasurements` mode, which, though, never reads the observer either.
  const key = instance.options.getItemKey(index)
  return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index)
}
