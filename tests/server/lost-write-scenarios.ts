import { request as httpRequest } from 'node:http'
import { expect } from 'vitest'
import { validAppeal } from '../api/appeal-helpers.ts'
import { approve, deny, validCase } from '../api/helpers.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'

/**
 * Writes that answered 2xx, then a count of what is stored: run against one service or
 * several processes on one database (`bases`, each `http://host:port`). Every request
 * goes over HTTP, as a client's would; requests are spread over the processes in turn.
 */
export type Services = { bases: string[] }

/* eslint-disable @typescript-eslint/no-explicit-any -- the scenarios read JSON answers freely */
type Answer = { status: number; body: any }

let turn = 0
const next = (s: Services) => s.bases[turn++ % s.bases.length]!

export async function send(
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
  return { status: res.status, body: text ? JSON.parse(text) : null }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Signs in as the target does: the real service (an origin) through its OpenID Connect
 * flow with the demo account's password; the mock in this process (base '') through the
 * demo's "sign in as".
 */
export async function signIn(base: string, userId: string): Promise<string> {
  if (base) return (await oidcSignIn(base, userId)).token
  const res = await send(base, '/sessions', { method: 'POST', json: { userId } })
  if (res.status !== 201) throw new Error(`sign-in ${res.status}`)
  return res.body.token as string
}

let keys = 0
const create = (base: string, token: string) =>
  send(base, '/cases', {
    method: 'POST',
    token,
    json: validCase(),
    headers: { 'Idempotency-Key': `lost-${process.pid}-${Date.now()}-${++keys}` },
  })

/**
 * A request whose headers go now and whose body goes when `release` settles: the service
 * has started on it (a handler may have read the database) before the body arrives.
 */
export function slowBody(
  base: string,
  path: string,
  method: string,
  token: string,
  json: unknown,
  release: Promise<unknown>,
): Promise<number> {
  const url = new URL(`${base}/api${path}`)
  const body = JSON.stringify(json)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.flushHeaders()
    void release.finally(() => req.end(body))
  })
}

/** Every case that answered 201 is read back (200, same reference) and references are unique. */
export async function expectAllStored(s: Services, token: string, created: Answer[]) {
  const ok = created.filter((r) => r.status === 201)
  const back = await Promise.all(ok.map((r) => send(next(s), `/cases/${r.body.id}`, { token })))
  const missing = ok.filter((_, i) => back[i]!.status !== 200).map((r) => r.body.reference)
  expect(missing, `${missing.length} of ${ok.length} acknowledged cases are gone`).toEqual([])
  const refs = ok.map((r) => r.body.reference as string)
  expect(new Set(refs).size).toBe(refs.length)
}

/**
 * A director's decision-draft save whose body is slow: meanwhile five cases are created
 * and another case is denied. All of it must still be on file when the save lands.
 */
export async function slowDraftSaveBesideWrites(s: Services) {
  const reviewer = await signIn(next(s), 'u-rev-1')
  const draftCase = (await create(next(s), reviewer)).body
  const director = await signIn(next(s), draftCase.assignedTo.id)
  const toDeny = (await create(next(s), reviewer)).body
  const denier = await signIn(next(s), toDeny.assignedTo.id)

  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  const saving = slowBody(
    next(s),
    `/cases/${draftCase.id}/decision-draft`,
    'PUT',
    director,
    { values: { rationale: 'Half typed' } },
    released,
  )
  // The handler starts on the headers; give it the moment it needs to read before the
  // writes below (a pause only widens the window the bug needs; the fix passes either way).
  await new Promise((r) => setTimeout(r, 150))
  const created = await Promise.all([1, 2, 3, 4, 5].map(() => create(next(s), reviewer)))
  const denied = await send(next(s), `/cases/${toDeny.id}/decision`, {
    method: 'POST',
    token: denier,
    json: deny,
    headers: { 'If-Match': '"v1"' },
  })
  expect(denied.status).toBe(200)
  release()
  expect(await saving).toBe(200)

  await expectAllStored(s, reviewer, created)
  const after = await send(next(s), `/cases/${toDeny.id}`, { token: reviewer })
  expect(after.body.status).toBe('denied')
  const audit = await send(next(s), `/cases/${toDeny.id}/audit`, { token: reviewer })
  expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('decision-denied')
  const later = await create(next(s), reviewer)
  expect([...created.map((c) => c.body.reference), draftCase.reference]).not.toContain(
    later.body.reference,
  )
  const draft = await send(next(s), `/cases/${draftCase.id}/decision-draft`, { token: director })
  expect(draft.body.values).toEqual({ rationale: 'Half typed' })
}

