import { parseArgs } from 'node:util'
import { openDatabase } from '../server/db/open.ts'
import { seedCases } from '../server/db/seed-cases.ts'

/**
 * `npm run seed -- --cases N [--data DIR] [--batch 1000]`: adds N synthetic cases to the
 * service's database (DATABASE_URL=postgres://… set: Postgres; otherwise PGlite in DIR,
 * default ./data as `npm run serve`), migrating it first. Progress goes to stderr. The
 * database is marked seeded, so `npm run serve` on it lists these cases and adds no demo
 * cases. Run it while no service uses that database.
 */
const usage = 'Usage: npm run seed -- --cases 100000 [--data ./data] [--batch 1000]'

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        cases: { type: 'string' },
        data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
        batch: { type: 'string', default: '1000' },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`)
  }
  const cases = Number(values.cases)
  const batch = Number(values.batch)
  if (!Number.isInteger(cases) || cases < 0) fail(`--cases: not a count: ${values.cases}\n${usage}`)
  if (!Number.isInteger(batch) || batch < 1) fail(`--batch: not a count: ${values.batch}`)
  const url = process.env.DATABASE_URL
  const { db, describe } = await openDatabase(
    url ? { databaseUrl: url } : { dataDir: values.data },
  ).catch((error: unknown) => fail((error as Error).message))
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  console.error(`Seeding ${cases} cases into ${describe}, ${batch} per transaction`)
  try {
    const result = await seedCases(db, {
      cases,
      batch,
      // About ten lines whatever the size, and at least one a batch.
      progress: (done, total) => {
        if (done === total || done % Math.max(batch, Math.ceil(total / 10)) < batch)
          console.error(`  ${done} / ${total} cases (${seconds()} s)`)
      },
    })
    console.error(
      `Seeded ${result.inserted} cases in ${seconds()} s; ${result.total} on file; ` +
        `reference sequence ${JSON.stringify(result.referenceSequence)}`,
    )
  } catch (error) {
    await db.destroy().catch(() => {})
    fail(`seeding failed: ${(error as Error).message}`)
  }
  await db.destroy()
}

function fail(message: string): never {
  console.error(`seed: ${message}`)
  process.exit(1)
}

void main()
