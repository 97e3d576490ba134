import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { start } from '../../server/start.ts'
import { withoutService } from './current.ts'

// Each test starts (or fails to start) a service of its own: none from setup.ts.
withoutService()

// A database that cannot be opened or migrated stops the start: a clear message, a
// non-zero exit, and no port taken (never a half-started server).
// A port the system gives (never a fixed one: two runs on one machine must not collide),
// asked once, then watched: a failed start must leave it free.
const PORT = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number }
    probe.close(() => resolve(port))
  })
})
const scratch = mkdtempSync(join(tmpdir(), 'criteria-startup-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const options = (dataDir: string) => ({
  ...{ port: PORT, host: '127.0.0.1', where: { dataDir }, appDir: null },
  ...{ demoCases: true, log: false },
})

/** The port is free: nothing listened on it and kept it. */
const portIsFree = () =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(PORT, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

describe('starting the criteria service', () => {
  it('refuses a data folder that cannot be opened, and listens on nothing', async () => {
    const notAFolder = join(scratch, 'a-file')
    writeFileSync(notAFolder, 'not a database')
    await expect(start(options(notAFolder))).rejects.toThrow(/Cannot open the database/)
    expect(await portIsFree()).toBe(true)
  })

  it('refuses a database whose migration fails, naming the migration', async () => {
    const dir = join(scratch, 'half-migrated')
    cpSync(inject('templateDir'), dir, { recursive: true })
    // Tables present, their record of the migration gone: 0001 runs again and fails.
    const pglite = new PGlite(dir)
    await pglite.exec('drop table kysely_migration')
    await pglite.close()
    await expect(start(options(dir))).rejects.toThrow(
      /Cannot migrate the database \(PGlite in .*\), at 0001-initial: .*already exists/,
    )
    expect(await portIsFree()).toBe(true)
  })

  it('exits non-zero with the message from `npm run serve`', async () => {
    const notAFolder = join(scratch, 'another-file')
    writeFileSync(notAFolder, 'not a database')
    // An app folder of its own: the test does not depend on a build.
    const app = mkdtempSync(join(scratch, 'app-'))
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>')
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          '--import',
          'tsx',
          'server/main.ts',
          '--port',
          String(PORT),
          '--data',
          notAFolder,
          '--app',
          app,
        ],
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      )
      child.stdin?.end()
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /criteria service: Cannot open the database \(PGlite in .*another-file\)/,
    )
    expect(await portIsFree()).toBe(true)
  })
})
