import { describe, it } from 'vitest'
import { current } from './current.ts'
import {
  concurrentClients,
  everyWriteAtOnce,
  slowDraftSaveBesideWrites,
} from './lost-write-scenarios.ts'

// One service process on PGlite (setup.ts); tests/server/postgres.test.ts runs the same
// scenarios over two processes on one Postgres.
const services = () => ({ bases: [current.server!.url] })

describe('no acknowledged write is lost (PGlite, one process)', () => {
  it('a slow decision-draft save erases no case created or decided meanwhile', async () => {
    await slowDraftSaveBesideWrites(services())
  })

  it('ordinary concurrent clients: every 201 is stored, references unique', async () => {
    await concurrentClients(services())
  })

  it('every write endpoint at once, three of them slow-bodied: each 2xx is read back', async () => {
    await everyWriteAtOnce(services())
  })
})
