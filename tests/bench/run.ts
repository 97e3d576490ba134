// npm run bench [-- --out results.json] [--runs 10] [--skip-lighthouse]
// Prints one table of figures and budgets; writes the same as JSON. Timings here,
// never as assertions in the test suite: this machine's clock is too noisy for that.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import os from 'node:os'
import {
  addBenchPolicy,
  evidenceRun,
  formReady,
  launchChromium,
  openSignedIn,
  seedWorklist,
  submitToDetermination,
  worklistRun,
  metricsRun,
} from './browser-scenarios.ts'
import { measureBundle } from './bundle.ts'
import { exitCodeFor } from './checks.ts'
import { lighthouseOnce, type LighthouseFigures } from './lighthouse-run.ts'
import { build, serve } from './serve.ts'
import { printReport, type Row } from './report.ts'
import { median } from './stats.ts'

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const outPath = opt('--out') ?? 'bench-results/latest.json'
const runs = Number(opt('--runs') ?? 10)
const skipLighthouse = args.includes('--skip-lighthouse')

const builds = {
  noMock: {
    dir: 'dist-bench/no-mock',
    env: { VITE_API_MOCKING: 'off' },
    label: 'production, mocking off',
  },
  mock: {
    dir: 'dist-bench/mock',
    env: { VITE_API_MOCKING: 'on', VITE_MOCK_LATENCY_MS: '0' },
    label: 'production, mocking on, 0 ms mock latency',
  },
  demo: {
    dir: 'dist-bench/demo',
    env: { VITE_API_MOCKING: 'on' },
    label: 'production, mocking on, as shipped (.env latency)',
  },
}

async function times<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < n; i++) out.push(await fn())
  return out
}

/** The metrics rows: the answer and first render as figures, a change within the worklist's 50 ms budget. */
function metricsRows(
  metrics: { answer: number; firstRender: number; change: number }[],
  build: string,
): Row[] {
  const m = (k: 'answer' | 'firstRender' | 'change') => median(metrics.map((x) => x[k]))
  const s = (what: string) => `metrics 10,000 cases: ${what} (ms, median of ${runs})`
  return [
    { scenario: s('GET /metrics answered'), build, value: m('answer'), unit: 'ms' },
    { scenario: s('first render'), build, value: m('firstRender'), unit: 'ms' },
    {
      scenario: s('line of business change to figures'),
      build,
      value: m('change'),
      budget: 50,
      unit: 'ms',
    },
  ]
}

