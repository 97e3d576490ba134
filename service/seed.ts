import type { CaseInput } from '../src/api/schemas/case-fields.ts'
import type { Determination, Turnaround } from '../src/api/schemas/case.ts'
import { actorOf } from './cases/actor.ts'
import { createCase } from './cases/create-case.ts'
import { applyDecision } from './cases/decide.ts'
import { policyLibrary } from './data/library.ts'
import { demoUsers } from './data/users.ts'
import { seededProviderNpi } from './members/synthetic.ts'
import { emptyDb, newId, type MockDb } from './store.ts'
import { determine } from './engine/determination.ts'
import { computeTurnaround } from './engine/turnaround.ts'
import { scenarios, type Scenario } from './seed-scenarios.ts'
import { seedMembers } from './members/seed-members.ts'

const HOUR = 3_600_000
const reviewer = (id: string) => actorOf(demoUsers.find((u) => u.id === id) ?? demoUsers[0]!)

export function syntheticInput(n: number, over: Partial<CaseInput>, received: Date): CaseInput {
  return {
    memberId: `SYN${String(n).padStart(7, '0')}`,
    dateOfBirth: `19${String(40 + (n % 50)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
    lineOfBusiness: 'commercial-group',
    plan: n % 3 === 0 ? 'kfhpwa-options' : 'kfhpwa',
    serviceCode: 'M0076',
    diagnosisCodes: ['M54.50'],
    dateOfService: received.toISOString().slice(0, 10),
    urgency: 'standard',
    requestReceivedAt: received.toISOString(),
    backdateReason: 'Synthetic demo case: entered after the request was received.',
    requestChannel: 'electronic',
    requestingProviderNpi: seededProviderNpi(n),
    ...over,
  }
}

type Reuse = NonNullable<Parameters<typeof createCase>[0]['reuse']>

/** Builds one scenario with the real engine, clock and decision rules. */
export function build(db: MockDb, s: Scenario, n: number, now: Date, reuse?: Reuse) {
  const received = new Date(now.getTime() - s.receivedHoursAgo * HOUR)
  const input = syntheticInput(n, s.input, received)
  const createdAt = new Date(Math.min(now.getTime(), received.getTime() + HOUR / 2))
  const determination = reuse?.determination && {
    ...reuse.determination,
    id: newId('det'),
    madeAt: createdAt.toISOString(),
  }
  let c = createCase({
    ...{ db, input, actor: reviewer(s.by), now: createdAt, synthetic: true },
    reuse: reuse && { ...reuse, determination },
  })
  const steps = s.decisions ?? []
  steps.forEach((d, i) => {
    const director = c.assignedTo ?? actorOf(demoUsers.find((u) => u.id === 'u-md-1')!)
    // Decisions fall between creation and now, in order.
    const step = (now.getTime() - createdAt.getTime()) / (steps.length + 1)
    const at = new Date(createdAt.getTime() + step * (i + 1))
    c = applyDecision(db, c, d, director, at)
  })
  return c
}

/** The demo database: about 20 clearly synthetic cases across every status and due time. */
export function seedDb(now = new Date()): MockDb {
  const db = emptyDb()
  const built = scenarios.map((s, i) => build(db, s, i + 1, now))
  seedMembers(db, built)
  return db
}

/**
 * Adds `count` synthetic cases for benchmarks, fast enough for 10,000 in a page: a
 * determination depends only on the code, line of business and diagnoses, and a due time
 * only on the scenario and received time, so each is computed once per combination and
 * copied (with its own id). Received times repeat every 480 cases; directors alternate.
 */
export function addSyntheticCases(db: MockDb, count: number, now = new Date()): void {
  const determinations = new Map<string, Determination>()
  const turnarounds = new Map<string, Turnaround>()
  const directors = demoUsers.filter((u) => u.role === 'medical-director').map(actorOf)
  const library = policyLibrary(db)
  for (let i = 0; i < count; i++) {
    const index = i % scenarios.length
    const s = { ...scenarios[index]!, receivedHoursAgo: ((i * 7919) % 480) + 0.25 }
    const received = new Date(now.getTime() - s.receivedHoursAgo * HOUR)
    const input = syntheticInput(100_000 + i, s.input, received)
    const dKey = `${input.serviceCode}|${input.lineOfBusiness}|${input.diagnosisCodes.join(',')}`
    const tKey = `${index}|${s.receivedHoursAgo}`
    let determination = determinations.get(dKey)
    if (!determination) {
      determination = determine({ input, library, now, id: newId('det') })
      determinations.set(dKey, determination)
    }
    let turnaround = turnarounds.get(tKey)
    if (!turnaround) turnarounds.set(tKey, (turnaround = computeTurnaround(input)))
    const assignTo = directors[i % directors.length]
    build(db, s, 100_000 + i, now, { determination, turnaround, assignTo })
  }
}

export function seedSyntheticCases(count: number, now = new Date()): MockDb {
  const db = seedDb(now)
  addSyntheticCases(db, count, now)
  return db
}
