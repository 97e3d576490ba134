import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { openDatabase, type Where } from '../server/db/open.ts'
import { seedCases } from '../server/db/seed-cases.ts'
import { measureFloors } from './bench-service/floors.ts'
import { measureHttpFloors } from './bench-service/http-floor.ts'
import { checks, rows, table, type Measured } from './bench-service/report.ts'
import type { Timing } from './bench-service/stats.ts'
import { measureService, startService, stopService, type Target } from './bench-service/service.ts'

/**
 * `npm run bench:service -- [--sizes 1000,100000] [--runs 3] [--reps 9] [--warm 20] [--stores pglite,postgres]
 * [--out file.json]`: the criteria service's cost as the data grows, on PGlite (a temp
 * folder) and on Postgres (a scratch database on the server DATABASE_URL or
 * TEST_DATABASE_URL names, as scripts/with-scratch-postgres.sh sets it; skipped without
 * one). It seeds each size once, then each run measures every size in turn: the floors
 * (bare SQL through the same driver, the service stopped) and the service (its own
 * process, as `npm run serve` starts it). Prints every figure, then the budgets; exits 1 if one fails.
 */
const usage =
  'Usage: npm run bench:service -- [--sizes 1000,100000] [--runs 3] [--reps 9] [--warm 20] [--stores pglite,postgres] [--out path.json]'

