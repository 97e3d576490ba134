import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { resetDb } from '../../service/store.ts'
import { start, type Started } from '../../server/start.ts'
import { approve, call, caseForItsDirector, decide, postCase } from '../api/helpers.ts'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { fhirPost, inquiryFor } from '../fhir/pas-api-helpers.ts'
import { guideFixture, pasFixture } from '../fhir/pas-fixtures.ts'
import { signInAs } from '../support/sign-in.ts'
import { uphold } from './lost-write-scenarios.ts'

/**
 * No request reads a whole table: every statement the service sends while a reviewer and
 * two directors go through a day's work names the rows it reads (a WHERE, or a LIMIT on
 * an ordered index walk). The few-row tables (switches, the counts per status and per
 * assignee, the seeded mark) are exempt. The service here is a second one in this process on its own
 * database copy; the harness's helpers then reach it (db.ts keeps the last store).
 */
const statements: string[] = []
let server: Started
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'criteria-record-reads-'))
  cpSync(inject('templateDir'), dir, { recursive: true })
  server = await start({
    ...{ port: 0, host: '127.0.0.1', where: { dataDir: dir }, appDir: null },
    ...{ demoCases: true, log: false, onQuery: (text: string) => statements.push(text) },
  })
  process.env.CONTRACT_SERVER_URL = server.url
  await resetDb()
}, 120_000)

afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

const SMALL =
  /\b(from|update|into)\s+"?(meta|case_status_counts|assignee_open_counts|change_counter|kysely_\w+)"?/i
// `on conflict … do update set` names no table.
const TOUCHES = /\b(from|update)\s+(?!set\b)"?(\w+)"?/gi

/**
 * A save's writes go as one statement, each a `wN as (…)` part (server/db/sql-writes.ts
 * `Writes`): each part is judged as a statement of its own.
 */
