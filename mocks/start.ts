/**
 * The page's way into the mock: `src/main.tsx` imports this file alone, so no file
 * outside `mocks/` names msw. msw loads first, then the mock's own code: two shorter
 * tasks as the page starts, not one long one.
 */
export async function startMock() {
  await import('msw/experimental')
  const { startMockService } = await import('./browser.ts')
  return startMockService()
}
