import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { openDatabase } from '../server/db/open.ts'
import { importReport, writeImport } from '../server/db/import-members.ts'
import { parseFhirImport } from '../service/members/import-fhir.ts'
import { parseCsvImport } from '../service/members/import-parse.ts'

/**
 * `npm run import:members -- --csv FILE [--kind providers] [--data DIR]`, or `--fhir FILE`
 * (a Bundle of Patient + Coverage, Practitioner, Organization): reads the file, checks
 * every row, prints each row taken or refused (with its line or entry and the reason),
 * and writes the taken rows in one transaction into the service's database
 * (DATABASE_URL=postgres://… set: Postgres; otherwise PGlite in DIR, default ./data).
 * Exit status 0: every row taken; 2: some refused (the others written); 1: nothing written.
 */
const usage =
  'Usage: npm run import:members -- (--csv FILE [--kind members|providers] | --fhir FILE) [--data ./data] [--dry-run]'

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        csv: { type: 'string' },
        fhir: { type: 'string' },
        kind: { type: 'string', default: 'members' },
        data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
        'dry-run': { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`)
  }
  const file = values.csv ?? values.fhir
  if (!file || (values.csv && values.fhir)) fail(`name one file, --csv or --fhir\n${usage}`)
  if (values.kind !== 'members' && values.kind !== 'providers')
    fail(`--kind: members or providers, not ${values.kind}`)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`)
  }
  const parsed = values.csv ? parseCsvImport(text, values.kind) : parseFhirImport(text)
  if (parsed.error) fail(`${file}: ${parsed.error}. Nothing was written.`)
  for (const line of importReport(parsed)) console.log(line)
  const taken = parsed.members.length + parsed.providers.length
  if (parsed.refused.length) process.exitCode = 2
  if (values['dry-run']) return console.log('Dry run: nothing was written.')
  if (taken > 0) {
    const url = process.env.DATABASE_URL
    const { db, describe } = await openDatabase(
      url ? { databaseUrl: url } : { dataDir: values.data },
    ).catch((error: unknown) => fail((error as Error).message))
    try {
      await writeImport(db, parsed)
    } catch (error) {
      await db.destroy().catch(() => {})
      fail(`${(error as Error).message} Nothing was written.`)
    }
    await db.destroy()
    console.log(`Wrote the ${taken} taken row(s) to ${describe} in one transaction.`)
  }
}

function fail(message: string): never {
  console.error(`import:members: ${message}`)
  process.exit(1)
}

void main()
