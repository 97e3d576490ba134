/**
 * Fidelity of the transcribed policy (service/data/prolotherapy-sclerotherapy.ts) to its
 * source document (tests/fixtures/prolotherapy-sclerotherapy.source.txt).
 *
 * Normalization rule (applied to the source before any comparison):
 * - Markup is removed: HTML tags (`<b>`, `<i>`, `<sup>`, the `<a href>` wrappers),
 *   markdown bold/italic markers (`**` and `*`) used as emphasis, and `[text](#)` links
 *   reduced to their text. Backslash escapes are unescaped (`\*` becomes a literal `*`,
 *   so the source's `**\*Note:**` reads `*Note:` and `\*\*To verify` reads `**To verify`).
 * - Whitespace, including tabs between table cells and the hard line breaks (two spaces
 *   and a newline) of the title heading, is folded to one space.
 * - Sentences are split on `.`, `?` or `!` followed by whitespace and an upper-case
 *   letter, EXCEPT after an abbreviation: `a.m.`, `p.m.`, `et al.`, `e.g.`, `i.e.`,
 *   `Dr.`, `Mr.`, `Mrs.`, `vs.`, `etc.`, or an initial (a single capital letter followed
 *   by a dot). So "8 a.m. to 5 p.m. to determine" and "Ongley, MJ, et al, A New" survive
 *   as parts of one sentence.
 * Data strings carry no markup (asserted below); only their whitespace is folded.
 */
import { readFileSync } from 'node:fs'
// Node's URL, not the jsdom global: jsdom resolves relative URLs against its page origin.
import { URL as NodeURL, fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy as policy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { policyDetail } from '../../src/api/schemas/policy.ts'
import { plainText, type Paragraph, type Span } from '../../src/api/schemas/rich-text.ts'

const source = readFileSync(
  fileURLToPath(new NodeURL('../fixtures/prolotherapy-sclerotherapy.source.txt', import.meta.url)),
  'utf8',
)

// ---------------------------------------------------------------------------
// Normalization
// ---------------------------------------------------------------------------

const ESCAPED_STAR = '\u0000'

function stripMarkup(s: string): string {
  return s
    .replace(/\\\*/g, ESCAPED_STAR)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*+/g, '')
    .replace(/\\(.)/g, '$1')
    .replaceAll(ESCAPED_STAR, '*')
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

function normalize(s: string): string {
  return fold(stripMarkup(s))
}

const ABBREVIATIONS = ['a.m', 'p.m', 'et al', 'e.g', 'i.e', 'Dr', 'Mr', 'Mrs', 'vs', 'etc']

function endsWithAbbreviation(before: string): boolean {
  // An initial: a single capital letter standing alone before the dot.
  if (/(?:^|[\s(,])[A-Z]$/.test(before)) return true
  return ABBREVIATIONS.some((a) =>
    new RegExp(`(?:^|[\\s(,])${a.replace(/\./g, '\\.')}$`).test(before),
  )
}

function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const m of text.matchAll(/[.?!]\s+(?=[A-Z])/g)) {
    const at = m.index
    if (m[0].startsWith('.') && endsWithAbbreviation(text.slice(0, at))) continue
    sentences.push(text.slice(start, at + 1).trim())
    start = at + m[0].length
  }
  sentences.push(text.slice(start).trim())
  return sentences.filter((s) => s.length > 0)
}

// ---------------------------------------------------------------------------
// The source, parsed into blocks and table cells
// ---------------------------------------------------------------------------

interface Unit {
  /** Where in the source: line number and kind. */
  where: string
  /** The raw text (with markup) of a block or a table cell. */
  raw: string
  kind: 'title' | 'block' | 'cell' | 'reviewed-dates' | 'committee-legend'
}

