import { expect, test } from '@playwright/test'
import { expectSignInAndReturn, faults, injectFault, messages } from './fault-support.ts'
import { targets } from './fault-targets.ts'
import { resetMock, signIn } from './support.ts'

/**
 * The browser fault matrix: every request a person depends on, with every fault the
 * mock can inject. Each cell checks what a person sees (a clear message, a way on, what
 * they typed still there) and that nothing was done twice. The table of targets is in
 * fault-targets.ts; latency is 0 except in the slow cells.
 */
// The longest file by far: its cells share nothing (each resets its own browser context's
// demo store), so they spread over both workers instead of holding one for minutes.
test.describe.configure({ mode: 'parallel' })

for (const target of targets) {
  test.describe(target.name, () => {
    for (const fault of faults) {
      test(fault, async ({ page }) => {
        await resetMock(page)
        await signIn(page, target.user)
        const ctx = await target.setup(page)
        // A read retries twice by itself: a fault that should show must outlast both.
        const times = target.read && fault !== '401' && fault !== 'slow' ? 3 : 1
        const delayMs = fault === 'slow' ? target.slowMs : undefined
        await injectFault(page, target.rule(ctx), fault, { times, delayMs })
        await target.trigger(page, ctx)

        if (fault === 'slow') {
          // waitFor watches the page, so a message shown for under a second is not missed.
          await target.busy(page).waitFor()
        } else if (fault === '401') {
          await expectSignInAndReturn(page, target.user)
          await target.again?.(page, ctx)
        } else {
          const failure = target.failure(page)
          if (target.ownWords) await expect(failure).toBeVisible()
          else await expect(failure).toContainText(messages[fault])
          await target.kept?.(page)
          await target.retry(page)
        }
        await target.succeeded(page, ctx, fault)
      })
    }
  })
}
