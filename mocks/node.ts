import { setupServer } from 'msw/node'
import { configureDb } from '../service/store.ts'
import { handlers } from './handlers/index.ts'
import { seedDb } from '../service/seed.ts'

// Tests keep the database in memory; each test starts from the demo seed (tests/setup.ts).
configureDb({ seed: () => seedDb() })

export const server = setupServer(...handlers)
