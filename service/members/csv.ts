/** One CSV record: its fields and the line of the file it starts on (1 = the header). */
export type CsvRecord = { line: number; fields: string[] }

/**
 * RFC 4180 CSV: fields split on commas, a quoted field may hold commas, quotes ("")
 * and line breaks; CRLF or LF ends a record. A quote left open is reported, not
 * guessed at. Blank lines are skipped.
 */
export function parseCsv(text: string): { records: CsvRecord[]; error: string | null } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  let blank = true
  const endRecord = () => {
    fields.push(field)
    if (!(blank && fields.length === 1 && fields[0] === '')) records.push({ line: start, fields })
    fields = []
    field = ''
    blank = true
  }
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch
      }
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      blank = false
    } else if (ch === ',') {
      fields.push(field)
      field = ''
      blank = false
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else {
      field += ch
      blank = false
    }
  }
  if (quoted) return { records, error: `A quoted field opened on line ${start} is never closed` }
  if (field !== '' || fields.length > 0) endRecord()
  return { records, error: null }
}
