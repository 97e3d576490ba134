// Read once at start-up; Vite inlines these at build time, so a build with
// mocking off drops every import of the mock service.
export const apiBaseUrl = (import.meta.env.VITE_API_BASE_URL || '/api').replace(/\/$/, '')
export const mockingEnabled = import.meta.env.VITE_API_MOCKING !== 'off'
export const idleMinutes = Number(import.meta.env.VITE_IDLE_MINUTES) || 15