function parseSource(text: string): Unit[] {
  const units: Unit[] = []
  const lines = text.split('\n')
  let block: { start: number; lines: string[] } | null = null
  const flush = () => {
    if (!block) return
    const raw = block.lines.join('\n')
    const where = `line ${block.start}`
    if (raw.includes('\t')) {
      block.lines.forEach((line, i) => {
        line.split('\t').forEach((cell, c) => {
          units.push({
            where: `line ${block!.start + i}, cell ${c + 1}`,
            raw: cell,
            kind: cell.includes('<sup>') ? 'reviewed-dates' : 'cell',
          })
        })
      })
    } else if (/ {2}\n/.test(raw)) {
      units.push({ where, raw, kind: 'title' })
    } else if (raw.startsWith('<sup>')) {
      units.push({ where, raw, kind: 'committee-legend' })
    } else {
      units.push({ where, raw, kind: 'block' })
    }
    block = null
  }
  lines.forEach((line, i) => {
    if (line.trim() === '') flush()
    else if (block) block.lines.push(line)
    else block = { start: i + 1, lines: [line] }
  })
  flush()
  return units
}

const units = parseSource(source)
const normalizedSource = normalize(source)

/**
 * Source headings the schema has no field for; the UI prints them as fixed section
 * headings. Listed here, rather than silently skipped, so that a new one fails.
 */
const HEADINGS_WITHOUT_A_FIELD: string[] = []

// ---------------------------------------------------------------------------
// The data, walked into texts
// ---------------------------------------------------------------------------

/** Fields whose value is one paragraph (array of inlines). */
const PARAGRAPH_FIELDS = new Set([
  'label',
  'policy',
  'citation',
  'design',
  'interventionComparator',
  'followUp',
  'outcomes',
  'findings',
  'limitations',
  'howUsed',
  'verdict',
])
/** Fields whose value is a list of paragraphs. */
const PARAGRAPH_LIST_FIELDS = new Set([
  'notice',
  'backgroundNote',
  'background',
  'evidenceConclusion',
  'articles',
  'codeNotes',
])
/** Fields that are identifiers, ISO dates or engine enums, not policy text. */
const NOT_POLICY_TEXT = new Set([
  'id',
  'reviewId',
  'studyId',
  'studyIds',
  'date',
  'lastRevisedDate',
  'outcome',
  'kind',
])

interface DataText {
  path: string
  key: string
  text: string
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string'
}

function walk(value: unknown, path: string, key: string, out: DataText[], spans: SpanAt[]): void {
  if (value === null || typeof value === 'boolean' || value === undefined) return
  if (typeof value === 'string') {
    out.push({ path, key, text: value })
    return
  }
  if (typeof value === 'number') {
    out.push({ path, key, text: String(value) })
    return
  }
  if (Array.isArray(value)) {
    if (PARAGRAPH_FIELDS.has(key)) {
      emitParagraph(value as Paragraph, path, key, out, spans)
      return
    }
    if (PARAGRAPH_LIST_FIELDS.has(key)) {
      ;(value as Paragraph[]).forEach((p, i) => emitParagraph(p, `${path}[${i}]`, key, out, spans))
      return
    }
    if (value.some(isSpan)) throw new Error(`${path}: a paragraph in an unknown field "${key}"`)
    value.forEach((v, i) => walk(v, `${path}[${i}]`, key, out, spans))
    return
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    walk(v, path ? `${path}.${k}` : k, k, out, spans)
  }
}

interface SpanAt {
  path: string
  span: Span
}

function emitParagraph(p: Paragraph, path: string, key: string, out: DataText[], spans: SpanAt[]) {
  out.push({ path, key, text: plainText(p) })
  p.forEach((inline, i) => {
    if (typeof inline === 'string') return
    spans.push({ path: `${path}[${i}]`, span: inline })
    // The link target's own strings (the NCD title and number) are policy text too.
    if (inline.link) walk(inline.link, `${path}[${i}].link`, 'link', out, spans)
  })
}

const dataTexts: DataText[] = []
const dataSpans: SpanAt[] = []
walk(policy, '', '', dataTexts, dataSpans)
const dataCorpus = dataTexts.map((t) => fold(t.text))

