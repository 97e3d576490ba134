/**
 * Plan-time arithmetic with Intl only. Deadlines and "received" times are wall-clock
 * times in the plan's zone, whatever zone the reviewer's browser or the test runner is in.
 */
export const PLAN_TIME_ZONE = 'America/Los_Angeles'

export interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
  weekday: number
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

// Building a DateTimeFormat is costly; worklists format hundreds of due times.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(key: string, zone: string, options: Intl.DateTimeFormatOptions) {
  const id = `${key}|${zone}`
  let f = formatters.get(id)
  if (!f) formatters.set(id, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options })))
  return f
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, 0)
  return date.getTime()
}

/** The parts of a formatted instant by type, read in one pass. */
function partsByType(f: Intl.DateTimeFormat, instant: Date) {
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const p of f.formatToParts(instant)) out[p.type] = p.value
  return out
}

export function zonedParts(instant: Date, zone: string): ZonedParts {
  const f = formatter('parts', zone, {
    hourCycle: 'h23',
    ...{ year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' },
    ...{ hour: 'numeric', minute: 'numeric', second: 'numeric' },
  })
  const p = partsByType(f, instant)
  return {
    year: Number(p.year ?? ''),
    month: Number(p.month ?? ''),
    day: Number(p.day ?? ''),
    hour: Number(p.hour ?? ''),
    minute: Number(p.minute ?? ''),
    second: Number(p.second ?? ''),
    weekday: WEEKDAYS.indexOf(p.weekday ?? ''),
  }
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function zonedDate(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone)
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
}

/** The instant as the value of an `<input type="datetime-local">`: YYYY-MM-DDTHH:mm. */
export function toWallTime(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone)
  return `${zonedDate(instant, zone)}T${pad(p.hour)}:${pad(p.minute)}`
}

function offsetMs(instant: number, zone: string): number {
  const p = zonedParts(new Date(instant), zone)
  return (
    utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000
  )
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** A real calendar date as YYYY-MM-DD: 2025-02-30 and 2025-13-01 are not. */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(utcMs(y, mo, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** Calendar arithmetic on plain dates, free of any zone's daylight-saving changes. */
export function addCalendarDays(isoDate: string, days: number): string {
  const m = ISO_DATE.exec(isoDate)
  if (!m || !isRealIsoDate(isoDate)) throw new RangeError(`Not a date: ${isoDate}`)
  const date = new Date(utcMs(Number(m[1]), Number(m[2]), Number(m[3])) + days * DAY_MS)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/**
 * A wall-clock time (YYYY-MM-DDTHH:mm, optionally :ss) in `zone` → the instant, or null
 * if it is not a real date and time. Ambiguity is resolved as Temporal's "compatible"
 * option does, so the result never depends on the host: in a fall-back overlap the
 * earlier instant; in a spring-forward gap the time is moved forward by the gap
 * (02:30 on 2026-03-08 in Los Angeles becomes 03:30 PDT).
 */
export function wallTimeToInstant(wall: string, zone: string): Date | null {
  const m = WALL_TIME.exec(wall)
  if (!m || !isRealIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
  if (h > 23 || mi > 59 || s > 59) return null
  const naive = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), h, mi, s)
  // Offsets a day either side bracket any single transition at this wall time.
  const before = offsetMs(naive - DAY_MS, zone)
  const after = offsetMs(naive + DAY_MS, zone)
  const fits = (t: number) => offsetMs(t, zone) === naive - t
  const candidates = [naive - before, naive - after].filter(fits).sort((a, b) => a - b)
  return new Date(candidates[0] ?? naive - before)
}

// A worklist page shows two times a row, and the same rows render again as filters
// change: a formatted time is kept (a few thousand at most) rather than formatted again.
const displayCache = new Map<string, string>()

/** e.g. "Tue 1 Dec 2026, 11:59 PM PST": always with the zone, so no one misreads a deadline. */
export function formatInZone(instant: Date, zone: string): string {
  const key = `${instant.getTime()}|${zone}`
  const cached = displayCache.get(key)
  if (cached !== undefined) return cached
  const f = formatter('display', zone, {
    ...{ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    ...{ hour: 'numeric', minute: '2-digit', hour12: true, timeZoneName: 'short' },
  })
  const p = partsByType(f, instant)
  const date = `${p.weekday ?? ''} ${p.day ?? ''} ${p.month ?? ''} ${p.year ?? ''}`
  const text = `${date}, ${p.hour ?? ''}:${p.minute ?? ''} ${p.dayPeriod ?? ''} ${p.timeZoneName ?? ''}`
  if (displayCache.size >= 5000) displayCache.clear()
  displayCache.set(key, text)
  return text
}

/**
 * "3 Dec, 11:59 PM PST": a due time brief enough for one line of a list. The weekday goes,
 * and the year too when it is `now`'s year in the zone (an earlier year stays said).
 */
export function formatInZoneBrief(instant: Date, zone: string, now: Date): string {
  const full = formatInZone(instant, zone)
  const date = full.slice(full.indexOf(' ') + 1)
  const year = zonedDate(instant, zone).slice(0, 4)
  return year === zonedDate(now, zone).slice(0, 4) ? date.replace(` ${year},`, ',') : date
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/** The two largest units, rounded down: "2 days 3 hours left", "Overdue by 5 hours". */
export function formatTimeLeft(dueAt: Date, now: Date): string {
  const diff = dueAt.getTime() - now.getTime()
  const minutes = Math.floor(Math.abs(diff) / 60_000)
  const [days, hours, mins] = [
    Math.floor(minutes / 1440),
    Math.floor(minutes / 60) % 24,
    minutes % 60,
  ]
  let text: string
  if (days > 0) text = plural(days, 'day') + (hours > 0 ? ` ${plural(hours, 'hour')}` : '')
  else if (hours > 0) text = plural(hours, 'hour') + (mins > 0 ? ` ${plural(mins, 'minute')}` : '')
  else if (mins > 0) text = plural(mins, 'minute')
  else return diff >= 0 ? 'Less than a minute left' : 'Overdue by less than a minute'
  return diff >= 0 ? `${text} left` : `Overdue by ${text}`
}
