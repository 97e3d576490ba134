import { useQuery } from '@tanstack/react-query'
import { codeCheckQueries, codeCheckWords } from '../../../api/queries/code-checks.ts'
import { normalizeIcd10 } from '../../../domain/icd10.ts'

/**
 * Under each diagnosis code: what the service's code set for the date of service says of
 * it (its description, or why it needs a second look). Never a guess: nothing until the
 * code and the date are whole and the service has answered.
 */
export function DiagnosisCodeNote({
  id,
  code,
  dateOfService,
}: {
  id: string
  code: string
  dateOfService: string
}) {
  const normalized = normalizeIcd10(code)
  const check = useQuery(
    codeCheckQueries.check('ICD-10-CM', normalized ? [normalized] : [], dateOfService),
  )
  const item = check.data?.items[0]
  if (!normalized || !check.data || !item) return <span id={id} hidden />
  const { text, flag } = codeCheckWords(item, check.data)
  return flag ? (
    <p id={id} className="diagnosis-row__note diagnosis-row__note--unknown">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  ) : (
    <p id={id} className="diagnosis-row__note hint">
      {text}
    </p>
  )
}
