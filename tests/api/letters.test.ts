import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { IssuedLetter } from '../../src/api/schemas/letter.ts'
import { erisaNotice } from '../../src/letters/rights-erisa.ts'
import { TEMPLATE_VERSIONS } from '../../src/letters/template-versions.ts'
import { stableJson } from '../../service/stable-json.ts'
import { signInAs } from '../support/sign-in.ts'
import { decideAppeal, deniedCase, postAppeal, validAppeal } from './appeal-helpers.ts'
import { approve, call, caseForItsDirector, decide } from './helpers.ts'

const sha256 = (value: unknown) => createHash('sha256').update(stableJson(value)).digest('hex')
const selfFunded = { lineOfBusiness: 'commercial-group', groupFunding: 'self-funded' }

async function lettersOf(id: string, token: string) {
  const res = await call(`/cases/${id}/letters`, { token })
  expect(res.status).toBe(200)
  return res.body.items as IssuedLetter[]
}

/** Issued letters are records: written with the decision, read back exactly as issued. */
describe('issued letters', () => {
  it('a denial issues one letter per recipient, with its template version and SHA-256 hash', async () => {
    const { id, denied } = await deniedCase(selfFunded)
    const md = await signInAs('u-md-1')
    const items = await lettersOf(id, md)
    const decision = denied.decisions.at(-1)!
    expect(items.map((l) => l.recipient)).toEqual(['member', 'requesting-provider'])
    for (const l of items) {
      expect(l).toMatchObject({
        caseId: id,
        decisionId: decision.id,
        kind: 'denial',
        templateId: 'denial/erisa',
        templateVersion: TEMPLATE_VERSIONS['denial/erisa'],
        issuedAt: decision.noticesIssuedAt,
      })
      expect(l.contentHash).toBe(sha256(l.content))
      // Content as data: headings and paragraphs, never markup.
      expect(JSON.stringify(l.content)).not.toMatch(/<\w+[\s>]/)
    }
    expect(items[0]!.content.title).toBe('Member notice: denial of coverage')
    const one = await call(`/cases/${id}/letters/${items[1]!.id}`, { token: md })
    expect(one.status).toBe(200)
    expect(one.body).toEqual(items[1])
  })

  it('an appeal decision adds its own two letters; the denial’s stay as they were', async () => {
    const { id } = await deniedCase(selfFunded, 'u-md-1')
    const md2 = await signInAs('u-md-2')
    const before = await lettersOf(id, md2)
    const appealed = await postAppeal(id, md2, validAppeal())
    expect(appealed.status).toBe(201)
    const decided = await decideAppeal(
      id,
      md2,
      { action: 'approve', rationale: 'The new records change the picture.' },
      `"v${appealed.body.version}"`,
    )
    expect(decided.status).toBe(200)
    const after = await lettersOf(id, md2)
    expect(after.slice(0, 2)).toEqual(before)
    const added = after.slice(2)
    expect(added.map((l) => [l.kind, l.recipient, l.templateId])).toEqual([
      ['appeal-decision', 'member', 'appeal-decision/erisa'],
      ['appeal-decision', 'requesting-provider', 'appeal-decision/erisa'],
    ])
    for (const l of added) {
      expect(l.decisionId).toBe(decided.body.appeal.decision.id)
      expect(l.contentHash).toBe(sha256(l.content))
    }
  })

  it('a later template change never alters an issued letter', async () => {
    const { id } = await deniedCase(selfFunded)
    const md = await signInAs('u-md-1')
    const [issued] = await lettersOf(id, md)
    const section = erisaNotice.sections[0]!
    const words = section.paragraphs
    // The template's wording changes after the letter went out (as a new release would).
    section.paragraphs = ['Reworded after this letter was issued.', ...words]
    try {
      const [read] = await lettersOf(id, md)
      expect(read).toEqual(issued)
      expect(read!.contentHash).toBe(sha256(issued!.content))
      // The change is real: a letter issued now carries it.
      const { id: later } = await deniedCase(selfFunded)
      const [fresh] = await lettersOf(later, md)
      expect(JSON.stringify(fresh!.content)).toContain('Reworded after this letter was issued.')
      expect(JSON.stringify(read!.content)).not.toContain('Reworded')
    } finally {
      section.paragraphs = words
    }
  })

  it('an approval issues no denial letter; every read is on the access log', async () => {
    const { id, token } = await caseForItsDirector()
    expect((await decide(id, token, approve)).status).toBe(200)
    expect(await lettersOf(id, token)).toEqual([])
    const md = await signInAs('u-md-1')
    const log = await call(`/cases/${id}/access-log`, { token: md })
    expect(log.body.items.map((e: { action: string }) => e.action)).toContain('read-letters')
  })

  it('answers 404 for another case’s letter or no case, 401 signed out', async () => {
    const { id } = await deniedCase()
    const md = await signInAs('u-md-1')
    const [letter] = await lettersOf(id, md)
    const { id: other } = await deniedCase()
    expect((await call(`/cases/${other}/letters/${letter!.id}`, { token: md })).status).toBe(404)
    expect((await call('/cases/no-such-case/letters', { token: md })).status).toBe(404)
    expect((await call(`/cases/${id}/letters`)).status).toBe(401)
  })
})
