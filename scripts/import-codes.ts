import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../server/db/open.ts'
import { importCodeFiles, type CodeFile } from '../server/db/import-codes.ts'
import {
  SAMPLE_HCPCS_YEAR,
  SAMPLE_ICD10CM_FY,
  sampleHcpcs,
  sampleIcd10cmOrder,
  sampleSource,
} from '../service/data/code-set-sample.ts'

/**
 * `npm run import:codes -- --icd10cm icd10cm_order_2026.txt --hcpcs HCPC2026_JAN_ANWEB.txt
 * --fy 2026 [--hcpcs-year 2026] [--data DIR]` (or `--sample` for the shipped sample):
 * loads CMS's fixed-width files into the service's database (DATABASE_URL set: Postgres;
 * otherwise PGlite in DIR, default ./data), migrating it first. `--fy` is the ICD-10-CM
 * fiscal year (from October 1 of the year before); HCPCS is kept per calendar year,
 * `--hcpcs-year`, by default the same number. Each file replaces its version's set in
 * one transaction; bad rows are listed by line and reason and the good ones are taken.
 * Exit 0 when every row was taken, 2 when some were refused, 1 when nothing could run.
 */
const usage =
  'Usage: npm run import:codes -- --icd10cm FILE --hcpcs FILE --fy 2026 [--hcpcs-year 2026] [--data ./data] | --sample'

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        icd10cm: { type: 'string' },
        hcpcs: { type: 'string' },
        fy: { type: 'string' },
        'hcpcs-year': { type: 'string' },
        sample: { type: 'boolean', default: false },
        data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`)
  }
  const files: CodeFile[] = []
  if (values.sample) {
    files.push(
      {
        system: 'ICD-10-CM',
        version: SAMPLE_ICD10CM_FY,
        text: sampleIcd10cmOrder,
        source: sampleSource,
        sample: true,
      },
      {
        system: 'HCPCS',
        version: SAMPLE_HCPCS_YEAR,
        text: sampleHcpcs,
        source: sampleSource,
        sample: true,
      },
    )
  } else {
    if (!values.icd10cm && !values.hcpcs) fail(`name a file to import\n${usage}`)
    const year = (flag: string, v: string | undefined) => {
      if (!v || !/^\d{4}$/.test(v))
        fail(`${flag}: a four-digit year is required, not ${v ?? 'nothing'}\n${usage}`)
      return v
    }
    const read = (path: string) => {
      try {
        return readFileSync(path, 'latin1')
      } catch (error) {
        return fail(`cannot read ${path}: ${(error as Error).message}`)
      }
    }
    if (values.icd10cm) {
      const fy = year('--fy', values.fy)
      files.push({
        system: 'ICD-10-CM',
        version: fy,
        text: read(values.icd10cm),
        source: `CMS ICD-10-CM FY${fy} order file ${basename(values.icd10cm)}`,
      })
    }
    if (values.hcpcs) {
      const y = year('--hcpcs-year', values['hcpcs-year'] ?? values.fy)
      files.push({
        system: 'HCPCS',
        version: y,
        text: read(values.hcpcs),
        source: `CMS HCPCS ${y} file ${basename(values.hcpcs)}`,
      })
    }
  }
  const url = process.env.DATABASE_URL
  const { db, describe } = await openDatabase(
    url ? { databaseUrl: url } : { dataDir: values.data },
  ).catch((error: unknown) => fail((error as Error).message))
  let refused = 0
  try {
    for (const r of await importCodeFiles(db, files)) {
      console.error(
        `${r.system} ${r.version}: ${r.taken} codes taken into ${describe}, ${r.bad.length} rows refused`,
      )
      for (const b of r.bad) console.error(`  line ${b.line}: ${b.reason}`)
      if (r.taken === 0)
        console.error('  nothing taken: the loaded set of this version, if any, is unchanged')
      refused += r.bad.length
    }
  } catch (error) {
    await db.destroy().catch(() => {})
    fail(`import failed, nothing of the failing file was written: ${(error as Error).message}`)
  }
  await db.destroy()
  process.exit(refused ? 2 : 0)
}

function fail(message: string): never {
  console.error(`import:codes: ${message}`)
  process.exit(1)
}

void main()