/** `--only metrics`: the mock build and the metrics scenario alone (the full bench is heavy). */
async function metricsOnly() {
  build(builds.mock.dir, builds.mock.env)
  const server = await serve(builds.mock.dir, 4181)
  const browser = await launchChromium()
  try {
    const page = await openSignedIn(browser, server.url)
    await seedWorklist(page, 10_000)
    const rows = metricsRows(await times(runs, () => metricsRun(page)), builds.mock.label)
    printReport(
      rows,
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  if (opt('--only') === 'metrics') return metricsOnly()
  for (const b of Object.values(builds)) build(b.dir, b.env)
  const rows: Row[] = []
  const bundleOff = measureBundle(builds.noMock.dir, builds.noMock.label)
  const bundleOn = measureBundle(builds.mock.dir, builds.mock.label)
  rows.push(
    {
      scenario: 'first screen JS (gzip KB)',
      build: bundleOff.build,
      value: bundleOff.firstScreenJs / 1024,
      budget: 120,
      unit: 'KB',
    },
    {
      scenario: 'first screen CSS (gzip KB)',
      build: bundleOff.build,
      value: bundleOff.firstScreenCss / 1024,
      unit: 'KB',
    },
    {
      scenario: 'msw code in the build',
      build: bundleOff.build,
      value: bundleOff.msw ? 1 : 0,
      budget: 0,
      unit: 'flag',
    },
    {
      scenario: 'first screen JS (gzip KB)',
      build: bundleOn.build,
      value: bundleOn.firstScreenJs / 1024,
      unit: 'KB',
    },
    {
      scenario: 'mock service chunk, loaded after the shell (gzip KB)',
      build: bundleOn.build,
      value: bundleOn.mockServiceJs / 1024,
      unit: 'KB',
    },
    ...bundleOff.routeChunks.map((c) => ({
      scenario: `route chunk ${c.route} (gzip KB, JS+CSS)`,
      build: bundleOff.build,
      value: (c.js + c.css) / 1024,
      unit: 'KB',
    })),
  )

  const server = await serve(builds.mock.dir, 4181)
  const browser = await launchChromium()
  try {
    const page = await openSignedIn(browser, server.url)
    await formReady(page) // warm the cache once, as a returning reviewer has it
    const form = await times(runs, () => formReady(page))
    const submit = await times(runs, () => submitToDetermination(page))
    const seedMs = await seedWorklist(page, 10_000)
    const worklist = await times(runs, () => worklistRun(page))
    const metrics = await times(runs, () => metricsRun(page))
    await addBenchPolicy(page)
    const evidence = await times(runs, () => evidenceRun(page))
    const b = builds.mock.label
    rows.push(
      {
        scenario: `load to case form ready (ms, median of ${runs})`,
        build: b,
        value: median(form),
        unit: 'ms',
      },
      {
        scenario: `submit to determination visible (ms, median of ${runs})`,
        build: b,
        value: median(submit),
        budget: 50,
        unit: 'ms',
      },
      {
        // Was a "< 3 s" assertion in the test suite (Node, in memory); a figure belongs here.
        // No budget yet: the page writes to IndexedDB, and no run has measured it there.
        scenario: 'mock service: seed 9,980 cases (ms, once, from the page)',
        build: b,
        value: seedMs,
        unit: 'ms',
      },
      {
        scenario: `worklist 10,000 cases: first render (ms, median of ${runs})`,
        build: b,
        value: median(worklist.map((w) => w.firstRender)),
        unit: 'ms',
      },
      {
        scenario: `worklist 10,000 cases: status filter to rows (ms, median of ${runs})`,
        build: b,
        value: median(worklist.map((w) => w.filter)),
        budget: 50,
        unit: 'ms',
      },
      ...metricsRows(metrics, b),
      {
        scenario: `evidence 2,000 studies: sort (ms, median of ${runs})`,
        build: b,
        value: median(evidence.map((e) => e.sort)),
        unit: 'ms',
      },
      {
        scenario: `evidence 2,000 studies: filter keystroke to rows (ms, median of ${runs})`,
        build: b,
        value: median(evidence.map((e) => e.keystroke)),
        budget: 50,
        unit: 'ms',
      },
    )
  } finally {
    await browser.close()
    await server.close()
  }

  if (!skipLighthouse) {
    const demo = await serve(builds.demo.dir, 4182)
    try {
      const lh: LighthouseFigures[] = await times(3, () => lighthouseOnce(`${demo.url}/`))
      const m = (k: keyof LighthouseFigures) => median(lh.map((r) => r[k]))
      const b = `${builds.demo.label}; Lighthouse 12.2.3 mobile, median of 3`
      rows.push(
        {
          scenario: 'Lighthouse performance',
          build: b,
          value: m('performance'),
          min: 0.95,
          unit: 'score',
        },
        {
          scenario: 'Lighthouse accessibility',
          build: b,
          value: m('accessibility'),
          min: 1,
          unit: 'score',
        },
        {
          scenario: 'Lighthouse best practices',
          build: b,
          value: m('bestPractices'),
          unit: 'score',
        },
        { scenario: 'Lighthouse LCP (ms)', build: b, value: m('lcpMs'), unit: 'ms' },
        { scenario: 'Lighthouse TBT (ms)', build: b, value: m('tbtMs'), unit: 'ms' },
      )
    } finally {
      await demo.close()
    }
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  printReport(rows, machine)
  mkdirSync(dirname(outPath), { recursive: true })
  writeFileSync(
    outPath,
    JSON.stringify(
      { date: new Date().toISOString(), machine, rows, bundles: { off: bundleOff, on: bundleOn } },
      null,
      2,
    ),
  )
  console.log(`\nWrote ${outPath}`)
  // A missed budget fails the run (printReport has said which).
  process.exitCode = exitCodeFor(rows)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
