import { demoUsers } from './demo-users.ts'
import type { User } from './schemas/user.ts'

/**
 * The demo's sign-in choices when the mock service runs in the page: the mock serves
 * this fixed list (demo-users.ts) from the same module, so it ships with the
 * sign-in screen and its radios paint at once instead of after the mock's chunk has
 * loaded and started. Signing in still goes through the service. With a real service
 * (mocking off) this is undefined: the list comes from GET /demo-users, and the
 * condition is written out in full so the bundler drops the module from that build.
 */
export const shippedDemoUsers: User[] | undefined =
  import.meta.env.VITE_API_MOCKING !== 'off' ? demoUsers : undefined
