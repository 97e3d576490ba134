/**
 * When the first screen (sign-in, for a new visitor) is on screen. The mock service (a
 * large chunk, and long tasks as it starts) must wait for it, or its start delays the
 * sign-in page's largest paint.
 */
let mark: () => void = () => {}
const rendered = new Promise<void>((resolve) => (mark = resolve))

/** Called by the auth provider once it renders the screen itself, not the check. */
export function markFirstScreenRendered() {
  mark()
}

/** Resolves after the frame showing the first screen is painted; a hidden tab paints
 * nothing, so never wait longer than `fallbackMs`. */
export function afterFirstScreenPainted(fallbackMs = 2000): Promise<void> {
  const painted = rendered.then(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))
  return Promise.race([painted, fallback])
}
