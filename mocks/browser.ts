import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { defineNetwork, InterceptorSource } from 'msw/experimental'
import { browserStore } from './browser-store.ts'
import { configureDb } from '../service/store.ts'
import { handlers } from './handlers/index.ts'
import { seedDb } from '../service/seed.ts'
import { handleKeptRequests, keepForNextLoad } from './unload-outbox.ts'

/**
 * The mock answers the page's own fetch calls in the page (msw's interceptor, as its
 * fallback mode does), not through a service worker: the worker's round trip (page to
 * worker and back, twice) cost about 20 ms on every request, a third of a worklist
 * filter. The app calls the API with fetch only (src/api/client.ts), so that is the one
 * thing intercepted; anything else goes to the network untouched.
 */
export async function startMockService() {
  // The mock's database lives in the mock's own browser storage, so a reload and a
  // second tab see one database (see browser-store.ts).
  configureDb({ store: browserStore(), seed: () => seedDb() })
  void retireOldWorker().catch(() => {
    // A browser that will not list or drop it keeps it; the mock works either way.
  })
  const network = defineNetwork({
    // msw's types name the interceptor of its own bundled copy; this one is the same
    // version of the same package (pinned to msw's in package.json).
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor() as never] })],
    handlers,
    onUnhandledFrame: 'bypass',
    context: { quiet: true },
  })
  network.enable()
  // A save sent as the last page unloaded is handled before this page's first request;
  // a page restored from the back-forward cache handles its own at once.
  await handleKeptRequests(handlers)
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) void handleKeptRequests(handlers)
  })
  // The sign-in screen paints before the mock has started; scripts that drive the demo
  // through the mock's control endpoints (browser tests, the bench) wait for this mark.
  document.documentElement.dataset.mockService = 'ready'
  return { keepForNextLoad }
}

/**
 * Earlier versions ran the mock through a service worker at /mockServiceWorker.js. A
 * browser that still has it registered would send every request through it for
 * nothing (it passes requests on once no page answers it), so it is unregistered.
 */
async function retireOldWorker() {
  const registrations = (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? []
  for (const r of registrations)
    if ((r.active ?? r.waiting ?? r.installing)?.scriptURL.endsWith('/mockServiceWorker.js'))
      await r.unregister()
}
