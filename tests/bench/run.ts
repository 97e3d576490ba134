// npm run bench [-- --runs N] [--reps R] [--out results.json] [--skip-lighthouse]
//   [--only metrics|lighthouse] [--lighthouse-json DIR]
// Builds the app three ways and the floor (a bare React page) once, then makes N whole
// runs, each timing every scenario R times (median) beside its floor in the same
// Chromium. Prints one table (medians of the runs, min–max, floor, ratio, budgets) and
// writes it as JSON. Timings here, never as assertions in the test suite.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { launchChromium, openSignedIn, seedWorklist, metricsRun } from './browser-scenarios.ts'
import { exitCodeFor } from './checks.ts'
import { bundleRows } from './bundle-rows.ts'
import { buildFloor } from './floor-scenarios.ts'
import { browserRun, metricsRows, times } from './run-browser.ts'
import { lighthouseRows } from './run-lighthouse.ts'
import { machineLine } from './machine.ts'
import { build, serve } from './serve.ts'
import { printReport, type Row } from './report.ts'
import { aggregateRuns } from './stats.ts'

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const outPath = opt('--out') ?? 'bench-results/latest.json'
const runs = Number(opt('--runs') ?? 1)
const reps = Number(opt('--reps') ?? 5)
const skipLighthouse = args.includes('--skip-lighthouse')
/** The bench's three ports: the app, the app as shipped, the floor (BENCH_PORT, +1, +2). */
const port = Number(process.env.BENCH_PORT ?? 4181)

export const builds = {
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

/** `--only metrics`: the mock build and the metrics scenario alone (the full bench is heavy). */
async function metricsOnly() {
  build(builds.mock.dir, builds.mock.env)
  const server = await serve(builds.mock.dir, port)
  const browser = await launchChromium()
  try {
    const page = await openSignedIn(browser, server.url)
    await seedWorklist(page, 10_000)
    const rows = metricsRows(await times(reps, () => metricsRun(page)), builds.mock.label, reps)
    printReport(rows, machineLine())
  } finally {
    await browser.close()
    await server.close()
  }
}

/**
 * `--only lighthouse`: the as-shipped build and the floor, Lighthouse alone (N runs, one
 * pass each, or 3 passes for one run, as in the full bench). `--lighthouse-json DIR`
 * keeps each report, to see which tasks are long and what the LCP waits on.
 */
async function lighthouseOnly() {
  const machine = machineLine()
  build(builds.demo.dir, builds.demo.env)
  buildFloor()
  const perRun: Row[][] = []
  for (let i = 0; i < runs; i++) {
    if (runs > 1) console.log(`Run ${i + 1} of ${runs}…`)
    perRun.push(
      await lighthouseRows({
        build: builds.demo,
        port: port + 1,
        times: runs > 1 ? 1 : 3,
        jsonDir: opt('--lighthouse-json'),
      }),
    )
  }
  printReport(runs > 1 ? aggregateRuns(perRun) : perRun[0]!, machine, runs)
}

async function main() {
  if (opt('--only') === 'metrics') return metricsOnly()
  if (opt('--only') === 'lighthouse') return lighthouseOnly()
  if (!(runs >= 1 && reps >= 1)) throw new Error('--runs and --reps must be 1 or more')
  // Named before anything runs: the load average at the start says how quiet it was.
  const machine = machineLine()
  for (const b of Object.values(builds)) build(b.dir, b.env)
  buildFloor()
  const once = bundleRows(builds.noMock, builds.mock)
  const perRun: Row[][] = []
  for (let i = 0; i < runs; i++) {
    if (runs > 1) console.log(`Run ${i + 1} of ${runs}…`)
    const rows = [...once, ...(await browserRun({ build: builds.mock, port, reps }))]
    if (!skipLighthouse)
      rows.push(
        ...(await lighthouseRows({ build: builds.demo, port: port + 1, times: runs > 1 ? 1 : 3 })),
      )
    perRun.push(rows)
  }
  const rows = runs > 1 ? aggregateRuns(perRun) : perRun[0]!
  printReport(rows, machine, runs)
  mkdirSync(dirname(outPath), { recursive: true })
  writeFileSync(
    outPath,
    JSON.stringify({ date: new Date().toISOString(), machine, runs, reps, rows, perRun }, null, 2),
  )
  console.log(`\nWrote ${outPath}`)
  // A missed budget fails the run (printReport has said which).
  process.exitCode = exitCodeFor(rows)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
