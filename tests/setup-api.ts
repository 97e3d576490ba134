import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDb } from '../service/store.ts'
import { server } from '../mocks/node.ts'

// The API tests in Node: no page to build, only the mock service behind fetch. Their
// paths are relative, as the app's are: MSW resolves them against the page's address,
// which jsdom's default is (http://localhost:3000/).
Object.defineProperty(globalThis, 'location', {
  value: new URL('http://localhost:3000/'),
  configurable: true,
})

// An unhandled request is a bug in the test or the app: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  await resetDb()
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
