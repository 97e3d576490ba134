import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../server/db/open.ts'
import { start } from '../../server/start.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string
    serviceTemplateDir: string
  }
}

/**
 * Creating a PGlite database takes seconds; opening a copy of one takes one. So one
 * migrated database is made here, and each test file's server starts on its own copy.
 *
 * `templateDir` is migrated and nothing more: files that test a first start, a seed or a
 * migration on it. `serviceTemplateDir` is that database after one start of the service
 * (users, the demo accounts' scrypt hashes, a demo seed), so the service setup.ts starts
 * for each file opens it as a restart does, without hashing the passwords again (about
 * half a second of CPU a file). Every test still starts from a fresh seed: setup.ts
 * resets the database before each one, as it did.
 */
export default async function setup(project: TestProject) {
  const templateDir = mkdtempSync(join(tmpdir(), 'criteria-contract-template-'))
  const { db } = await openDatabase({ dataDir: templateDir })
  await db.destroy()
  const serviceTemplateDir = mkdtempSync(join(tmpdir(), 'criteria-contract-started-'))
  cpSync(templateDir, serviceTemplateDir, { recursive: true })
  const once = await start({
    ...{ port: 0, host: '127.0.0.1', where: { dataDir: serviceTemplateDir }, appDir: null },
    ...{ demoCases: true, log: false },
  })
  // Postgres' default buffer pool (128 MB) is set up on every open: half a second of
  // CPU a file in WebAssembly, for databases of a few megabytes. The API tests' copies
  // get 16 MB (the files that look at query plans or fill thousands of cases open
  // `templateDir`, which keeps the default).
  await sql`alter system set shared_buffers = '16MB'`.execute(once.db)
  await once.close()
  project.provide('templateDir', templateDir)
  project.provide('serviceTemplateDir', serviceTemplateDir)
  return () => {
    rmSync(templateDir, { recursive: true, force: true })
    rmSync(serviceTemplateDir, { recursive: true, force: true })
  }
}