/** Ordinary clients at once: creates, a director's autosaves and readings. */
export async function concurrentClients(s: Services, creates = 15) {
  const reviewer = await signIn(next(s), 'u-rev-1')
  const draftCase = (await create(next(s), reviewer)).body
  const director = await signIn(next(s), draftCase.assignedTo.id)
  const reading = { kind: 'evidence-row', id: 'ongley-1987', label: 'Ongley MJ et al. (1987)' }
  const all = await Promise.all([
    ...Array.from({ length: creates }, () => create(next(s), reviewer)),
    ...Array.from({ length: 10 }, (_, i) =>
      send(next(s), `/cases/${draftCase.id}/decision-draft`, {
        method: 'PUT',
        token: director,
        json: { values: { rationale: `Typed ${i}` } },
      }),
    ),
    send(next(s), `/cases/${draftCase.id}/reading`, {
      method: 'POST',
      token: director,
      json: reading,
    }),
  ])
  const created = all.slice(0, creates)
  expect(created.map((r) => r.status)).toEqual(created.map(() => 201))
  expect(all.slice(creates).every((r) => r.status === 200 || r.status === 201)).toBe(true)
  await expectAllStored(s, reviewer, created)
  const audit = await send(next(s), `/cases/${draftCase.id}/audit`, { token: director })
  expect(
    audit.body.items.filter((e: { action: string }) => e.action === 'evidence-opened'),
  ).toHaveLength(1)
}

/** An upheld appeal of the shared denial (`deny`), every field it needs. */
export const uphold = {
  action: 'uphold',
  rationale: 'The new letter adds no evidence the policy weighs.',
  criterion: deny.criterion,
  memberReason: 'The letter does not change what the studies show.',
  peerToPeerOffered: false,
}

/**
 * A denied case under appeal, then two appeal decisions with opposite outcomes sent at
 * once with one If-Match (to different processes where there are two): one is recorded.
 */
export async function appealDecisionRace(s: Services) {
  const reviewer = await signIn(next(s), 'u-rev-1')
  const c = (await create(next(s), reviewer)).body
  const denierId = c.assignedTo.id as string
  const denier = await signIn(next(s), denierId)
  const denied = await send(next(s), `/cases/${c.id}/decision`, {
    method: 'POST',
    token: denier,
    json: deny,
    headers: { 'If-Match': '"v1"' },
  })
  expect(denied.status).toBe(200)
  const other = await signIn(next(s), denierId === 'u-md-1' ? 'u-md-2' : 'u-md-1')
  const appeal = await send(next(s), `/cases/${c.id}/appeal`, {
    method: 'POST',
    token: reviewer,
    json: validAppeal(),
  })
  expect(appeal.status).toBe(201)
  const version = `"v${appeal.body.version}"`
  const answers = await Promise.all(
    [uphold, approve].map((json) =>
      send(next(s), `/cases/${c.id}/appeal/decision`, {
        method: 'POST',
        token: other,
        json,
        headers: { 'If-Match': version },
      }),
    ),
  )
  expect(answers.map((a) => a.status).sort()).toEqual([200, 412])
  const after = await send(next(s), `/cases/${c.id}/audit`, { token: reviewer })
  const decided = after.body.items.filter((e: { action: string }) =>
    /^appeal-(upheld|approved|overturned)/.test(e.action),
  )
  expect(decided).toHaveLength(1)
}
