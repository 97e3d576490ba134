import { apiRequest } from './client.ts'

// zod loads with the request, not with the app shell: this module is imported by the
// shell's layout, and a top-level schema here would put zod on the sign-in screen.
const anyAnswer = () => import('zod/mini').then((z) => z.unknown())

// Mock-only endpoints: served by the mock service, absent from a real one.
export async function resetDemoData() {
  await apiRequest('/__mock/reset', anyAnswer, { method: 'POST' })
}
