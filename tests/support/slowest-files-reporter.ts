import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints the ten slowest test files after a run, with where their time went, so the
 * suite's cost is read off every run (CI included) rather than guessed.
 */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules
      .map((m) => {
        const d = m.diagnostic()
        const total = d.environmentSetupDuration + d.setupDuration + d.collectDuration + d.duration
        return {
          file: m.relativeModuleId,
          total,
          env: d.environmentSetupDuration,
          tests: d.duration,
        }
      })
      .sort((a, b) => b.total - a.total)
      .slice(0, 10)
    if (!rows.length) return
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8)
    const lines = rows.map((r) => `${s(r.total)}${s(r.env)}${s(r.tests)}  ${r.file}`)
    console.log(['', 'Ten slowest test files (total, environment, tests):', ...lines].join('\n'))
  }
}