function options() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '1000,100000' },
        runs: { type: 'string', default: '3' },
        reps: { type: 'string', default: '9' },
        warm: { type: 'string', default: '20' },
        stores: { type: 'string', default: 'pglite,postgres' },
        out: { type: 'string' },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`)
  }
  const count = (s: string, what: string) => {
    const n = Number(s)
    if (!Number.isInteger(n) || n < 1) fail(`${what}: not a count: ${s}\n${usage}`)
    return n
  }
  const sizes = values.sizes.split(',').map((s) => count(s.trim(), '--sizes'))
  const stores = values.stores.split(',').map((s) => s.trim())
  for (const s of stores) if (s !== 'pglite' && s !== 'postgres') fail(`--stores: ${s}?\n${usage}`)
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: count(values.runs, '--runs'),
    reps: count(values.reps, '--reps'),
    warm: count(values.warm, '--warm'),
    stores,
    out: values.out,
  }
}

const log = (message: string) => console.error(`[bench:service] ${message}`)

type Store = {
  name: string
  /** A database with `cases` seeded cases: where to open it, how to start the service on it. */
  prepare(cases: number): Promise<{ where: Where; target: Target; dispose: () => Promise<void> }>
  /** Postgres: two processes can share it, so a read after another process wrote is measured. */
  shared: boolean
  /** PGlite: the database runs in the service's thread, one statement at a time. */
  serial: boolean
}

function pgliteStore(appDir: string): Store {
  return {
    name: 'PGlite',
    shared: false,
    serial: true,
    async prepare() {
      const dir = mkdtempSync(join(tmpdir(), 'bench-service-pglite-'))
      return {
        where: { dataDir: dir },
        target: {
          args: ['--data', dir, '--no-demo-cases', '--app', appDir],
          env: { DATABASE_URL: undefined },
        },
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  }
}

function postgresStore(adminUrl: string, appDir: string): Store {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  return {
    name: 'Postgres',
    shared: true,
    serial: false,
    async prepare(cases) {
      const name = `bench_service_${cases}_${process.pid}`
      await admin(`drop database if exists ${name} with (force)`)
      await admin(`create database ${name}`)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return {
        where: { databaseUrl: url.toString() },
        target: {
          args: ['--no-demo-cases', '--app', appDir],
          env: { DATABASE_URL: url.toString() },
        },
        dispose: () => admin(`drop database if exists ${name} with (force)`),
      }
    },
  }
}

async function seed(where: Where, cases: number) {
  const { db } = await openDatabase(where)
  const start = performance.now()
  try {
    await seedCases(db, {
      cases,
      progress: (done, total) => {
        if (done === total || done % 20_000 === 0) log(`  seeded ${done} / ${total}`)
      },
    })
  } finally {
    await db.destroy()
  }
  return performance.now() - start
}

/** One size of one store: its database (seeded), how to start the service on it, its figures. */
type Prepared = {
  cases: number
  where: Where
  target: Target
  dispose: () => Promise<void>
  measured: Measured
}

async function prepareSize(store: Store, cases: number): Promise<Prepared> {
  log(`${store.name}, ${cases} cases: seeding`)
  const { where, target, dispose } = await store.prepare(cases)
  try {
    const seedMs = await seed(where, cases)
    log(`${store.name}, ${cases} cases: seeded in ${(seedMs / 1000).toFixed(1)} s`)
  } catch (error) {
    await dispose()
    throw error
  }
  const measured: Measured = { store: store.name, cases, serial: store.serial, runs: [] }
  return { cases, where, target, dispose, measured }
}

/** One run on one size: the floors (service stopped), the service, the HTTP floors. */
async function measureRun(store: Store, p: Prepared, run: number, runs: number, t: Timing) {
  const { cases, where, target, measured } = p
  log(`${store.name}, ${cases} cases, run ${run}/${runs}: floors (service stopped)`)
  const { db } = await openDatabase(where)
  const second = store.shared ? (await openDatabase(where)).db : undefined
  let floors
  try {
    floors = await measureFloors(db, t, second)
  } finally {
    await db.destroy()
    await second?.destroy()
  }
  log(`${store.name}, ${cases} cases, run ${run}/${runs}: service`)
  const started = performance.now()
  const service = await startService(target)
  const startMs = performance.now() - started
  const other = store.shared ? await startService(target) : undefined
  try {
    const step = (what: string) => log(`${store.name}, ${cases} cases, run ${run}/${runs}: ${what}`)
    const pid = service.child.pid!
    const { figures, exchanges } = await measureService(service.base, pid, t, other?.base, step)
    figures['service start to listening'] = startMs
    measured.runs.push({ figures, floors: {}, sqlFloors: floors, exchanges })
  } finally {
    await stopService(service)
    if (other) await stopService(other)
  }
  // The HTTP part of each floor, with the service stopped (nothing else runs).
  const last = measured.runs.at(-1)!
  log(`${store.name}, ${cases} cases, run ${run}/${runs}: HTTP floors (service stopped)`)
  const http = await measureHttpFloors(last.exchanges ?? {}, t)
  last.httpFloors = http
  for (const [figure, ms] of Object.entries(floors))
    if (ms !== undefined && http[figure] !== undefined) last.floors[figure] = ms + http[figure]
}

/**
 * Every size of one store, seeded first, then measured run by run, the sizes in turn
 * within each run: a slow minute on the machine falls on both sizes of a run, and the
 * growth budget compares each run's sizes with each other (report.ts).
 */
async function measureStore(store: Store, sizes: number[], runs: number, t: Timing) {
  const prepared: Prepared[] = []
  try {
    for (const n of sizes) prepared.push(await prepareSize(store, n))
    for (let run = 1; run <= runs; run++)
      for (const p of prepared) await measureRun(store, p, run, runs, t)
    return prepared.map((p) => p.measured)
  } finally {
    for (const p of prepared) await p.dispose()
  }
}

async function main() {
  const o = options()
  const appDir = mkdtempSync(join(tmpdir(), 'bench-service-app-'))
  // The API needs no built app; the service only checks that one is there.
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>bench</title>')
  const adminUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL
  const stores: Store[] = []
  if (o.stores.includes('pglite')) stores.push(pgliteStore(appDir))
  if (o.stores.includes('postgres')) {
    if (adminUrl) stores.push(postgresStore(adminUrl, appDir))
    else
      log(
        'Postgres skipped: set DATABASE_URL (a server where scratch databases may be created) or run under scripts/with-scratch-postgres.sh',
      )
  }
  const load = loadavg().map((l) => l.toFixed(2))
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average at start ${load.join(' / ')}`
  log(machine)
  const all: Measured[] = []
  let error: unknown = null
  try {
    for (const store of stores) {
      const measured = await measureStore(store, o.sizes, o.runs, o)
      all.push(...measured)
      // Printed as it comes (stderr), so a long run that stops early still says something.
      console.error(`${table(rows(measured), o.runs)}\n`)
    }
  } catch (e) {
    error = e
  } finally {
    rmSync(appDir, { recursive: true, force: true })
  }
  const measuredRows = rows(all)
  console.log(`\nCriteria service bench: ${machine}`)
  console.log(
    `${o.runs} run(s), ${o.reps} timings per figure per run (median) after ${o.warm} untimed; ratio = figure / its floor in the same run\n`,
  )
  console.log(table(measuredRows, o.runs))
  const results = checks(measuredRows)
  console.log('\nBudgets:')
  for (const c of results) console.log(`  ${c.ok ? 'met   ' : 'FAILED'} ${c.text}`)
  if (o.out) {
    mkdirSync(dirname(o.out), { recursive: true })
    writeFileSync(
      o.out,
      JSON.stringify({ machine, options: o, measured: all, checks: results }, null, 2),
    )
  }
  if (error) {
    console.error(`\nThe bench stopped early: ${(error as Error).stack ?? String(error)}`)
    process.exit(2)
  }
  if (results.some((c) => !c.ok)) process.exit(1)
}

function fail(message: string): never {
  console.error(`bench:service: ${message}`)
  process.exit(2)
}

void main()
