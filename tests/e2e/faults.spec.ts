import { expect, test } from '@playwright/test'
import { expectSignInAndReturn, faults, injectFault, messages } from './fault-support.ts'
import { targets } from './fault-targets.ts'
import { freshData, resetMock, signIn } from './support.ts'

/**
 * The browser fault matrix: every request a person depends on, with every fault the
 * mock can inject. Each cell checks what a person sees (a clear message, a way on, what
 * they typed still there) and that nothing was done twice. The table of targets is in
 * fault-targets.ts; latency is 0 except in the slow cells.
 */
// One test per target, its six faults as steps in one page: the browser, the mock's start
// and the sign-in were most of a cell's time. Every cell starts from the seed again with
// no fault switched on, as a test of its own did; a failing step names its cell. The
// targets share nothing, so they spread over both workers.
test.describe.configure({ mode: 'parallel' })

for (const target of targets) {
  test(target.name, async ({ page }) => {
    // Six cells in one test: three times the minute of one test, for six (a cell had a
    // minute of its own before).
    test.slow()
    await resetMock(page)
    await signIn(page, target.user)
    for (const fault of faults) {
      await test.step(`${target.name} › ${fault}`, async () => {
        await freshData(page)
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
