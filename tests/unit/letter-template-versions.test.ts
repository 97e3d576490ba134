import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { letterContent, letterProducts } from '../../src/letters/letter-catalogue.ts'
import {
  productTemplate,
  TEMPLATE_VERSIONS,
  type TemplateId,
} from '../../src/letters/template-versions.ts'
import { stableJson } from '../../service/stable-json.ts'
import { templateName } from '../../src/features/review/notices/template-name.ts'

/**
 * Each template's wording (its rights, sources and the words it applies to), pinned to
 * the version letters are stamped with. When this fails, the wording changed: bump the
 * template's number in src/letters/template-versions.ts and pin the new fingerprint
 * here, so letters issued before and after the change say which words they carry. The
 * sentences compose.ts writes itself are not in the fingerprint: bump by hand for those.
 */
const PINNED: Record<TemplateId, [version: number, fingerprint: string]> = {
  'denial/medicare-advantage': [1, '1c248e3d0f20fa02'],
  'appeal-decision/medicare-advantage': [1, '005e2d2d19b18085'],
  'denial/washington-group': [1, 'f6dc44d40a96a728'],
  'appeal-decision/washington-group': [1, '27d525ed76f4d0cc'],
  'denial/washington-individual': [1, '6a347d8dfb6e0fa0'],
  'appeal-decision/washington-individual': [1, '1987747b823d0839'],
  'denial/erisa': [1, 'a009b2f4e9caf341'],
  'appeal-decision/erisa': [1, '762d4b3dfa8d4eb5'],
}

function fingerprints() {
  const out: Partial<Record<TemplateId, string>> = {}
  for (const { input } of letterProducts) {
    const product = productTemplate(input)
    const hash = (v: unknown) =>
      createHash('sha256').update(stableJson(v)).digest('hex').slice(0, 16)
    out[`denial/${product}`] = hash(letterContent(input, 'deny'))
    out[`appeal-decision/${product}`] = hash([
      letterContent(input, 'uphold'),
      letterContent(input, 'approve'),
    ])
  }
  return out as Record<TemplateId, string>
}

describe('template versions', () => {
  it('move with the templates’ wording', () => {
    const now = fingerprints()
    expect(Object.keys(now).sort()).toEqual(Object.keys(TEMPLATE_VERSIONS).sort())
    for (const id of Object.keys(TEMPLATE_VERSIONS) as TemplateId[])
      expect([TEMPLATE_VERSIONS[id], now[id]], id).toEqual(PINNED[id])
  })
})

describe('template names on the letter record', () => {
  it('every template has a name in a reader’s words, not its id', () => {
    for (const id of Object.keys(TEMPLATE_VERSIONS)) {
      const name = templateName(id)
      expect(name, id).not.toContain('/')
      expect(name, id).toMatch(/^(Denial|Appeal decision) notice, /)
    }
    expect(templateName('appeal-decision/medicare-advantage')).toBe(
      'Appeal decision notice, Medicare Advantage',
    )
    expect(templateName('denial/some-new-product')).toBe('denial/some-new-product')
  })
})
