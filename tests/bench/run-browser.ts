import {
  addBenchPolicy,
  casePageRun,
  evidenceRun,
  formReady,
  launchChromium,
  metricsRun,
  openSignedIn,
  seedWorklist,
  evidenceJson,
  submitToDetermination,
  worklistJson,
  worklistRun,
} from './browser-scenarios.ts'
import { scaleRow } from './checks.ts'
import {
  floorEvidenceRun,
  floorWorklistRun,
  openFloor,
  serveFloor,
  writeFloorData,
} from './floor-scenarios.ts'
import type { Row } from './report.ts'
import { serve } from './serve.ts'
import { median, withFloor } from './stats.ts'

export async function times<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < n; i++) out.push(await fn())
  return out
}

/** The metrics rows: the answer and first render as figures, a change within 50 ms on a quiet machine. */
export function metricsRows(
  metrics: { answer: number; firstRender: number; change: number }[],
  build: string,
  reps: number,
): Row[] {
  const m = (k: 'answer' | 'firstRender' | 'change') => median(metrics.map((x) => x[k]))
  const s = (what: string) => `metrics 10,000 cases: ${what} (ms, median of ${reps})`
  return [
    { scenario: s('GET /metrics answered'), build, value: m('answer'), unit: 'ms' },
    { scenario: s('first render'), build, value: m('firstRender'), unit: 'ms' },
    {
      scenario: s('line of business change to figures'),
      build,
      value: m('change'),
      quiet: 50,
      unit: 'ms',
    },
  ]
}

/**
 * One whole run in one Chromium: the app (mock build) at 100 and 10,000 cases and at 20
 * and 2,000 studies, the signed-in case page, the case form, then the floor pages on the
 * very JSON the app was given.
 */
export async function browserRun(o: {
  build: { dir: string; label: string }
  port: number
  reps: number
}): Promise<Row[]> {
  const { reps } = o
  const b = o.build.label
  const server = await serve(o.build.dir, o.port)
  const browser = await launchChromium()
  try {
    const page = await openSignedIn(browser, server.url) // a reset: the seed's 20 cases
    await seedWorklist(page, 100, 20)
    await worklistRun(page) // once untimed: the route's chunks into the cache, as for the floor
    const w100 = await times(reps, () => worklistRun(page))
    const casePage = await times(reps, () => casePageRun(page))
    const seedMs = await seedWorklist(page, 10_000, 100)
    const w10k = await times(reps, () => worklistRun(page))
    const lists = await worklistJson(page)
    const metrics = await times(reps, () => metricsRun(page))
    await addBenchPolicy(page, 20)
    await addBenchPolicy(page, 2000)
    const e20 = await times(reps, () => evidenceRun(page, 20))
    const e2000 = await times(reps, () => evidenceRun(page, 2000))
    const evidence = await evidenceJson(page, 2000)
    // The case form on the seed's 20 cases, as before this bench had scales (a reset).
    const fresh = await openSignedIn(browser, server.url)
    await formReady(fresh) // warm the cache once, as a returning reviewer has it
    const form = await times(reps, () => formReady(fresh))
    const submit = await times(reps, () => submitToDetermination(fresh))

    const med = <T>(xs: T[], f: (x: T) => number) => median(xs.map(f))
    writeFloorData({
      worklist: lists.all,
      'worklist-filtered': lists.filtered,
      evidence,
      'evidence-window': med(e2000, (x) => x.drawn),
    })
    const floorServer = await serveFloor(o.port + 2)
    let fw: Awaited<ReturnType<typeof floorWorklistRun>>[]
    let fe: number[]
    try {
      const floorPage = await openFloor(browser, floorServer.url)
      await floorWorklistRun(floorPage) // once untimed, as for the app
      fw = await times(reps, () => floorWorklistRun(floorPage))
      fe = await times(reps, () => floorEvidenceRun(floorPage))
    } finally {
      await floorServer.close()
    }

    const floorFirst = med(fw, (x) => x.firstRender)
    const floorFilter = med(fw, (x) => x.filter)
    const floorKey = median(fe)
    const first100 = med(w100, (x) => x.firstRender)
    const first10k = med(w10k, (x) => x.firstRender)
    const filter100 = med(w100, (x) => x.filter)
    const filter10k = med(w10k, (x) => x.filter)
    const key20 = med(e20, (x) => x.keystroke)
    const key2000 = med(e2000, (x) => x.keystroke)
    const n = `median of ${reps}`
    return [
      { scenario: `load to case form ready (ms, ${n})`, build: b, value: median(form), unit: 'ms' },
      {
        scenario: `submit to determination visible (ms, ${n})`,
        build: b,
        value: median(submit),
        quiet: 50,
        unit: 'ms',
      },
      {
        scenario: `case page, signed in, 100 cases: LCP (ms, ${n})`,
        build: b,
        value: med(casePage, (x) => x.lcp),
        unit: 'ms',
      },
      {
        scenario: `case page, signed in, 100 cases: long tasks (count, ${n})`,
        build: b,
        value: med(casePage, (x) => x.longTasks),
        unit: 'count',
      },
      {
        scenario: `case page, signed in, 100 cases: blocking time over 50 ms (ms, ${n})`,
        build: b,
        value: med(casePage, (x) => x.blocking),
        unit: 'ms',
      },
      withFloor(
        {
          scenario: `worklist 100 cases: first render (ms, ${n})`,
          build: b,
          value: first100,
          unit: 'ms',
        },
        floorFirst,
      ),
      withFloor(
        {
          scenario: `worklist 100 cases: status filter to rows (ms, ${n})`,
          build: b,
          value: filter100,
          maxRatio: 2,
          quiet: 50,
          unit: 'ms',
        },
        floorFilter,
      ),
      {
        scenario: 'mock service: seed 9,900 cases (ms, once, from the page)',
        build: b,
        value: seedMs,
        unit: 'ms',
      },
      withFloor(
        {
          scenario: `worklist 10,000 cases: first render (ms, ${n})`,
          build: b,
          value: first10k,
          unit: 'ms',
        },
        floorFirst,
      ),
      withFloor(
        {
          scenario: `worklist 10,000 cases: status filter to rows (ms, ${n})`,
          build: b,
          value: filter10k,
          maxRatio: 2,
          quiet: 50,
          unit: 'ms',
        },
        floorFilter,
      ),
      scaleRow(
        'scale: worklist first render, 10,000 over 100 cases (ms)',
        b,
        first100,
        first10k,
        1.3,
      ),
      scaleRow(
        'scale: worklist status filter, 10,000 over 100 cases (ms)',
        b,
        filter100,
        filter10k,
        1.3,
      ),
      ...metricsRows(metrics, b, reps),
      {
        scenario: `evidence 2,000 studies: sort (ms, ${n})`,
        build: b,
        value: med(e2000, (x) => x.sort),
        unit: 'ms',
      },
      {
        scenario: `evidence 20 studies: filter keystroke to rows (ms, ${n})`,
        build: b,
        value: key20,
        unit: 'ms',
      },
      withFloor(
        {
          scenario: `evidence 2,000 studies: filter keystroke to rows (ms, ${n})`,
          build: b,
          value: key2000,
          maxRatio: 2,
          quiet: 50,
          unit: 'ms',
        },
        floorKey,
      ),
      scaleRow(
        'scale: evidence filter keystroke, 2,000 over 20 studies (ms)',
        b,
        key20,
        key2000,
        1.5,
      ),
    ]
  } finally {
    await browser.close()
    await server.close()
  }
}
