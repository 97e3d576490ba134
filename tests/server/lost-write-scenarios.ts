import { request as httpRequest } from 'node:http'
import { expect } from 'vitest'
import { emptyCaseFields } from '../../src/api/schemas/case-fields.ts'
import { validAppeal } from '../api/appeal-helpers.ts'
import { approve, deny, validCase } from '../api/helpers.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { referenceOf } from '../fhir/pas-api-helpers.ts'
import { claimOf, pasFixture } from '../fhir/pas-fixtures.ts'

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

/** A first decision (a denial) on a case, by the director it went to. */
const denyFirst = (base: string, caseId: string, token: string) =>
  send(base, `/cases/${caseId}/decision`, {
    ...{ method: 'POST', token, json: deny },
    headers: { 'If-Match': '"v1"' },
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
  const denied = await denyFirst(next(s), toDeny.id, denier)
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
  const { c, other: otherId } = await deniedBy(s, reviewer)
  const other = await signIn(next(s), otherId)
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

/** A case-entry draft's fields (shape only: a draft need not pass the case rules). */
const draftFields = (note: string) => ({
  ...emptyCaseFields,
  memberId: 'SYN99887766',
  serviceCode: 'M0076',
  clinicalNotes: note,
})

/** This project's M0076 PAS request with identifiers of its own: a new request each time. */
function pasRequest(n: number) {
  const bundle = pasFixture('m0076-medicare-advantage')
  const tag = `${process.pid}-${Date.now()}-${n}`
  bundle.identifier = { ...bundle.identifier, value: `PAS-LOST-${tag}` }
  claimOf(bundle).identifier = [{ system: 'urn:example:trace-number', value: `TRN-LOST-${tag}` }]
  return bundle
}

async function submitPas(base: string, token: string, bundle: unknown): Promise<Answer> {
  const res = await fetch(`${base}/api/fhir/Claim/$submit`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify(bundle),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

/** A case denied by the director it went to, that director's token, and the other director. */
async function deniedBy(s: Services, reviewer: string) {
  const c = (await create(next(s), reviewer)).body
  const director = await signIn(next(s), c.assignedTo.id)
  expect((await denyFirst(next(s), c.id, director)).status).toBe(200)
  return { c, director, other: c.assignedTo.id === 'u-md-1' ? 'u-md-2' : 'u-md-1' }
}

/**
 * Every write endpoint at once: creates, PAS submissions, case-entry drafts (new,
 * replaced, deleted), decision drafts (saved, cleared), a reading, a decision, an appeal
 * and an appeal decision, with three of them slow-bodied (their headers first, their
 * bodies only once every other request has answered). Then each 2xx is read back.
 */
export async function everyWriteAtOnce(s: Services) {
  const reviewer = await signIn(next(s), 'u-rev-1')
  const forDraft = (await create(next(s), reviewer)).body
  const drafter = await signIn(next(s), forDraft.assignedTo.id)
  const forClear = (await create(next(s), reviewer)).body
  const clearer = await signIn(next(s), forClear.assignedTo.id)
  const put = (path: string, token: string, json: unknown) =>
    send(next(s), path, { method: 'PUT', token, json })
  expect((await put(`/cases/${forClear.id}/decision-draft`, clearer, { values: {} })).status).toBe(
    200,
  )
  const forDecision = (await create(next(s), reviewer)).body
  const decider = await signIn(next(s), forDecision.assignedTo.id)
  const toAppeal = await deniedBy(s, reviewer)
  const appealed = await deniedBy(s, reviewer)
  const appeal = await send(next(s), `/cases/${appealed.c.id}/appeal`, {
    method: 'POST',
    token: reviewer,
    json: validAppeal(),
  })
  expect(appeal.status).toBe(201)
  const appealDecider = await signIn(next(s), appealed.other)
  const tag = `${process.pid}${Date.now()}`
  const [kept, gone] = [`lost-kept-${tag}`, `lost-gone-${tag}`]
  expect((await put(`/drafts/${kept}`, reviewer, { fields: draftFields('first') })).status).toBe(
    201,
  )
  expect((await put(`/drafts/${gone}`, reviewer, { fields: draftFields('gone') })).status).toBe(201)

  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  const slowNew = `lost-slow-${tag}`
  const slow = [
    slowBody(
      next(s),
      `/cases/${forDraft.id}/decision-draft`,
      'PUT',
      drafter,
      { values: { rationale: 'Slow' } },
      released,
    ),
    slowBody(
      next(s),
      `/drafts/${slowNew}`,
      'PUT',
      reviewer,
      { fields: draftFields('slow') },
      released,
    ),
    slowBody(
      next(s),
      `/cases/${forDecision.id}/reading`,
      'POST',
      decider,
      { kind: 'evidence-row', id: 'ongley-1987', label: 'Ongley MJ et al. (1987)' },
      released,
    ),
  ]
  // As in slowDraftSaveBesideWrites: the handlers start on the headers first.
  await new Promise((r) => setTimeout(r, 150))
  const fresh = [1, 2, 3].map((i) => `lost-new-${tag}-${i}`)
  const [creates, submits, drafts, rest] = await Promise.all([
    Promise.all([1, 2, 3, 4, 5].map(() => create(next(s), reviewer))),
    Promise.all([1, 2, 3].map((i) => submitPas(next(s), reviewer, pasRequest(i)))),
    Promise.all([
      ...fresh.map((id) => put(`/drafts/${id}`, reviewer, { fields: draftFields(id) })),
      put(`/drafts/${kept}`, reviewer, { fields: draftFields('second') }),
      send(next(s), `/drafts/${gone}`, { method: 'DELETE', token: reviewer }),
    ]),
    Promise.all([
      send(next(s), `/cases/${forClear.id}/decision-draft`, { method: 'DELETE', token: clearer }),
      denyFirst(next(s), forDecision.id, decider),
      send(next(s), `/cases/${toAppeal.c.id}/appeal`, {
        ...{ method: 'POST', token: reviewer },
        json: validAppeal(),
      }),
      send(next(s), `/cases/${appealed.c.id}/appeal/decision`, {
        ...{ method: 'POST', token: appealDecider, json: uphold },
        headers: { 'If-Match': `"v${appeal.body.version}"` },
      }),
    ]),
  ])
  release()
  expect(await Promise.all(slow)).toEqual([200, 201, 201])
  expect(creates.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
  expect(submits.map((r) => r.status)).toEqual([200, 200, 200])
  expect(drafts.map((r) => r.status)).toEqual([201, 201, 201, 200, 204])
  expect(rest.map((r) => r.status)).toEqual([204, 200, 201, 200])

  // Read back: everything acknowledged is there, nothing removed came back.
  await expectAllStored(s, reviewer, creates)
  for (const answer of submits) {
    const reference = referenceOf(answer.body)
    const found = await send(next(s), `/cases?reference=${reference}`, { token: reviewer })
    expect(
      found.body.items.map((c: { reference: string }) => c.reference),
      reference,
    ).toEqual([reference])
  }
  const listed = await send(next(s), '/drafts', { token: reviewer })
  const ids = listed.body.items.map((d: { id: string }) => d.id)
  expect(ids).toEqual(expect.arrayContaining([kept, slowNew, ...fresh]))
  expect(ids).not.toContain(gone)
  const keptNow = await send(next(s), `/drafts/${kept}`, { token: reviewer })
  expect(keptNow.body.fields.clinicalNotes).toBe('second')
  const draftNow = await send(next(s), `/cases/${forDraft.id}/decision-draft`, { token: drafter })
  expect(draftNow.body.values).toEqual({ rationale: 'Slow' })
  const cleared = await send(next(s), `/cases/${forClear.id}/decision-draft`, { token: clearer })
  expect(cleared.status).toBe(204) // no draft kept for that case
  const statusOf = async (id: string) =>
    (await send(next(s), `/cases/${id}`, { token: reviewer })).body.status
  expect(await statusOf(forDecision.id)).toBe('denied')
  expect(await statusOf(toAppeal.c.id)).toBe('appeal-in-review')
  expect(await statusOf(appealed.c.id)).toBe('denial-upheld')
  const trail = await send(next(s), `/cases/${forDecision.id}/audit`, { token: reviewer })
  const actions = trail.body.items.map((e: { action: string }) => e.action)
  expect(actions).toEqual(expect.arrayContaining(['decision-denied', 'evidence-opened']))
}
