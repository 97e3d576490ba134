/**
 * Tabs of one browser share one sign-in. A new tab has an empty session storage, so it
 * asks the open tabs on a same-origin BroadcastChannel, "is anyone signed in?", and an
 * open tab answers with its token; the token never goes to any other storage. Sign-out
 * in one tab signs out all, and activity in any tab counts for the idle clock of all.
 */
type Message =
  | { type: 'ask' }
  | { type: 'token'; token: string }
  | { type: 'signed-out' }
  | { type: 'activity'; at: number }

const NAME = 'crd.session'
/** How long a new tab listens for an answer (it shows sign-in meanwhile). */
export const askTimeoutMs = 200
/**
 * How long after that it still takes a late answer: a tab busy with a long task (a big
 * page, a slow machine) answers after the question timed out, and the person would
 * otherwise sign in again in a browser that is signed in.
 */
export const lateAnswerMs = 10_000

let channel: BroadcastChannel | null | undefined
function open(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME)
    // Node's channel (tests) would otherwise keep the process alive.
    ;(channel as { unref?: () => void } | null)?.unref?.()
  }
  return channel
}

export const canShareSession = () => open() !== null

function post(message: Message) {
  open()?.postMessage(message)
}

function listen(handler: (m: Message) => void): () => void {
  const ch = open()
  if (!ch) return () => {}
  const onMessage = (e: MessageEvent) => {
    const m = e.data as Partial<Message> | null
    if (m && typeof m === 'object' && typeof m.type === 'string') handler(m as Message)
  }
  ch.addEventListener('message', onMessage)
  return () => ch.removeEventListener('message', onMessage)
}

/**
 * Calls `onToken` with the first token an open tab sends within `ms`, else `onNone`;
 * answers a function that stops listening.
 */
function firstToken(ms: number, onToken: (token: string) => void, onNone = () => {}) {
  const stop = listen((m) => {
    if (m.type !== 'token' || typeof m.token !== 'string') return
    end()
    onToken(m.token)
  })
  const timer = setTimeout(() => {
    end()
    onNone()
  }, ms)
  function end() {
    clearTimeout(timer)
    stop()
  }
  return end
}

/** A new tab's question: resolves with a signed-in tab's token, or null after a moment. */
export function askOpenTabs(): Promise<string | null> {
  if (!open()) return Promise.resolve(null)
  return new Promise((resolve) => {
    firstToken(askTimeoutMs, resolve, () => resolve(null))
    post({ type: 'ask' })
  })
}

/** A token an open tab sends within `lateAnswerMs` after the question timed out; stops at the first. */
export const takeLateAnswer = (onToken: (token: string) => void): (() => void) =>
  firstToken(lateAnswerMs, onToken)

/** An open tab's side: answer new tabs, follow a sign-out elsewhere. */
export function serveOpenTabs(getToken: () => string | null, onSignedOut: () => void) {
  return listen((m) => {
    if (m.type === 'ask') {
      const token = getToken()
      if (token) post({ type: 'token', token })
    } else if (m.type === 'signed-out') onSignedOut()
  })
}

export const announceSignOut = () => post({ type: 'signed-out' })

let lastSent = 0
/** Activity here, told to the other tabs at most every 15 seconds. */
export function shareActivity(now = Date.now()) {
  if (now - lastSent < 15_000) return
  lastSent = now
  post({ type: 'activity', at: now })
}

export function onSharedActivity(handler: (at: number) => void): () => void {
  return listen((m) => {
    if (m.type === 'activity' && typeof m.at === 'number') handler(m.at)
  })
}
