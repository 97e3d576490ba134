import { appealRules, type RuleLimit } from '../domain/appeal-limits.ts'
import {
  letterContent,
  letterProducts,
  outcomeLabels,
  providerAddition,
  type LetterOutcome,
} from '../features/review/notices/letter-catalogue.ts'
import type { Citation } from '../features/review/notices/notice-template.ts'
import type { ComplianceEntry, ComplianceGroup } from '../features/compliance/compliance-page.tsx'

const outcomes: LetterOutcome[] = ['deny', 'uphold', 'approve']
const entry = (key: string, statement: string, source: Citation): ComplianceEntry => ({
  key: `${key}:${source.cite}`,
  statement,
  source,
  printed: source.printed !== false,
})

function letterGroups(): ComplianceGroup[] {
  return letterProducts.flatMap(({ label, input }) =>
    outcomes.map((outcome) => {
      const c = letterContent(input, outcome)
      const id = `${input.lineOfBusiness}-${input.groupFunding ?? 'any'}-${outcome}`
      const reason = c.reasonSources.map((s) =>
        entry(`${id}-reason`, 'The letter states the specific reason for the denial.', s),
      )
      const sections = c.sections.flatMap((s) =>
        s.sources.map((src) =>
          entry(`${id}-${s.id}`, `${s.heading}: ${s.paragraphs.join(' ')}`, src),
        ),
      )
      const provider =
        outcome === 'approve'
          ? []
          : [entry(`${id}-p2p`, providerAddition.statement, providerAddition.source)]
      return {
        id,
        title: `${label}: ${outcomeLabels[outcome]}`,
        entries: [...reason, ...sections, ...provider],
      }
    }),
  )
}

const limitEntry = (key: string, what: string, l: RuleLimit): ComplianceEntry => ({
  key,
  statement: `${what}: ${l.text}.`,
  source: { cite: l.source, url: null, confirmed: l.confirmed, note: l.note ?? '' },
  printed: false,
})

function clockGroups(): ComplianceGroup[] {
  return appealRules.map((r) => ({
    id: `clock-${r.id}`,
    title: `Appeal clock: ${r.label}`,
    entries: [
      limitEntry(`${r.id}-standard`, 'Standard appeal decided within', r.standard),
      limitEntry(`${r.id}-expedited`, 'Expedited appeal decided within', r.expedited),
      limitEntry(`${r.id}-filing`, 'Time limit to ask for an appeal', r.filing),
    ],
  }))
}

/**
 * Every rule the letters and the appeal clocks rely on, from the data they use: the
 * letters' catalogue (review) and the appeal limits (domain), composed here for the
 * compliance view.
 */
export function complianceGroups(): ComplianceGroup[] {
  return [...letterGroups(), ...clockGroups()]
}
