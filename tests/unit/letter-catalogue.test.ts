import { describe, expect, it } from 'vitest'
import { letterContent, letterProducts } from '../../src/letters/letter-catalogue.ts'
import { INTERNAL_NOTE } from '../review/letter-checks.ts'

const outcomes = ['deny', 'uphold', 'approve'] as const
const all = letterProducts.flatMap((p) =>
  outcomes.map((o) => ({ name: `${p.label}, ${o}`, content: letterContent(p.input, o) })),
)

describe('the letters as data', () => {
  it('every statement has a source; what a letter prints holds no research note', () => {
    for (const { name, content } of all) {
      for (const s of content.sections) {
        expect(s.sources.length, `${name}: ${s.id}`).toBeGreaterThan(0)
        expect(
          s.sources.some((src) => src.printed !== false),
          `${name}: ${s.id}`,
        ).toBe(true)
        for (const text of [s.heading, ...s.paragraphs]) expect(text).not.toMatch(INTERNAL_NOTE)
        for (const src of s.sources) {
          if (src.printed !== false) expect(src.cite, name).not.toMatch(INTERNAL_NOTE)
          // The research stays in the data, for the compliance view.
          if (!src.confirmed) expect(src.note, src.cite).toMatch(/^Not (confirmed|read)/)
          else expect(src.note, src.cite).toMatch(/^Read/)
        }
      }
    }
  })

  it('an insured employer group letter carries the ERISA items; Individual & Family does not', () => {
    const cites = (i: number) =>
      letterContent(letterProducts[i]!.input, 'deny')
        .sections.flatMap((s) => s.sources.map((x) => x.cite))
        .join('\n')
    expect(letterProducts[1]!.label).toMatch(/fully insured group/)
    expect(cites(1)).toMatch(/2560\.503-1\(g\)\(1\)\(iv\)/)
    expect(cites(1)).toMatch(/WAC 284-30-770/)
    expect(letterProducts[2]!.label).toMatch(/Individual & Family/)
    expect(cites(2)).not.toMatch(/2560\.503-1/)
    expect(cites(2)).toMatch(/WAC 284-30-770/)
  })
})
