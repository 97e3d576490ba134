/**
 * A date typed as three boxes (USWDS "memorable date": month, day, year, in the order a
 * US fax or phone call gives them) and the plain YYYY-MM-DD string the form keeps.
 */
export type DateParts = { month: string; day: string; year: string }

export type DateEntry =
  | { kind: 'empty' }
  /** A box left blank, or a year of fewer than 4 digits. */
  | { kind: 'incomplete' }
  /** Something other than digits: no date can be made of it. */
  | { kind: 'not-a-date' }
  /** YYYY-MM-DD shaped; 2025-02-30 is kept as typed so the field rules can name it. */
  | { kind: 'date'; value: string }

export const emptyDateParts: DateParts = { month: '', day: '', year: '' }

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** '1957-03-27' → { month: '03', day: '27', year: '1957' }; anything else → empty boxes. */
export function splitIsoDate(iso: string): DateParts {
  const m = ISO_SHAPE.exec(iso.trim())
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : emptyDateParts
}

/** What three boxes say: "3", "27", "1957" → 1957-03-27. Spaces around a box are ignored. */
export function readDateParts(parts: DateParts): DateEntry {
  const [month, day, year] = [parts.month.trim(), parts.day.trim(), parts.year.trim()]
  const typed = [month, day, year].filter(Boolean)
  if (typed.length === 0) return { kind: 'empty' }
  if (typed.some((p) => !/^\d+$/.test(p))) return { kind: 'not-a-date' }
  if (typed.length < 3 || year.length < 4) return { kind: 'incomplete' }
  if (month.length > 2 || day.length > 2 || year.length > 4) return { kind: 'not-a-date' }
  return { kind: 'date', value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` }
}

const US_DATE = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/
const US_DIGITS = /^(\d{2})(\d{2})(\d{4})$/

/**
 * A whole date typed or pasted into one box, as a native date field took it: 03271957,
 * 03/27/1957, 3-27-1957 or 1957-03-27. Spread over the three boxes; anything else is null.
 */
export function spreadWholeDate(text: string): DateParts | null {
  const t = text.trim()
  const iso = ISO_SHAPE.exec(t)
  if (iso) return { year: iso[1]!, month: iso[2]!, day: iso[3]! }
  const us = US_DATE.exec(t) ?? US_DIGITS.exec(t)
  return us ? { month: us[1]!, day: us[2]!, year: us[3]! } : null
}

/**
 * The message for boxes that make no date yet (the field's own rules judge a whole date).
 * The wording is the field rules' own: "Enter a complete date", "… must be a real date".
 */
export function unfinishedDateMessage(label: string, entry: DateEntry): string | null {
  if (entry.kind === 'incomplete') return INCOMPLETE_DATE
  if (entry.kind === 'not-a-date') return `${label} must be a real date`
  return null
}

export const INCOMPLETE_DATE = 'Enter a complete date'
