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

export type TimeEntry =
  | { kind: 'empty' }
  /** 1 to 12 without AM or PM: 2:30 could be either, and a guess would move the clock. */
  | { kind: 'needs-period' }
  | { kind: 'not-a-time' }
  /** HH:mm, 24 h. */
  | { kind: 'time'; value: string }

const TIME = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/i
const two = (n: number) => String(n).padStart(2, '0')

/**
 * A time of day as a person types it: "2:30 PM", "2:30p", "230 pm", "14:30", "1430".
 * With AM or PM the hour is 1 to 12; without, only a 24-hour reading that cannot be
 * mistaken (0:00 to 0:59 and 13:00 to 23:59) is taken.
 */
export function readTimeOfDay(text: string): TimeEntry {
  const t = text.trim()
  if (!t) return { kind: 'empty' }
  const m = TIME.exec(t)
  if (!m) return { kind: 'not-a-time' }
  // Stryker disable next-line StringLiteral: Number('') is 0 as Number('0') is: equivalent.
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? '0')]
  const period = m[3]?.toLowerCase()
  if (minute > 59) return { kind: 'not-a-time' }
  if (period) {
    if (hour < 1 || hour > 12) return { kind: 'not-a-time' }
    const h24 = (hour % 12) + (period === 'p' ? 12 : 0)
    return { kind: 'time', value: `${two(h24)}:${two(minute)}` }
  }
  if (hour > 23) return { kind: 'not-a-time' }
  if (hour >= 1 && hour <= 12) return { kind: 'needs-period' }
  return { kind: 'time', value: `${two(hour)}:${two(minute)}` }
}

/** '14:30' → '2:30 PM', as the app shows times ("11:59 PM PST"); anything else → ''. */
export function formatTimeOfDay(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm)
  if (!m) return ''
  const hour = Number(m[1])
  return `${hour % 12 || 12}:${m[2]} ${hour < 12 ? 'AM' : 'PM'}`
}

export type DateTimeParts = DateParts & { time: string }

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/

/** '2026-01-05T14:30' → boxes 01 05 2026 and '2:30 PM'; anything else → empty boxes. */
export function splitWallTime(wall: string): DateTimeParts {
  const m = WALL.exec(wall.trim())
  return m
    ? { ...splitIsoDate(m[1]!), time: formatTimeOfDay(m[2]!) }
    : { ...emptyDateParts, time: '' }
}

/** The wall time the boxes make (YYYY-MM-DDTHH:mm), or the message they earn until whole. */
export function readDateTimeParts(
  label: string,
  parts: DateTimeParts,
): { value: string; unfinished: string | null } {
  const date = readDateParts(parts)
  const time = readTimeOfDay(parts.time)
  if (date.kind === 'empty' && time.kind === 'empty') return { value: '', unfinished: null }
  if (date.kind === 'not-a-date' || time.kind === 'not-a-time')
    return { value: '', unfinished: `${label} must be a real date and time` }
  if (time.kind === 'needs-period') return { value: '', unfinished: NEEDS_PERIOD }
  if (date.kind !== 'date' || time.kind !== 'time')
    return { value: '', unfinished: INCOMPLETE_DATE_TIME }
  return { value: `${date.value}T${time.value}`, unfinished: null }
}

export const INCOMPLETE_DATE_TIME = 'Enter a complete date and time'
export const NEEDS_PERIOD = 'Add AM or PM to the time, or give it as 24-hour time, like 14:30'
