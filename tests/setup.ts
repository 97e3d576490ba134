import '@testing-library/jest-dom/vitest'
import './jsdom-gaps.ts'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDb } from '../service/store.ts'
import { server } from '../mocks/node.ts'

// Waits are for a state, not a time: on a busy machine a lazy screen can take over the
// default second to appear, which is not a failure of the app. Tests never assert speed.
configure({ asyncUtilTimeout: 10_000 })

// An unhandled request is a bug in the test or the app: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  await resetDb()
  sessionStorage.clear()
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())
