import { readFileSync } from 'node:fs'
import { spawnService, type Spawned } from '../../tests/server/spawn-service.ts'
import { defaultWorklist, deny, newCase, statusFilter } from './requests.ts'
import { oidcSignIn } from '../oidc-sign-in.ts'
import { median, repeat, timed, type Timing } from './stats.ts'
import type { Exchange } from './http-floor.ts'

/* eslint-disable @typescript-eslint/no-explicit-any -- the bench reads JSON answers freely */
type Answer = { status: number; body: any; bytes: number }

export type Figures = Partial<Record<string, number>>
/** How to start the service on the store under test: its arguments and environment. */
export type Target = { args: string[]; env: Record<string, string | undefined> }

async function send(
  base: string,
  path: string,
  init: { method?: string; token?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.Authorization = `Bearer ${init.token}`
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${base}/api${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null, bytes: text.length }
}

/** Sends and throws unless the answer is one of `ok`: a figure of failed requests is no figure. */
async function expectOk(ok: number[], answer: Promise<Answer>, what: string): Promise<Answer> {
  const a = await answer
  if (!ok.includes(a.status))
    throw new Error(`${what}: HTTP ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`)
  return a
}

/** Through the service's OpenID Connect sign-in, with the demo account's password. */
async function signIn(base: string, userId: string): Promise<string> {
  return (await oidcSignIn(base.replace(/\/api$/, ''), userId)).token
}

/** The process's resident memory (VmRSS) and its peak (VmHWM), in MiB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
}

export async function startService(t: Target): Promise<Spawned> {
  const started = spawnService(t.args, t.env)
  return started.ready
}

export async function stopService(s: Spawned) {
  s.child.kill('SIGTERM')
  const code = await Promise.race([s.exited, new Promise((r) => setTimeout(r, 15_000, 'late'))])
  if (code === 'late') {
    s.child.kill('SIGKILL')
    await s.exited
  }
}

let keys = 0
const key = () => `bench-${process.pid}-${Date.now()}-${++keys}`

/**
 * Every figure against one running service (and, for `second`, another process on the
 * same database): the median of `reps` timings each. Cases for the decisions are created
 * first (not timed), so each decision is a first decision on a case of its own.
 */
export async function measureService(
  base: string,
  pid: number,
  t: Timing,
  second?: string,
  log: (message: string) => void = () => {},
): Promise<{ figures: Figures; exchanges: Record<string, Exchange> }> {
  const f: Figures = {}
  // What each figure's request and answer were, for its HTTP floor (http-floor.ts).
  const exchanges: Record<string, Exchange> = {}
  const note = (figure: string, a: Answer, method: Exchange['method'], concurrent?: number) =>
    (exchanges[figure] = { bytes: a.bytes, method, ...(concurrent ? { concurrent } : {}) })
  const reviewer = await signIn(base, 'u-rev-1')
  const directors = new Map<string, string>()
  const directorToken = async (id: string) => {
    if (!directors.has(id)) directors.set(id, await signIn(base, id))
    return directors.get(id)!
  }
  const get = (path: string, what: string, on = base, token = reviewer) =>
    expectOk([200], send(on, path, { token }), what)
  const create = (on = base) =>
    expectOk(
      [201],
      send(on, '/cases', {
        method: 'POST',
        token: reviewer,
        json: newCase(keys),
        headers: { 'Idempotency-Key': key() },
      }),
      'create',
    )
  const decide = async (c: { id: string; assignedTo: { id: string } | null }) => {
    if (!c.assignedTo) throw new Error(`Case ${c.id} went to no director`)
    const token = await directorToken(c.assignedTo.id)
    return expectOk(
      [200],
      send(base, `/cases/${c.id}/decision`, {
        method: 'POST',
        token,
        json: deny,
        headers: { 'If-Match': '"v1"' },
      }),
      'decision',
    )
  }
  f['first worklist page after start'] = await timed(() => get(defaultWorklist, 'worklist'))
  f['worklist: open cases, first page'] = await repeat(t, () => get(defaultWorklist, 'worklist'))
  f['worklist: status filter'] = await repeat(t, () => get(statusFilter, 'status filter'))
  const first = await get(defaultWorklist, 'worklist')
  note('worklist: open cases, first page', first, 'GET')
  note('worklist: status filter', await get(statusFilter, 'status filter'), 'GET')
  const page = first.body.items as { id: string }[]
  if (!page.length) throw new Error('The worklist is empty: nothing to read')
  f['case read'] = await repeat(t, (i) => get(`/cases/${page[i % page.length]!.id}`, 'case read'))
  note('case read', await get(`/cases/${page[0]!.id}`, 'case read'), 'GET')

  log('creates and one decision at a time')
  const created: Answer[] = []
  f['case create'] = await repeat(t, async () => created.push(await create()))
  // `created` holds the warm-up's cases and the timed ones: one for each call here.
  f['decision'] = await repeat(t, (i) => decide(created[i]!.body))
  note('case create', created[0]!, 'POST')
  note('decision', await decide((await create()).body), 'POST')
  log(`20 decisions at once (${20 * t.reps} cases created first)`)
  const batches: Answer[][] = []
  for (let i = 0; i < t.reps; i++) {
    const batch: Answer[] = []
    for (let j = 0; j < 20; j++) batch.push(await create())
    batches.push(batch)
  }
  // No warm-up of its own: the single decisions warmed this path.
  f['20 decisions at once'] = await repeat({ reps: t.reps, warm: 0 }, (i) =>
    Promise.all(batches[i]!.map((c) => decide(c.body))),
  )
  exchanges['20 decisions at once'] = { ...exchanges['decision']!, concurrent: 20 }

  if (second) {
    log('a read through the other process after a write')
    const other = await signIn(second, 'u-rev-1')
    await get(defaultWorklist, 'worklist', second, other) // its first load, not timed
    // Written through this process (not timed), read at once through the other (timed),
    // after `warm` untimed such pairs.
    const times: number[] = []
    for (let i = -t.warm; i < t.reps; i++) {
      const c = await create()
      const ms = await timed(() => get(`/cases/${c.body.id}`, 'read after write', second, other))
      if (i >= 0) times.push(ms)
    }
    f['case read after another process wrote'] = median(times)
    exchanges['case read after another process wrote'] = exchanges['case read']!
  }
  const { rss, peak } = memory(pid)
  f['memory (RSS, MiB)'] = rss
  f['memory peak (VmHWM, MiB)'] = peak
  return { figures: f, exchanges }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
