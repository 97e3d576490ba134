import fc from 'fast-check'
import { expect } from 'vitest'
import { send, signIn, slowBody, uphold, type Services } from '../server/lost-write-scenarios.ts'
import { validAppeal } from './appeal-helpers.ts'
import { approve, deny, validCase } from './helpers.ts'

/**
 * A model-based test of the service's guarantees under interleaving: rounds of commands
 * sent at once (creates, decisions, appeals, appeal decisions, draft saves with slow
 * bodies, sign-ins), started and released in an order fast-check's scheduler picks.
 * After each run: every 2xx is stored; of decisions sent on one version at most one
 * wins; references are unique; the audit trail holds an event for each recorded change
 * and for nothing else. A failure prints its seed; FC_SEED=<seed> replays it.
 */
type Cmd =
  | { kind: 'create' }
  | { kind: 'decide'; target: number; action: 'approve' | 'deny' }
  | { kind: 'appeal'; target: number }
  | { kind: 'appeal-decide'; target: number; action: 'uphold' | 'approve' }
  | { kind: 'draft'; target: number; slow: boolean }
  | { kind: 'sign-in' }

const target = fc.nat({ max: 7 })
const command: fc.Arbitrary<Cmd> = fc.oneof(
  fc.constant({ kind: 'create' as const }),
  fc.record({
    kind: fc.constant('decide' as const),
    target,
    action: fc.constantFrom('approve' as const, 'deny' as const),
  }),
  fc.record({ kind: fc.constant('appeal' as const), target }),
  fc.record({
    kind: fc.constant('appeal-decide' as const),
    target,
    action: fc.constantFrom('uphold' as const, 'approve' as const),
  }),
  fc.record({ kind: fc.constant('draft' as const), target, slow: fc.boolean() }),
  fc.constant({ kind: 'sign-in' as const }),
)
const rounds = fc.array(fc.array(command, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 4,
})

const bodies = { deny, approve, uphold, appeal: validAppeal }
const slow = (cmd: Cmd) => cmd.kind === 'draft' && cmd.slow

type Known = { id: string; reference: string; director: string; version: number }
type Tally = { decisions: number; appeals: number; appealDecisions: number }

export async function runConcurrencyModel(s: Services, options: { numRuns: number }) {
  const base = (i: number) => s.bases[i % s.bases.length]!
  const tokens = new Map<string, string>()
  const tokenOf = async (user: string) => {
    if (!tokens.has(user)) tokens.set(user, await signIn(base(0), user))
    return tokens.get(user)!
  }
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined

  await fc.assert(
    fc.asyncProperty(rounds, fc.scheduler(), async (plan, scheduler) => {
      const known: Known[] = []
      const tally = new Map<string, Tally>()
      const count = (id: string) => {
        if (!tally.has(id)) tally.set(id, { decisions: 0, appeals: 0, appealDecisions: 0 })
        return tally.get(id)!
      }
      const reviewer = await tokenOf('u-rev-1')
      const created: { status: number; body: Known & { assignedTo: { id: string } } }[] = []

      for (const round of plan) {
        // Each version the round's writes were sent against: at most one may win.
        const wins = new Map<string, number>()
        // A slow client's body arrives once the round's other requests are answered.
        let othersDone!: () => void
        const othersAnswered = new Promise<void>((r) => (othersDone = r))
        // Slow clients go first; the rest start once the service has had a moment to begin
        // on them (the pause only widens the window a read-before-write bug needs).
        const slowFirst = round.some(slow) ? new Promise((r) => setTimeout(r, 40)) : null
        const tasks = round.map(async (cmd, i) => {
          if (!slow(cmd)) await slowFirst
          await scheduler.schedule(Promise.resolve(), `start ${i} ${cmd.kind}`)
          const c = known.length && 'target' in cmd ? known[cmd.target % known.length]! : null
          const at = base(i)
          if (cmd.kind === 'create' || !c) {
            const res = await send(at, '/cases', {
              ...{ method: 'POST', token: reviewer, json: validCase() },
              headers: { 'Idempotency-Key': `model-${Date.now()}-${Math.random()}` },
            })
            expect(res.status).toBe(201)
            created.push(res)
            return
          }
          if (cmd.kind === 'sign-in') {
            expect(await signIn(at, 'u-rev-2')).toBeTruthy()
            return
          }
          const director = await tokenOf(c.director)
          const other = await tokenOf(c.director === 'u-md-1' ? 'u-md-2' : 'u-md-1')
          const version = c.version
          if (cmd.kind === 'draft') {
            const path = `/cases/${c.id}/decision-draft`
            const json = { values: { rationale: `Typed ${i}` } }
            const status =
              cmd.slow && at.startsWith('http')
                ? await slowBody(at, path, 'PUT', director, json, othersAnswered)
                : (await send(at, path, { method: 'PUT', token: director, json })).status
            expect([200, 429]).toContain(status)
            return
          }
          const [path, token, json, ok] =
            cmd.kind === 'decide'
              ? [`/cases/${c.id}/decision`, director, bodies[cmd.action], 200]
              : cmd.kind === 'appeal'
                ? [`/cases/${c.id}/appeal`, reviewer, bodies.appeal(), 201]
                : [`/cases/${c.id}/appeal/decision`, other, bodies[cmd.action], 200]
          const res = await send(at, path, {
            ...{ method: 'POST', token, json },
            headers: cmd.kind === 'appeal' ? {} : { 'If-Match': `"v${version}"` },
          })
          // Refusals a real client meets: a stale version, a state that no longer allows
          // it, a decided case no longer assigned to this director; never a 5xx.
          expect([ok, 403, 409, 412]).toContain(res.status)
          if (res.status !== ok) return
          if (cmd.kind !== 'appeal') {
            const key = `${c.id} v${version}`
            wins.set(key, (wins.get(key) ?? 0) + 1)
            expect(wins.get(key), `two writes won on ${key}`).toBe(1)
          }
          const t = count(c.id)
          if (cmd.kind === 'decide') t.decisions++
          else if (cmd.kind === 'appeal') t.appeals++
          else t.appealDecisions++
        })
        void Promise.allSettled(tasks.filter((_, i) => !slow(round[i]!))).then(() => othersDone())
        await scheduler.waitFor(Promise.all(tasks))
        // The next round works from what is stored now.
        for (const r of created.splice(0)) {
          count(r.body.id)
          known.push({ ...r.body, director: r.body.assignedTo.id, version: 1 })
        }
        for (const k of known) {
          const now = await send(base(0), `/cases/${k.id}`, { token: reviewer })
          expect(now.status, `case ${k.reference} is gone`).toBe(200)
          k.version = now.body.version
        }
      }

      const refs = known.map((k) => k.reference)
      expect(new Set(refs).size).toBe(refs.length)
      for (const k of known) {
        const trail = await send(base(1), `/cases/${k.id}/audit`, { token: reviewer })
        const actions: string[] = trail.body.items.map((e: { action: string }) => e.action)
        const n = (re: RegExp) => actions.filter((a) => re.test(a)).length
        const t = count(k.id)
        expect(n(/^case-created$/), k.reference).toBe(1)
        expect(n(/^decision-(approved|denied)$/), k.reference).toBe(t.decisions)
        expect(n(/^appeal-received$/), k.reference).toBe(t.appeals)
        expect(n(/^appeal-(upheld|approved)$/), k.reference).toBe(t.appealDecisions)
      }
    }),
    { numRuns: options.numRuns, seed, endOnFailure: true },
  )
}