// ---------------------------------------------------------------------------
// Emphasis in the source
// ---------------------------------------------------------------------------

function emphasisOf(raw: string) {
  const s = raw.replace(/\\\*/g, ESCAPED_STAR)
  const clean = (t: string) => normalize(t.replaceAll(ESCAPED_STAR, '\\*'))
  const whole = clean(s)
  const bold = [...s.matchAll(/\*\*([\s\S]+?)\*\*|<b>([\s\S]+?)<\/b>/g)].map((m) =>
    clean(m[1] ?? m[2] ?? ''),
  )
  const withoutBold = s.replace(/\*\*/g, '')
  const italic = [...withoutBold.matchAll(/\*([\s\S]+?)\*|<i>([\s\S]+?)<\/i>/g)].map((m) =>
    clean(m[1] ?? m[2] ?? ''),
  )
  const link = [...s.matchAll(/\[([^\]]+)\]\([^)]*\)|<a [^>]*>([\s\S]+?)<\/a>/g)].map((m) =>
    clean(m[1] ?? m[2] ?? ''),
  )
  return { whole, bold, italic, link }
}

const sorted = (xs: string[]) => [...xs].sort()

// ---------------------------------------------------------------------------

describe('Prolotherapy/Sclerotherapy policy data', () => {
  it('validates against the policy schema', () => {
    expect(() => policyDetail.parse(policy)).not.toThrow()
  })

  it('parses a non-trivial source (guards against a vacuous pass)', () => {
    const sentences = units
      .filter((u) => u.kind === 'block' || u.kind === 'cell')
      .flatMap((u) => splitSentences(normalize(u.raw)))
    expect(sentences.length).toBeGreaterThan(60)
    expect(units.filter((u) => u.kind === 'title')).toHaveLength(2)
    expect(units.filter((u) => u.kind === 'reviewed-dates')).toHaveLength(1)
    expect(units.filter((u) => u.kind === 'committee-legend')).toHaveLength(2)
  })

  it('keeps the sentence splitter from breaking at abbreviations', () => {
    expect(
      splitSentences('Call Monday, 8 a.m. to 5 p.m. to determine coverage. Then stop.'),
    ).toEqual(['Call Monday, 8 a.m. to 5 p.m. to determine coverage.', 'Then stop.'])
    expect(splitSentences('Ongley, MJ, et al, A New Approach. See it.')).toEqual([
      'Ongley, MJ, et al, A New Approach.',
      'See it.',
    ])
    expect(splitSentences('Seen by Dr. Smith and J. Doe. Next one.')).toEqual([
      'Seen by Dr. Smith and J. Doe.',
      'Next one.',
    ])
  })

  it('(a) holds every sentence and table cell of the source verbatim', () => {
    const missing: string[] = []
    for (const unit of units) {
      if (unit.kind !== 'block' && unit.kind !== 'cell') continue
      const text = normalize(unit.raw)
      if (HEADINGS_WITHOUT_A_FIELD.includes(text)) continue
      for (const sentence of splitSentences(text)) {
        if (!dataCorpus.some((t) => t.includes(sentence))) {
          missing.push(`${unit.where}: ${sentence}`)
        }
      }
    }
    expect(missing, 'source sentences missing from the data').toEqual([])
  })

  it('(a) holds the title heading (hard line breaks folded)', () => {
    const [org, doc] = units.filter((u) => u.kind === 'title').map((u) => normalize(u.raw))
    expect(policy.organization).toBe(org)
    expect(`${policy.documentType} ${policy.title}`).toBe(doc)
  })

  it('(a) holds every review date with its committee, in order', () => {
    const cell = units.find((u) => u.kind === 'reviewed-dates')!
    const fromSource = [...cell.raw.matchAll(/(\d\d\/\d\d\/\d{4})\s*<sup>(\w+)<\/sup>/g)].map(
      (m) => ({ asWritten: m[1], committee: m[2] }),
    )
    // Every token of the cell is a date/committee pair or a separating comma.
    expect(
      normalize(cell.raw.replace(/(\d\d\/\d\d\/\d{4})\s*<sup>(\w+)<\/sup>/g, '')).replace(
        /[\s,]/g,
        '',
      ),
    ).toBe('')
    expect(
      policy.dates.reviewed.map(({ asWritten, committee }) => ({ asWritten, committee })),
    ).toEqual(fromSource)
  })

  it('(a) holds the committee legend', () => {
    const fromSource = units
      .filter((u) => u.kind === 'committee-legend')
      .map((u) => {
        const m = /^<sup>(\w+)<\/sup>\s*(.+)$/s.exec(u.raw)
        if (!m) throw new Error(`${u.where}: unreadable committee legend`)
        return { abbreviation: m[1], name: normalize(m[2] ?? '') }
      })
    expect(policy.committees).toEqual(fromSource)
  })

  it('(b) invents no policy text: every string of the data is in the source', () => {
    const invented = dataTexts
      .filter((t) => !NOT_POLICY_TEXT.has(t.key))
      .filter((t) => !normalizedSource.includes(fold(t.text)))
      .map((t) => `${t.path}: ${t.text}`)
    expect(invented, 'data strings not found in the source').toEqual([])
  })

  it('(b) carries no markup inside strings', () => {
    const withMarkup = dataTexts
      .filter((t) => /<\/?[a-z][^>]*>|\]\(|\\\*|(^|\s)\*[^*\s][^*]*\*(\s|$)/i.test(t.text))
      .map((t) => `${t.path}: ${t.text}`)
    expect(withMarkup).toEqual([])
  })

  it('keeps the emphasis and links of the source as typed spans', () => {
    const body = dataSpans.filter((s) => !s.path.startsWith('studies'))
    const sourceBold: string[] = []
    const sourceItalic: string[] = []
    const sourceLinks: string[] = []
    for (const unit of units) {
      const e = emphasisOf(unit.raw)
      // A bold run that is the whole block or cell is a heading (a string field).
      sourceBold.push(...e.bold.filter((b) => b !== e.whole))
      sourceItalic.push(...e.italic)
      sourceLinks.push(...e.link)
    }
    expect(sorted(body.filter((s) => s.span.bold).map((s) => s.span.text))).toEqual(
      sorted(sourceBold),
    )
    expect(sorted(body.filter((s) => s.span.italic).map((s) => s.span.text))).toEqual(
      sorted(sourceItalic),
    )
    expect(sorted(body.filter((s) => s.span.link).map((s) => s.span.text))).toEqual(
      sorted(sourceLinks),
    )
    expect(sourceBold).toContain('ANY')
    expect(sourceLinks.filter((l) => l === 'Evidence Table')).toHaveLength(3)
  })
})

