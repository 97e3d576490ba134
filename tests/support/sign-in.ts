import { writeSessionToken } from '../../src/api/session-token.ts'
import { tokenFor } from './factories.ts'

export type DemoUserId = 'u-rev-1' | 'u-rev-2' | 'u-md-1' | 'u-md-2'

/**
 * Signs in through the real (mock) API, as the sign-in screen would. Here rather than in
 * render-app.tsx, so an API test that only signs in does not load React, the router and
 * every screen of the app (about a second of each server test file's start; issue 32).
 */
export async function signInAs(userId: DemoUserId): Promise<string> {
  const token = await tokenFor(userId)
  writeSessionToken(token)
  return token
}
