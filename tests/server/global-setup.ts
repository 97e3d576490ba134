import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../server/db/open.ts'
import { start } from '../../server/start.ts'
import { adminClient, databaseUrl } from './postgres-db.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string
    serviceTemplateDir: string
    /** Postgres runs (vitest.postgres.config.ts): the database each file's copy is made from. */
    postgresTemplate: string
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
  if (project.config.env.CONTRACT_DATABASE === 'postgres') return postgresSetup(project)
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

/**
 * The contract suite on Postgres (`npm run test:server:postgres`, under
 * scripts/with-scratch-postgres.sh): the same as above with a template database on the
 * server TEST_DATABASE_URL names. Each file's service gets `create database … template`
 * of it, a copy in well under a second.
 */
async function postgresSetup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run under scripts/with-scratch-postgres.sh')
  const name = `contract_template_${process.pid}`
  const admin = adminClient(url)
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  const once = await start({
    ...{ port: 0, host: '127.0.0.1', where: { databaseUrl: databaseUrl(url, name) }, appDir: null },
    ...{ demoCases: true, log: false },
  })
  await once.close()
  project.provide('postgresTemplate', name)
  project.provide('templateDir', '')
  project.provide('serviceTemplateDir', '')
  return async () => {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
