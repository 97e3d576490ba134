/**
 * SYNTHETIC policies for tests and benchmarks only; never shipped, never in mocks/data.
 * Every one is flagged `synthetic: true` and titled "SYNTHETIC …", and its text is
 * placeholder words with no clinical meaning, so nobody can mistake it for criteria.
 */
import type { Outcome, PolicyDetail, Study } from '../../src/api/schemas/policy.ts'
import type { Paragraph } from '../../src/api/schemas/rich-text.ts'

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india']

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random(seed: number) {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

export type SyntheticOptions = {
  id: string
  /** How many studies, spread over the reviews (up to 50 to a review). */
  studies?: number
  /** One HCPCS-shaped code the policy carries. */
  code?: string
  /** ISO date of the last policy review; by default 30 days ago (not overdue). */
  lastReviewed?: string
  seed?: number
  /**
   * What both criteria sets yield for the code (engine data, e.g. 'criteria-met' for a
   * covered service); given, each set's one row is the row that decides.
   */
  outcome?: Outcome
}

export function syntheticPolicy(options: SyntheticOptions): PolicyDetail {
  const { id, studies: studyCount = 5, code = 'X0001', seed = 1, outcome } = options
  const decides = outcome ? { decides: true } : {}
  const next = random(seed)
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
  const fact = (): Paragraph | null =>
    next() < 0.2 ? null : [`Synthetic ${words(8 + Math.floor(next() * 30))}.`]
  const reviewCount = Math.max(1, Math.ceil(studyCount / 50))
  const reviews = Array.from({ length: reviewCount }, (_, r) => {
    const year = 2000 + (r % 24)
    const date = `${year}-0${1 + (r % 9)}-1${r % 10}`
    return { id: `${id}-review-${r + 1}`, date, year }
  })
  const studies: Study[] = Array.from({ length: studyCount }, (_, i) => {
    const review = reviews[i % reviewCount]!
    const authors = `Synthetic ${String.fromCharCode(65 + (i % 26))}${i}, et al`
    const title = `SYNTHETIC study ${i + 1}: ${words(6)}`
    return {
      id: `${id}-study-${i + 1}`,
      reviewId: review.id,
      authors,
      year: review.year - (i % 5),
      title,
      journal: `Synthetic Journal ${1 + (i % 7)}`,
      volumePages: `${1 + (i % 40)}:${i}-${i + 9}`,
      citation: [`${authors}, ${title}.`],
      design: fact(),
      interventionComparator: fact(),
      followUp: fact(),
      outcomes: fact(),
      findings: fact(),
      limitations: fact(),
      howUsed: fact(),
    }
  })
  const reviewed =
    options.lastReviewed ?? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
  const [y, m, d] = reviewed.split('-')
  return {
    id,
    title: `SYNTHETIC policy ${id}`,
    organization: 'Synthetic Health Plan (not a real organization)',
    documentType: 'Synthetic Review Criteria',
    synthetic: true,
    notice: [[{ text: 'NOTICE:', bold: true }, ' Synthetic text for tests and benchmarks.']],
    criteriaHeading: 'Criteria',
    criteriaSets: [
      {
        id: 'medicare',
        heading: 'For Medicare Members',
        columns: ['Source', 'Policy'],
        rows: [{ id: 'ncd', label: ['Synthetic source'], policy: ['None'], ...decides }],
        outcome: outcome ?? 'no-criteria',
      },
      {
        id: 'non-medicare',
        heading: 'For Non-Medicare Members',
        columns: ['Service', 'Policy'],
        rows: [{ id: 'any', label: ['Synthetic service'], policy: [words(10)], ...decides }],
        outcome: outcome ?? 'no-criteria',
      },
    ],
    backgroundNote: [['Synthetic background note.']],
    backgroundHeading: 'Background',
    background: [[words(40)]],
    mtacHeading: 'Medical Technology Assessment Committee (MTAC)',
    mtacReviews: reviews.map((r) => ({
      id: r.id,
      date: r.date,
      heading: `${r.date.slice(5, 7)}/${r.date.slice(8)}/${r.year}: MTAC REVIEW`,
      topic: `SYNTHETIC topic ${r.id}`,
      evidenceConclusion: [[{ text: 'Evidence Conclusion:', bold: true }, ` ${words(30)}.`]],
      articles: [[{ text: 'Articles:', bold: true }, ' Synthetic articles.']],
      studyIds: studies.filter((s) => s.reviewId === r.id).map((s) => s.id),
      verdict: [`Synthetic verdict ${words(5)}.`],
    })),
    studies,
    codesHeading: 'Applicable Codes',
    codeGroups: [
      {
        heading: 'Synthetic group:',
        columns: ['CPT® or HCPC Codes', 'Description'],
        codes: [{ code, system: 'HCPCS', description: `Synthetic service ${id}` }],
      },
    ],
    codeNotes: [['Synthetic code note.']],
    dates: {
      columns: ['Date Created', 'Date Reviewed', 'Date Last Revised'],
      created: '01/2000',
      reviewed: [{ date: reviewed, asWritten: `${m}/${d}/${y}`, committee: 'SYN' }],
      lastRevised: `${m}/${d}/${y}`,
      lastRevisedDate: reviewed,
    },
    committees: [{ abbreviation: 'SYN', name: 'Synthetic Committee' }],
    revisionHistory: { columns: ['Revision History', 'Description'], entries: [] },
  }
}

/** `count` synthetic policies, each with its own code (S0001, S0002, …). */
export function syntheticLibrary(count: number, studies = 3): PolicyDetail[] {
  return Array.from({ length: count }, (_, i) =>
    syntheticPolicy({
      id: `syn-${i + 1}`,
      studies,
      code: `S${String(i + 1).padStart(4, '0')}`,
      seed: i + 1,
    }),
  )
}
