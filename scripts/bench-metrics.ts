import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PLAN_TIME_ZONE, zonedDate } from '../src/domain/time-zone.ts'
import { oidcSignIn } from './oidc-sign-in.ts'
import { median, timed } from './bench-service/stats.ts'
import { startService, stopService } from './bench-service/service.ts'

/**
 * `npx tsx scripts/bench-metrics.ts --data DIR [--reps 5]`: GET /api/metrics on a PGlite
 * folder seeded with `npm run seed -- --cases N --data DIR`, through the service in its
 * own process as `npm run serve` starts it (on a copy, so the folder is left as it was:
 * the service migrates what it opens). Prints the median of `reps` timings, after one
 * untimed request, for every line together and for one line of business.
 */
const { values } = parseArgs({
  options: { data: { type: 'string' }, reps: { type: 'string', default: '5' } },
})
if (!values.data) throw new Error('Usage: npx tsx scripts/bench-metrics.ts --data DIR [--reps 5]')
const reps = Number(values.reps)

const work = mkdtempSync(join(tmpdir(), 'bench-metrics-'))
const dir = join(work, 'data')
cpSync(values.data, dir, { recursive: true })
const appDir = join(work, 'app')
mkdirSync(appDir)
writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>bench</title>')

const started = performance.now()
const service = await startService({
  args: ['--data', dir, '--no-demo-cases', '--app', appDir],
  env: { DATABASE_URL: undefined },
})
console.error(`started (migrations included) in ${Math.round(performance.now() - started)} ms`)
try {
  const token = (await oidcSignIn(service.base, 'u-md-1')).token
  const year = zonedDate(new Date(), PLAN_TIME_ZONE).slice(0, 4)
  for (const query of [`year=${year}`, `year=${year}&lineOfBusiness=medicare-advantage`]) {
    const get = async () => {
      const res = await fetch(`${service.base}/api/metrics?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`)
      return res.json()
    }
    await get()
    const times: number[] = []
    for (let i = 0; i < reps; i++) times.push(await timed(get))
    const shown = times.map((t) => t.toFixed(1)).join(', ')
    console.log(`GET /api/metrics?${query}: median ${median(times).toFixed(1)} ms (${shown})`)
  }
} finally {
  await stopService(service)
  rmSync(work, { recursive: true, force: true })
}