describe('Prolotherapy/Sclerotherapy policy structure', () => {
  it('has the two criteria sets with their deciding rows', () => {
    const [medicare, nonMedicare] = policy.criteriaSets
    expect(medicare.id).toBe('medicare')
    expect(medicare.outcome).toBe('not-covered-medicare')
    expect(medicare.rows.map((r) => r.id)).toEqual([
      'cms-coverage-manuals',
      'ncd',
      'lcd',
      'local-coverage-article',
    ])
    expect(medicare.rows.filter((r) => r.decides).map((r) => r.id)).toEqual(['ncd'])
    const ncdLink = medicare.rows[1]?.policy.find((i) => typeof i !== 'string' && i.link)
    expect(typeof ncdLink !== 'string' && ncdLink?.link).toEqual({
      kind: 'ncd',
      number: '150.7',
      title: 'Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
    })
    expect(nonMedicare.id).toBe('non-medicare')
    expect(nonMedicare.outcome).toBe('not-medically-necessary')
    expect(nonMedicare.rows).toHaveLength(1)
    expect(nonMedicare.rows[0]?.decides).toBe(true)
    expect(nonMedicare.rows[0]?.label).toContainEqual({ text: 'ANY', bold: true })
  })

  it('has 2 MTAC reviews and 3 studies, linked both ways', () => {
    expect(policy.mtacReviews.map((r) => r.id)).toEqual(['mtac-1999-06-09', 'mtac-2002-04-10'])
    expect(policy.mtacReviews.map((r) => r.heading)).toEqual([
      '06/09/1999: MTAC REVIEW',
      '04/10/2002: MTAC REVIEW',
    ])
    expect(policy.studies.map((s) => s.id)).toEqual(['ongley-1987', 'klein-1993', 'dechow-1999'])
    for (const review of policy.mtacReviews) {
      const linked = review.articles
        .flat()
        .flatMap((i) =>
          typeof i !== 'string' && i.link?.kind === 'evidence-row' ? [i.link.studyId] : [],
        )
      expect(linked, review.id).toEqual(review.studyIds)
      const articles = review.articles.map(plainText).join(' ')
      for (const id of review.studyIds) {
        const study = policy.studies.find((s) => s.id === id)
        expect(study?.reviewId, id).toBe(review.id)
        expect(articles, id).toContain(plainText(study!.citation))
      }
    }
  })

  it('keeps the source inconsistency: the 2002 review says April 1999', () => {
    const second = policy.mtacReviews[1]?.evidenceConclusion[1]
    expect(second && plainText(second)).toContain('April 1999')
    expect(policy.mtacReviews[0]?.date).toBe('1999-06-09')
  })

  it('attributes study facts only where the source names the study', () => {
    const facts = [
      'design',
      'interventionComparator',
      'followUp',
      'outcomes',
      'findings',
      'limitations',
      'howUsed',
    ] as const
    for (const id of ['ongley-1987', 'klein-1993']) {
      const study = policy.studies.find((s) => s.id === id)!
      for (const f of facts) expect(study[f], `${id}.${f}`).toBeNull()
    }
    const dechow = policy.studies.find((s) => s.id === 'dechow-1999')!
    const review = policy.mtacReviews.find((r) => r.id === dechow.reviewId)!
    const reviewText = [...review.evidenceConclusion, ...review.articles].map(plainText).join(' ')
    for (const f of facts) {
      const v = dechow[f]
      if (v) expect(reviewText, `dechow-1999.${f}`).toContain(plainText(v))
    }
    expect(dechow.followUp).toBeNull()
  })

  it('has 15 review dates with the right committees and consistent ISO dates', () => {
    const reviewed = policy.dates.reviewed
    expect(reviewed).toHaveLength(15)
    expect(reviewed.map((r) => r.committee)).toEqual([
      ...Array<string>(3).fill('MDCRPC'),
      ...Array<string>(12).fill('MPC'),
    ])
    const iso = (mmddyyyy: string) => {
      const [mm, dd, yyyy] = mmddyyyy.split('/')
      return `${yyyy}-${mm}-${dd}`
    }
    for (const r of reviewed) expect(r.date, r.asWritten).toBe(iso(r.asWritten))
    expect(reviewed.at(-1)?.asWritten).toBe('11/07/2023')
    expect(policy.dates.created).toBe('04/1999')
    expect(policy.dates.lastRevisedDate).toBe(iso(policy.dates.lastRevised))
    const abbreviations = policy.committees.map((c) => c.abbreviation)
    for (const r of reviewed) expect(abbreviations).toContain(r.committee)
  })

  it('has an empty revision history, as the source does', () => {
    expect(policy.revisionHistory.entries).toEqual([])
    const header = source.trimEnd().split('\n').at(-1)
    expect(header && normalize(header)).toBe(policy.revisionHistory.columns.join(' '))
  })

  it('lists the one HCPCS code as not medically necessary', () => {
    expect(policy.codeGroups).toEqual([
      {
        heading: 'Considered Not Medically Necessary:',
        columns: ['CPT® or HCPC Codes', 'Description'],
        codes: [{ code: 'M0076', system: 'HCPCS', description: 'Prolotherapy' }],
      },
    ])
  })
})