function parts(text: string): string[] {
  if (!/^\s*with w0 as \(/.test(text)) return [text]
  return text
    .split(/,?\s*\bw\d+ as \(/)
    .slice(1)
    .map((part) => part.replace(/\)\s*(select (?:(?!\bwhere\b).)*)?$/s, ''))
}

/** The statements that read or change rows of a record table without naming them. */
function wholeTable(texts: string[]) {
  return texts.flatMap(parts).filter((text) => {
    if (/^\s*(insert|begin|commit|rollback|select pg_advisory)/i.test(text)) return false
    const tables = [...text.matchAll(TOUCHES)].map((m) => m[2]!)
    if (tables.length === 0 || tables.every((t) => SMALL.test(`from ${t}`))) return false
    return !/\bwhere\b/i.test(text) && !/\blimit\b/i.test(text)
  })
}

it('a day of work reads and writes record by record, never a whole table', async () => {
  statements.length = 0
  const rev = await signInAs('u-rev-1')
  const md1 = await signInAs('u-md-1')
  await call('/me', { token: rev })
  const open = 'status=pending-md-review&status=pended-for-information&status=appeal-in-review'
  for (const q of [`${open}&sort=dueAt`, 'sort=-receivedAt', `${open}&assignedToMe=true`])
    expect((await call(`/cases?${q}`, { token: md1 })).status).toBe(200)
  // Case entry looks the member and the provider up by key.
  const lookup = { token: rev, method: 'POST', json: { memberId: '12345678901' } }
  expect((await call('/members/lookup', lookup)).status).toBe(200)
  expect((await call('/providers/1700000015', { token: rev })).status).toBe(200)
  const created = await postCase(rev, { requestingProviderNpi: '1700000015' })
  expect(created.status).toBe(201)
  const id = created.body.id as string
  for (const path of [`/cases/${id}`, `/cases/${id}/audit`, `/cases/${id}/related`])
    expect((await call(path, { token: rev })).status).toBe(200)
  const { id: toApprove, token } = await caseForItsDirector()
  await call(`/cases/${toApprove}/decision-draft`, {
    ...{ token, method: 'PUT' },
    json: { values: { rationale: 'Half typed' } },
  })
  expect((await call(`/cases/${toApprove}/decision-draft`, { token })).status).toBe(200)
  expect((await decide(toApprove, token, approve)).status).toBe(200)
  const { id: denied, denied: c } = await deniedCase()
  const md2 = await signInAs('u-md-2')
  const appealed = await postAppeal(denied, md2, validAppeal())
  expect(appealed.status).toBe(201)
  const decided = await call(`/cases/${denied}/appeal/decision`, {
    ...{ token: md2, method: 'POST', json: { ...uphold, criterion: c.decisions[0]?.criterion } },
    headers: { 'If-Match': `"v${appealed.body.version}"` },
  })
  expect(decided.status).toBe(200)
  // The letters the denial and the appeal decision issued, read by case and by id.
  const letters = await call(`/cases/${denied}/letters`, { token: md2 })
  expect(letters.body.items).toHaveLength(4)
  const letterId = letters.body.items[0].id as string
  expect((await call(`/cases/${denied}/letters/${letterId}`, { token: md2 })).status).toBe(200)
  expect(statements.some((s) => /from "?issued_letters"?/.test(s))).toBe(true)
  expect((await call('/metrics', { token: md1 })).status).toBe(200)
  const draft = { fields: { memberId: 'A1234567' } }
  await call('/drafts/draft-00000001', { token: rev, method: 'PUT', json: draft })
  expect((await call('/drafts', { token: rev })).status).toBe(200)
  const bundle = pasFixture('m0076-medicare-advantage')
  expect((await fhirPost('$submit', rev, bundle)).status).toBe(200)
  expect((await fhirPost('$submit', rev, bundle)).status).toBe(200)
  expect((await fhirPost('$inquire', rev, inquiryFor(bundle))).status).toBe(200)
  // A PAS update finds the earlier request among its member's cases, and changes it.
  expect(
    (await fhirPost('$submit', rev, guideFixture('homecare-authorization-bundle-example'))).status,
  ).toBe(200)
  const update = await fhirPost(
    '$submit',
    rev,
    guideFixture('homecare-authorization-update-bundle-example'),
  )
  expect(update.body.entry[0].resource.outcome).toBe('complete')
  expect((await call('/sessions/current', { token: rev, method: 'DELETE' })).status).toBe(204)

  expect(statements.length).toBeGreaterThan(50)
  expect(wholeTable(statements)).toEqual([])
})

it('the check can fail: reading a whole table is caught', () => {
  expect(wholeTable(['select "id", "body" from "cases"'])).toHaveLength(1)
  expect(wholeTable(['select "key", "value" from "meta"'])).toHaveLength(0)
  expect(wholeTable(['select "body" from "cases" where "id" in ($1)'])).toHaveLength(0)
})

it('a case read sends three statements: the session, the case, the access event', async () => {
  const token = await signInAs('u-rev-1')
  const created = await postCase(token)
  expect(created.status).toBe(201)
  statements.length = 0
  expect((await call(`/cases/${created.body.id}`, { token })).status).toBe(200)
  // The switches (faults, latency, synthetic policies) are not read: a case read uses none.
  expect(statements.map((s) => /\b(?:from|into) "(\w+)"/.exec(s)?.[1])).toEqual([
    'sessions',
    'cases',
    'access_log',
  ])
  statements.length = 0
  expect((await call('/me', { token })).status).toBe(200)
  expect(statements).toHaveLength(1)
})

it('a create locks the reference sequence with one statement when the row is there', async () => {
  const token = await signInAs('u-rev-1')
  expect((await postCase(token)).status).toBe(201) // the row is there from now on
  statements.length = 0
  expect((await postCase(token)).status).toBe(201)
  const meta = statements.filter((s) => /\b(?:from|into) "meta"/.test(s))
  // The lock, the switches, and the new sequence written back (with the case, its trail
  // and its key, in the save's one statement): no insert before the lock.
  expect(meta.map((s) => /^\s*(\w+)/.exec(s)?.[1])).toEqual(['select', 'select', 'with'])
  expect(meta[0]).toMatch(/for update/)
  expect(meta[2]).toMatch(/insert into "meta"/)
})
