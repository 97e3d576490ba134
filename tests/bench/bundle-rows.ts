import { measureBundle } from './bundle.ts'
import type { Row } from './report.ts'

type Build = { dir: string; label: string }

/** Bundle figures: the same in every run of one build, so measured once. */
export function bundleRows(noMock: Build, mock: Build): Row[] {
  const off = measureBundle(noMock.dir, noMock.label)
  const on = measureBundle(mock.dir, mock.label)
  return [
    {
      scenario: 'first screen JS (gzip KB)',
      build: off.build,
      value: off.firstScreenJs / 1024,
      budget: 100,
      unit: 'KB',
    },
    {
      scenario: 'first screen CSS (gzip KB)',
      build: off.build,
      value: off.firstScreenCss / 1024,
      unit: 'KB',
    },
    {
      scenario: 'msw code in the build',
      build: off.build,
      value: off.msw ? 1 : 0,
      budget: 0,
      unit: 'flag',
    },
    {
      scenario: 'first screen JS (gzip KB)',
      build: on.build,
      value: on.firstScreenJs / 1024,
      unit: 'KB',
    },
    {
      scenario: 'mock service chunk, loaded on first need (gzip KB)',
      build: on.build,
      value: on.mockServiceJs / 1024,
      unit: 'KB',
    },
    ...off.routeChunks.map((c) => ({
      scenario: `route chunk ${c.route} (gzip KB, JS+CSS)`,
      build: off.build,
      value: (c.js + c.css) / 1024,
      unit: 'KB',
    })),
  ]
}
