import { useQuery } from '@tanstack/react-query'
import { diagnosisCodeQueries, findKnownCode } from '../../../api/queries/diagnosis-codes.ts'
import { normalizeIcd10 } from '../../../domain/icd10.ts'
import { formatPlainDate } from '../../../domain/plain-date.ts'

/**
 * Under each diagnosis code: its description when the app knows the code, or a plain
 * warning when it does not (a letter O for a zero looks like a code). Never a guess.
 */
export function DiagnosisCodeNote({ id, code }: { id: string; code: string }) {
  const known = useQuery(diagnosisCodeQueries.known())
  const normalized = normalizeIcd10(code)
  if (!normalized || !known.data) return <span id={id} hidden />
  const entry = findKnownCode(known.data.items, normalized)
  if (!entry)
    return (
      <p id={id} className="diagnosis-row__note diagnosis-row__note--unknown">
        <span aria-hidden="true">⚠ </span>
        {normalized}: not in this app&rsquo;s code list: check it
      </p>
    )
  return (
    <p id={id} className="diagnosis-row__note hint">
      {entry.code}: {entry.description}
      {entry.retiredOn && ` (retired ${formatPlainDate(entry.retiredOn)})`}
    </p>
  )
}
