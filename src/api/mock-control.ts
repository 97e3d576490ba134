import * as z from 'zod/mini'
import { apiRequest } from './client.ts'

// Mock-only endpoints: served by the mock service, absent from a real one.
export async function resetDemoData() {
  await apiRequest('/__mock/reset', z.unknown(), { method: 'POST' })
}
