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
  return { worker, keepForNextLoad }
}
