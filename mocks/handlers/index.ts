import { http } from 'msw'
import { api } from './base.ts'
import { problemResponse } from '../http.ts'
import { sessionHandlers } from './sessions.ts'

/** The one handler list: dev server, preview build and Vitest all use it. */
export const handlers = [
  ...sessionHandlers,
  // Anything else under the base URL is a 404 problem, as a real service would answer.
  http.all(api('/*'), () => problemResponse(404, 'There is no such endpoint.')),
]
