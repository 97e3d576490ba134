import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { demoUsers } from '../../service/data/users.ts'
import { actorOf } from '../../service/cases/actor.ts'
import { applyAppealDecision } from '../../service/cases/appeal-decide.ts'
import { recordAppeal } from '../../service/cases/appeal-record.ts'
import { setNativeSha256, sha256, sha256Hex } from '../../service/letters/sha256.ts'
import { seedDb } from '../../service/seed.ts'
import { stableJson } from '../../service/stable-json.ts'
import { TEMPLATE_VERSIONS } from '../../src/letters/template-versions.ts'

const nodeSha = (text: string) => createHash('sha256').update(text).digest('hex')
const NOW = new Date('2026-11-20T17:00:00Z')

describe('sha256Hex', () => {
  it('agrees with node:crypto across block boundaries and in UTF-8', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é 😀 ü'])
      expect(sha256Hex(text), `${text.length} chars`).toBe(nodeSha(text))
  })

  it("gives way to the host's own digest once the server sets one (the same hex)", () => {
    expect(sha256('abc')).toBe(nodeSha('abc'))
    setNativeSha256(() => 'from the host')
    expect(sha256('abc')).toBe('from the host')
    setNativeSha256(nodeSha)
    expect(sha256('é 😀 ü')).toBe(sha256Hex('é 😀 ü'))
  })
})

describe('the service issues letters with the decision', () => {
  it('a denial keeps one letter per recipient, hashed and versioned at the decision', () => {
    const db = seedDb(NOW)
    const denied = Object.values(db.cases).filter((c) => c.status === 'denied')
    expect(denied.length).toBeGreaterThan(0)
    for (const c of denied) {
      const decision = c.decisions.at(-1)!
      const letters = db.letters[c.id]!
      expect(letters.map((l) => l.recipient)).toEqual(['member', 'requesting-provider'])
      for (const l of letters) {
        expect(l.decisionId).toBe(decision.id)
        expect(l.issuedAt).toBe(decision.noticesIssuedAt)
        expect(l.templateVersion).toBe(
          TEMPLATE_VERSIONS[l.templateId as keyof typeof TEMPLATE_VERSIONS],
        )
        expect(l.contentHash).toBe(nodeSha(stableJson(l.content)))
      }
    }
    // Approvals and pends issue no notice, so keep no letter.
    for (const c of Object.values(db.cases).filter((c) => c.status !== 'denied'))
      expect(db.letters[c.id] ?? []).toEqual([])
  })

  it('an appeal decision appends its letters and leaves the denial’s untouched', () => {
    const db = seedDb(NOW)
    const c = Object.values(db.cases).find(
      (x) => x.status === 'denied' && x.input.lineOfBusiness === 'medicare-advantage',
    )!
    const denialLetters = db.letters[c.id]!
    const member = actorOf(demoUsers.find((u) => u.role !== 'medical-director')!)
    const at = new Date(Date.parse(c.decisions.at(-1)!.decidedAt) + 3_600_000)
    const recorded = recordAppeal(
      db,
      c,
      {
        requestedBy: 'member',
        receivedAt: at.toISOString(),
        urgency: 'standard',
        channel: 'mail',
        reasonGiven: 'My doctor says the injections helped.',
      },
      member,
      at,
    )
    if (!recorded.ok) throw new Error('appeal refused')
    const reviewer = recorded.updated.appeal!.assignedTo!
    const decidedAt = new Date(at.getTime() + 3_600_000)
    const updated = applyAppealDecision(
      db,
      recorded.updated,
      { action: 'approve', rationale: 'The records change the picture.', peerToPeerOffered: false },
      reviewer,
      decidedAt,
    )
    const letters = db.letters[c.id]!
    expect(letters.slice(0, 2)).toEqual(denialLetters)
    expect(letters.slice(2).map((l) => [l.kind, l.recipient, l.templateId])).toEqual([
      ['appeal-decision', 'member', 'appeal-decision/medicare-advantage'],
      ['appeal-decision', 'requesting-provider', 'appeal-decision/medicare-advantage'],
    ])
    for (const l of letters.slice(2)) {
      expect(l.decisionId).toBe(updated.appeal!.decision!.id)
      expect(l.issuedAt).toBe(decidedAt.toISOString())
      expect(l.contentHash).toBe(nodeSha(stableJson(l.content)))
    }
  })
})
