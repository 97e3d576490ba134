import type { AppealDecision, Decision, StoredCase } from '../../src/api/schemas/case.ts'
import type { IssuedLetter, LetterRecipient } from '../../src/api/schemas/letter.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'
import {
  appealLetter,
  denialLetter,
  type Audience,
  type ComposedLetter,
} from '../../src/letters/compose.ts'
import { letterParties } from '../../src/letters/parties.ts'
import { searchCodes } from '../code-search.ts'
import { policyLibrary } from '../data/library.ts'
import { stableJson } from '../stable-json.ts'
import { newId, type MockDb } from '../store.ts'
import { sha256 } from './sha256.ts'

const recipients: Record<Audience, LetterRecipient> = {
  member: 'member',
  provider: 'requesting-provider',
}

/** The words a letter prints for the service code: HCPCS only (CPT's are AMA-licensed). */
export function serviceDescription(db: Pick<MockDb, 'syntheticPolicies'>, code: string): string {
  const wanted = normalizeServiceCode(code)
  const found = searchCodes(policyLibrary(db), code).find(
    (i) => normalizeServiceCode(i.code) === wanted,
  )
  if (found?.description) return found.description
  if (found?.system === 'CPT')
    return 'description not shown (CPT descriptions are licensed by the AMA)'
  return 'no description on file'
}

/** The hash a letter is kept with: SHA-256 of its content as canonical JSON. */
export const contentHash = (content: IssuedLetter['content']) => sha256(stableJson(content))

/**
 * Writes the letters of one decision, one per recipient, as issued: composed now, kept
 * as they are, never written again. Appended to the case's letters in the decision's
 * own transaction, so a decision is never recorded without its letters.
 */
function issue(
  db: MockDb,
  c: StoredCase,
  decisionId: string,
  issuedAt: string,
  compose: (audience: Audience) => ComposedLetter,
): IssuedLetter[] {
  const letters = (['member', 'provider'] as const).map((audience): IssuedLetter => {
    const { kind, templateId, templateVersion, content } = compose(audience)
    return {
      id: newId('ltr'),
      caseId: c.id,
      decisionId,
      kind,
      recipient: recipients[audience],
      templateId,
      templateVersion,
      issuedAt,
      content,
      contentHash: contentHash(content),
    }
  })
  db.letters = { ...db.letters, [c.id]: [...(db.letters[c.id] ?? []), ...letters] }
  return letters
}

const inputFor = (db: MockDb, c: StoredCase, audience: Audience) => ({
  case: c,
  audience,
  parties: letterParties(c),
  serviceDescription: serviceDescription(db, c.input.serviceCode),
})

/** A denial issues its notices; an approval or a pend has none to keep. */
export function issueDenialLetters(db: MockDb, c: StoredCase, d: Decision) {
  if (d.action !== 'deny') return []
  const at = d.noticesIssuedAt ?? d.decidedAt
  return issue(db, c, d.id, at, (a) => denialLetter(inputFor(db, c, a), d))
}

/** Every appeal decision, upheld or approved, issues its notices. */
export function issueAppealLetters(db: MockDb, c: StoredCase, d: AppealDecision) {
  const appeal = c.appeal
  if (!appeal) throw new Error('issueAppealLetters needs a case with an appeal')
  return issue(db, c, d.id, d.decidedAt, (a) => appealLetter(inputFor(db, c, a), appeal, d))
}
