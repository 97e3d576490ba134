/**
 * App data, not policy text: the policy's MTAC reviews address low back pain, and this
 * value set is how the app says whether that evidence speaks to a case's diagnoses.
 * Wherever it is shown it carries its own name, so no one reads it as criteria.
 */
export interface ValueSet {
  name: string
  codes: readonly string[]
  note: string
}

export const lowBackPainValueSet: ValueSet = {
  name: 'Low back pain value set (app data, not from the policy)',
  codes: ['M54.40', 'M54.41', 'M54.42', 'M54.50', 'M54.51', 'M54.59'],
  note: 'ICD-10-CM codes for low back pain, FY2022 and later (M54.5 itself was retired on 1 October 2021 and is not a valid code for later dates of service). The plan uses these codes to relate cases to the MTAC evidence; the criteria document lists no diagnosis codes.',
}
