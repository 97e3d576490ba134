/** What requests wait on: starts the service the first time anything waits for it. */
export type OnFirstNeed<T> = PromiseLike<T> & { start: () => Promise<T> }

// What says a person has begun to use the page (not focus: the app moves focus itself).
const intents = ['pointerdown', 'touchstart', 'keydown', 'click'] as const

/**
 * Starts a service (the in-page mock, in the demo) when it is first needed: the first
 * request that waits for it, or the person's first pointer, touch, key or click on the
 * page, so that it is usually running by the time they submit. A new visitor's sign-in
 * screen needs no service to paint or to be read, and its start-up (a large chunk and
 * long tasks) is not spent while nobody uses the page.
 */
export function startOnFirstNeed<T>(
  start: () => Promise<T>,
  target: EventTarget = window,
): OnFirstNeed<T> {
  let started: Promise<T> | undefined
  const onIntent = () =>
    void run().catch(() => {
      // The requests that wait for the service report its failure.
    })
  for (const type of intents)
    target.addEventListener(type, onIntent, { capture: true, passive: true })
  function run() {
    if (!started) {
      for (const type of intents) target.removeEventListener(type, onIntent, { capture: true })
      started = start()
    }
    return started
  }
  return { then: (onDone, onFailed) => run().then(onDone, onFailed), start: run }
}
