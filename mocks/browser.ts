import { setupWorker } from 'msw/browser'
import { handlers } from './handlers/index.ts'

export async function startMockService() {
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  return worker
}
