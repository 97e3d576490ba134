import { appealRules, type RuleLimit } from '../domain/appeal-limits.ts'
import { turnaroundRules } from '../domain/turnaround-rules.ts'
import {
  letterContent,
  letterProducts,
  outcomeLabels,
  providerAddition,
  type LetterOutcome,
} from '../letters/letter-catalogue.ts'
import type { Citation } from '../letters/notice-template.ts'
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

/** The first decision's rules record a source but not what was read: said plainly. */
const NOT_RECORDED =
  'Not recorded: whether this limit’s words were confirmed against the source was not recorded with the rule, and it was not re-read for this view.'

function decisionClockGroups(): ComplianceGroup[] {
  return turnaroundRules.map((r) => {
    const source = { cite: r.source, url: null, confirmed: false, note: NOT_RECORDED }
    const limit = (key: string, statement: string) => ({ key, statement, source, printed: false })
    const ask = r.askForInformation
    return {
      id: `decision-clock-${r.id}`,
      title: `Decision clock: ${r.label}`,
      entries: [
        limit(`${r.id}-standard`, `Standard request decided within: ${r.standard.text}.`),
        limit(`${r.id}-expedited`, `Expedited request decided within: ${r.expedited.text}.`),
        ...(ask
          ? (['standard', 'expedited'] as const).map((u) => ({
              key: `${r.id}-ask-${u}`,
              statement: `More information asked for, ${u} request, within: ${ask[u].text}${ask.receivedFrom ? ` (requests received from ${ask.receivedFrom})` : ''}.`,
              source: { cite: ask.source, url: null, confirmed: ask.confirmed, note: ask.note },
              printed: false,
            }))
          : []),
      ],
    }
  })
}

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
  return [...letterGroups(), ...decisionClockGroups(), ...clockGroups()]
}
