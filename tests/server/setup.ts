import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, inject } from 'vitest'
import type { Where } from '../../server/db/open.ts'
import type { Started } from '../../server/start.ts'
import { current } from './current.ts'
import { adminClient, databaseUrl } from './postgres-db.ts'

/**
 * The server target of the contract suite: each test file gets a real criteria service
 * (Hono, HTTP on a free port, PGlite in a temp folder). The tests' requests go over HTTP
 * (contract-target.ts); the harness's own database helpers (resetDb, readDb) reach the
 * same SQL store directly, as an integration test seeds its database, so every test
 * starts from the demo seed here too. No MSW in this process.
 */
let server: Started | undefined
let dataDir: string | undefined

// Loaded only when a service is started: a file without one (withoutService) does not load
// the service's modules for nothing (the identity provider's among them).
const service = () => import('../../server/start.ts')
const store = () => import('../../service/store.ts')

/** On Postgres (vitest.postgres.config.ts): this file's database, a copy of the template. */
let database: { name: string; drop: () => Promise<void> } | undefined

async function copyPostgresTemplate(): Promise<Where> {
  const url = process.env.TEST_DATABASE_URL!
  const name = `contract_${process.pid}_${Date.now()}`
  const admin = adminClient(url)
  await admin.connect()
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`)
  database = {
    name,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
  return { databaseUrl: databaseUrl(url, name) }
}

async function copyPgliteTemplate(): Promise<Where> {
  dataDir = mkdtempSync(join(tmpdir(), 'criteria-contract-db-'))
  cpSync(inject('serviceTemplateDir'), dataDir, { recursive: true })
  return { dataDir }
}

beforeAll(async () => {
  if (current.noService) return
  const { start } = await service()
  const where =
    process.env.CONTRACT_DATABASE === 'postgres'
      ? await copyPostgresTemplate()
      : await copyPgliteTemplate()
  server = await start({
    ...{ port: 0, host: '127.0.0.1', where, appDir: null },
    ...{ demoCases: true, log: false },
  })
  process.env.CONTRACT_SERVER_URL = server.url
  current.server = server
}, 120_000)

beforeEach(async () => {
  if (current.noService) return
  await (await store()).resetDb()
})

afterAll(async () => {
  await server?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  await database?.drop()
})
