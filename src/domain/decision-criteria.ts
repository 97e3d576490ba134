import type { CriterionRef, Determination, RecordedCriterion } from '../api/schemas/case.ts'
import type { Paragraph } from '../api/schemas/rich-text.ts'
import { plainText } from './plain-text.ts'

type AppliedSet = NonNullable<Determination['criteriaSet']>
type Row = AppliedSet['rows'][number]

/**
 * The criteria a denial may rely on: the rows of the set the case's own determination
 * applied, as quoted in that determination (never the policy as it reads today). A row
 * whose policy cell is "None" (the CMS manuals, LCD and local article rows of the
 * Medicare set) states no criterion, so it cannot be relied on.
 */
export function citableRows(d: Determination): Row[] {
  if (!d.policy || !d.criteriaSet) return []
  return d.criteriaSet.rows.filter((r) => plainText(r.policy).trim() !== 'None')
}

function ncdOf(p: Paragraph) {
  for (const i of p) if (typeof i !== 'string' && i.link?.kind === 'ncd') return i.link
  return null
}

/**
 * The name a notice gives the criterion: an NCD by its number and title, as CMS names
 * it; any other row by its own label (e.g. "Prolotherapy/Sclerotherapy for ANY indication").
 */
export function criterionTitle(row: Row): string {
  const ncd = ncdOf(row.policy)
  return ncd
    ? `National Coverage Determination (NCD) ${ncd.number}: ${ncd.title}`
    : plainText(row.label)
}

/** The row a reference names, recorded whole, or null when it is not a row this case may cite. */
export function resolveCriterion(d: Determination, ref: CriterionRef): RecordedCriterion | null {
  const set = d.criteriaSet
  if (!d.policy || !set || ref.policyId !== d.policy.id || ref.criteriaSetId !== set.id) return null
  const row = citableRows(d).find((r) => r.id === ref.rowId)
  if (!row) return null
  return {
    ...ref,
    title: criterionTitle(row),
    source: `${d.policy.title}, ${set.heading}`,
    label: structuredClone(row.label),
    quoted: structuredClone(row.policy),
  }
}

/** The reference to offer first: the row that decided the determination. */
export function decidingRef(d: Determination): CriterionRef | null {
  const row = citableRows(d).find((r) => r.decides) ?? citableRows(d)[0]
  if (!row || !d.policy || !d.criteriaSet) return null
  return { policyId: d.policy.id, criteriaSetId: d.criteriaSet.id, rowId: row.id }
}

/**
 * Whether a pend could ever change the outcome. The criteria sets this engine applies
 * are blanket statements: the outcome follows from the code and line of business, with
 * no member fact weighed. Documentation cannot turn such a set into an approval, so the
 * panel warns before a pend (docs/product-rules.md, Pend for information).
 */
export function pendCannotChangeOutcome(d: Determination): boolean {
  return d.criteriaSet !== null && d.outcome !== 'criteria-met'
}
