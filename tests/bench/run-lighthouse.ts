import { floorDir, serveFloor } from './floor-scenarios.ts'
import { lighthouseOnce, type LighthouseFigures } from './lighthouse-run.ts'
import type { Row } from './report.ts'
import { serve } from './serve.ts'
import { median } from './stats.ts'

/**
 * Lighthouse on the build as shipped, as a new visitor starts it (the sign-in page),
 * and on the floor's bare sign-in page, alternately, so both see the same machine.
 */
export async function lighthouseRows(o: {
  build: { dir: string; label: string }
  port: number
  times: number
  /** Where to keep each Lighthouse report (JSON), if anywhere. */
  jsonDir?: string
}): Promise<Row[]> {
  const app = await serve(o.build.dir, o.port)
  const floor = await serveFloor(o.port + 1, floorDir)
  const appRuns: LighthouseFigures[] = []
  const floorRuns: LighthouseFigures[] = []
  try {
    for (let i = 0; i < o.times; i++) {
      appRuns.push(await lighthouseOnce(`${app.url}/`, o.jsonDir && `${o.jsonDir}/app`))
      floorRuns.push(await lighthouseOnce(`${floor.url}/`, o.jsonDir && `${o.jsonDir}/floor`))
    }
  } finally {
    await app.close()
    await floor.close()
  }
  const m = (runs: LighthouseFigures[], k: keyof LighthouseFigures) => median(runs.map((r) => r[k]))
  const b = `${o.build.label}; Lighthouse 12.2.3 mobile, median of ${o.times}`
  const floored = (k: keyof LighthouseFigures) => {
    const value = m(appRuns, k)
    const floorValue = m(floorRuns, k)
    return { value, floor: floorValue, ratio: value / floorValue }
  }
  return [
    {
      scenario: 'Lighthouse performance (sign-in, new visitor)',
      build: b,
      ...floored('performance'),
      min: 0.97,
      unit: 'score',
    },
    {
      scenario: 'Lighthouse accessibility',
      build: b,
      value: m(appRuns, 'accessibility'),
      min: 1,
      unit: 'score',
    },
    {
      scenario: 'Lighthouse best practices',
      build: b,
      value: m(appRuns, 'bestPractices'),
      unit: 'score',
    },
    { scenario: 'Lighthouse LCP (ms)', build: b, ...floored('lcpMs'), maxRatio: 1.5, unit: 'ms' },
    // TBT has no ratio: the floor's is near 0 ms.
    {
      scenario: 'Lighthouse TBT (ms)',
      build: b,
      value: m(appRuns, 'tbtMs'),
      floor: m(floorRuns, 'tbtMs'),
      budget: 50,
      unit: 'ms',
    },
  ]
}
