import { normalizeIcd10 } from '../../src/domain/icd10.ts'
import { hasVisibleText } from '../../src/domain/visible-text.ts'

/**
 * The fixed-width code files CMS publishes, read row by row: the good rows are taken and
 * each bad one is named with its line and reason, so an import can load the good ones
 * and say what it refused. Pure.
 */
export type CodeSystem = 'ICD-10-CM' | 'HCPCS'
export type CodeEntry = {
  code: string
  /** ICD-10-CM: header flag 1 ("valid for submission"); a 0 row is a category header. */
  billable: boolean
  shortDescription: string
  longDescription: string
}
export type BadRow = { line: number; reason: string }
export type Parsed = { rows: CodeEntry[]; bad: BadRow[] }

const lines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)

/**
 * ICD-10-CM `icd10cm_order_YYYY.txt`: order number (5, zero filled), blank, code (7,
 * without the dot, padded), blank, header flag (1: 0 header, 1 billable), blank, short
 * description (60, padded), blank, long description (to the end of the line). Layout as
 * public parsers of the file read it (columns 6-13, 14-15, 16-76, 77-); CMS's
 * icd10OrderFiles.pdf itself was not retrieved.
 */
export function parseIcd10cmOrder(text: string): Parsed {
  const rows: CodeEntry[] = []
  const bad: BadRow[] = []
  const seen = new Set<string>()
  lines(text).forEach((raw, i) => {
    const line = i + 1
    if (!hasVisibleText(raw)) return
    const fail = (reason: string) => bad.push({ line, reason })
    if (raw.length < 78)
      return fail(`too short for the order-file layout (${raw.length} characters, at least 78)`)
    if (!/^\d{5} $/.test(raw.slice(0, 6)))
      return fail('columns 1-5 are not a 5-digit order number followed by a blank')
    if (raw[13] !== ' ' || raw[15] !== ' ' || raw[76] !== ' ')
      return fail('the blanks at columns 14, 16 and 77 are not blank: not the order-file layout')
    const flat = raw.slice(6, 13).trim()
    const code = /^[A-Z0-9]{3,7}$/.test(flat) ? normalizeIcd10(flat) : null
    if (!code) return fail(`"${flat}" is not an ICD-10-CM code`)
    const flag = raw[14]
    if (flag !== '0' && flag !== '1') return fail(`header flag "${flag}" is neither 0 nor 1`)
    const shortDescription = raw.slice(16, 76).trim()
    const longDescription = raw.slice(77).trim()
    if (!shortDescription || !longDescription) return fail('a description is empty')
    if (seen.has(code)) return fail(`${code} is listed twice`)
    seen.add(code)
    rows.push({ code, billable: flag === '1', shortDescription, longDescription })
  })
  return { rows, bad }
}

/**
 * The HCPCS Level II record layout CMS ships with the annual file (HCPC<YYYY>_recordlayout):
 * code 1-5, description sequence number 6-10, record identification code 11 (3 first line
 * of a procedure, 4 its continuation lines, 7 and 8 the same for a modifier), long
 * description 12-91 (80), short description 92-119 (28), then pricing and other detail
 * this app does not read. A long description longer than 80 characters continues on
 * record-4 lines, joined here. Modifier records (7, 8) are skipped: a modifier is not a
 * service code. Level I (CPT) codes are not in CMS's public file.
 */
export function parseHcpcs(text: string): Parsed {
  const rows: CodeEntry[] = []
  const bad: BadRow[] = []
  const byCode = new Map<string, CodeEntry>()
  lines(text).forEach((raw, i) => {
    const line = i + 1
    if (!hasVisibleText(raw)) return
    const fail = (reason: string) => bad.push({ line, reason })
    if (raw.length < 12)
      return fail(`too short for the HCPCS record layout (${raw.length} characters)`)
    const kind = raw[10]
    if (kind === '7' || kind === '8') return
    const code = raw.slice(0, 5)
    if (!/^[A-Z]\d{4}$/.test(code)) return fail(`"${code.trim()}" is not a HCPCS Level II code`)
    if (!/^\d{5}$/.test(raw.slice(5, 10)))
      return fail('columns 6-10 are not a 5-digit sequence number')
    const longPart = raw.slice(11, 91).trim()
    if (kind === '4') {
      const first = byCode.get(code)
      if (!first) return fail(`a continuation line (record 4) for ${code} before its first line`)
      first.longDescription = `${first.longDescription} ${longPart}`.trim()
      return
    }
    if (kind !== '3') return fail(`record identification code "${kind}" is not 3, 4, 7 or 8`)
    const shortDescription = raw.slice(91, 119).trim()
    if (!longPart || !shortDescription) return fail('a description is empty')
    if (byCode.has(code)) return fail(`${code} is listed twice`)
    const entry = { code, billable: true, shortDescription, longDescription: longPart }
    byCode.set(code, entry)
    rows.push(entry)
  })
  return { rows, bad }
}

/**
 * The version a date of service falls in. ICD-10-CM's fiscal year starts October 1
 * (FY2026: 2025-10-01 to 2026-09-30); HCPCS is kept per calendar year (the annual file
 * effective January 1; a quarterly file replaces its year's set).
 */
export function versionFor(system: CodeSystem, dateOfService: string): string {
  const year = Number(dateOfService.slice(0, 4))
  const month = Number(dateOfService.slice(5, 7))
  return String(system === 'ICD-10-CM' && month >= 10 ? year + 1 : year)
}
