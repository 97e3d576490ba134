import { setupWorker } from 'msw/browser'
import { browserStore } from './browser-store.ts'
import { configureDb } from './db.ts'
import { handlers } from './handlers/index.ts'
import { seedDb } from './seed.ts'
import { handleKeptRequests, keepForNextLoad } from './unload-outbox.ts'

export async function startMockService() {
  // The mock's database lives in the mock's own browser storage, so a reload and a
  // second tab see one database (see browser-store.ts).
  configureDb({ store: browserStore(), seed: () => seedDb() })
  ignoreFailedWorkerUpdate()
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  // A save sent as the last page unloaded is handled before this page's first request;
  // a page restored from the back-forward cache handles its own at once.
  await handleKeptRequests(handlers)
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) void handleKeptRequests(handlers)
  })
  // The sign-in screen paints before the mock has started; scripts that drive the demo
  // through the mock's control endpoints (browser tests, the bench) wait for this mark.
  document.documentElement.dataset.mockService = 'ready'
  return { worker, keepForNextLoad }
}

/**
 * msw's start() calls update() on an existing registration without a catch
 * (mswjs/msw#2006). When /mockServiceWorker.js cannot be fetched at that moment (a
 * `vite build` emptying dist/ under a running preview, a build without the mock on the
 * same origin, the server briefly gone), the update fails with a 404, and the rejection
 * surfaced as an uncaught "Failed to update a ServiceWorker" error. The worker already
 * installed keeps serving, so that one rejection is handled here; the browser's own 404
 * line for the script fetch is not the app's to hide.
 */
function ignoreFailedWorkerUpdate() {
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason
    if (reason instanceof Error && reason.message.startsWith('Failed to update a ServiceWorker'))
      event.preventDefault()
  })
}
