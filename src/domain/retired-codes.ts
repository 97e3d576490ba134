import { normalizeIcd10 } from './icd10.ts'

/**
 * ICD-10-CM codes this app knows to be retired, with the day they stopped being valid.
 * Source: the FY2022 ICD-10-CM update (effective 2021-10-01) expanded M54.5 "Low back
 * pain" into M54.50, M54.51 and M54.59, so M54.5 is not valid for later dates of service.
 * Checked against public summaries of the FY2022 addenda, not the CMS file itself.
 * The form and the service both refuse a retired code through `retiredCodeMessage`.
 */
export const retiredIcd10Codes: readonly { code: string; retiredOn: string; useInstead: string }[] =
  [{ code: 'M54.5', retiredOn: '2021-10-01', useInstead: 'M54.50, M54.51 or M54.59' }]

/** The message for the first retired code among `codes`, for a YYYY-MM-DD date of service. */
export function retiredCodeMessage(codes: readonly string[], dateOfService: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfService)) return undefined
  for (const raw of codes) {
    const code = normalizeIcd10(raw)
    const retired = retiredIcd10Codes.find((r) => r.code === code)
    if (retired && dateOfService >= retired.retiredOn)
      return `Diagnosis code ${retired.code} was retired on ${retired.retiredOn} and is not valid for this date of service: use ${retired.useInstead}`
  }
  return undefined
}