// ---------------------------------------------------------------------------
// Pairing and order: each source cell and block against its own field
// ---------------------------------------------------------------------------

/** The source's blocks in order: a table is rows of normalized cells, else normalized text. */
const sourceBlocks = source
  .split(/\n\s*\n/)
  .filter((b) => b.trim() !== '')
  .map((b) =>
    b.includes('\t')
      ? { table: b.split('\n').map((line) => line.split('\t').map(normalize)) }
      : { text: normalize(b), raw: b },
  )
const sourceTables = sourceBlocks.flatMap((b) => (b.table ? [b.table] : []))
const para = (p: Paragraph) => fold(plainText(p))

describe('each source cell in its own field, in source order', () => {
  it('the criteria tables: heading, columns, then each row’s label and policy', () => {
    const [medicare, nonMedicare] = policy.criteriaSets
    const asTable = (set: typeof medicare) => [
      [...set.columns],
      ...set.rows.map((r) => [para(r.label), para(r.policy)]),
    ]
    expect(asTable(medicare)).toEqual(sourceTables[0])
    expect(asTable(nonMedicare)).toEqual(sourceTables[1])
    // Each set's heading is the block just before its table.
    const headingBefore = (n: number) => {
      const at = sourceBlocks.findIndex((b) => b.table === sourceTables[n])
      return sourceBlocks[at - 1]?.text
    }
    expect(medicare.heading).toBe(headingBefore(0))
    expect(nonMedicare.heading).toBe(headingBefore(1))
  })

  it('the codes table, the dates table and the revision history header, cell by cell', () => {
    const [group] = policy.codeGroups
    expect([[...group!.columns], ...group!.codes.map((c) => [c.code, c.description])]).toEqual(
      sourceTables[2],
    )
    const [datesHeader, datesRow] = sourceTables[3]!
    expect([...policy.dates.columns]).toEqual(datesHeader)
    expect(datesRow![0]).toBe(policy.dates.created)
    expect(datesRow![2]).toBe(policy.dates.lastRevised)
    expect(datesRow![1]).toBe(
      policy.dates.reviewed.map((r) => `${r.asWritten} ${r.committee}`).join(' , '),
    )
    expect(sourceTables[4]).toEqual([[...policy.revisionHistory.columns]])
    expect(sourceTables).toHaveLength(5)
  })

  it('every text block of the source, in order, is the field the page shows in that place', () => {
    const reviews = policy.mtacReviews.flatMap((r) => [
      r.heading,
      ...r.evidenceConclusion.map(para),
      ...r.articles.map(para),
      para(r.verdict),
    ])
    const dataInOrder = [
      ...policy.notice.map(para),
      policy.criteriaHeading,
      ...policy.criteriaSets.map((s) => s.heading),
      ...policy.backgroundNote.map(para),
      policy.backgroundHeading,
      ...policy.background.map(para),
      policy.mtacHeading,
      ...reviews,
      policy.codesHeading,
      ...policy.codeGroups.map((g) => g.heading),
      ...policy.codeNotes.map(para),
    ]
    // The review topic sits before the first review's heading and after the second's in the
    // source; the page prints it with each review, so it is checked per review below.
    const topics = new Set(policy.mtacReviews.map((r) => r.topic))
    const titleAndLegend = (b: { raw?: string }) =>
      / {2}\n/.test(b.raw ?? '') || (b.raw ?? '').startsWith('<sup>')
    const sourceInOrder = sourceBlocks
      .filter((b) => b.text !== undefined && !titleAndLegend(b) && !topics.has(b.text))
      .map((b) => b.text)
    expect(dataInOrder).toEqual(sourceInOrder)
    expect(sourceBlocks.filter((b) => b.text !== undefined && topics.has(b.text))).toHaveLength(
      policy.mtacReviews.length,
    )
  })
})
