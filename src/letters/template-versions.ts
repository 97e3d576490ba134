import type { CaseInput } from '../api/schemas/case-fields.ts'
import type { LetterKind } from '../api/schemas/letter.ts'

type Product = Pick<CaseInput, 'lineOfBusiness' | 'groupFunding'>

/** The letters whose wording differs, by line of business and funding. */
export function productTemplate(input: Product) {
  if (input.lineOfBusiness === 'medicare-advantage') return 'medicare-advantage'
  if (input.lineOfBusiness === 'individual-family') return 'washington-individual'
  return input.groupFunding === 'self-funded' ? 'erisa' : 'washington-group'
}

export type TemplateId = `${LetterKind}/${ReturnType<typeof productTemplate>}`

/**
 * Each template's version, stamped on every letter it writes. Bump a template's number
 * whenever its wording changes (its rights data in this folder, or what compose.ts
 * writes): tests/unit/letter-template-versions.test.ts pins each version to a
 * fingerprint of the template's rights data and fails until the number moves with
 * them (the sentences compose.ts writes are not fingerprinted: bump by hand).
 * Letters already issued keep the version and words they were issued with.
 */
export const TEMPLATE_VERSIONS: Record<TemplateId, number> = {
  'denial/medicare-advantage': 1,
  'denial/washington-individual': 1,
  'denial/washington-group': 1,
  'denial/erisa': 1,
  'appeal-decision/medicare-advantage': 1,
  'appeal-decision/washington-individual': 1,
  'appeal-decision/washington-group': 1,
  'appeal-decision/erisa': 1,
}

export function templateOf(kind: LetterKind, input: Product) {
  const id: TemplateId = `${kind}/${productTemplate(input)}`
  return { templateId: id, templateVersion: TEMPLATE_VERSIONS[id] }
}
