import type { KnownDiagnosisCode } from '../../src/api/schemas/diagnosis-codes.ts'
import { retiredIcd10Codes } from '../../src/domain/retired-codes.ts'
import { lowBackPainValueSet } from '../engine/low-back-pain-value-set.ts'

/**
 * The ICD-10-CM codes this app knows, with their official descriptions (ICD-10-CM
 * tabular list, FY2022 and later; M54.5 as it read until it was retired). App data, not
 * policy text: the criteria document lists no diagnosis codes. A code not listed here has
 * no description in the app, and the screen says so rather than guess one.
 */
export const icd10Source =
  'ICD-10-CM tabular list (CMS and CDC/NCHS), FY2022 and later; app data, not from the policy'

const descriptions: Record<string, string> = {
  'M54.40': 'Lumbago with sciatica, unspecified side',
  'M54.41': 'Lumbago with sciatica, right side',
  'M54.42': 'Lumbago with sciatica, left side',
  'M54.5': 'Low back pain',
  'M54.50': 'Low back pain, unspecified',
  'M54.51': 'Vertebrogenic low back pain',
  'M54.59': 'Other low back pain',
}

export const knownIcd10Codes: KnownDiagnosisCode[] = Object.entries(descriptions).map(
  ([code, description]) => ({
    code,
    description,
    retiredOn: retiredIcd10Codes.find((r) => r.code === code)?.retiredOn ?? null,
    inValueSet: lowBackPainValueSet.codes.includes(code),
  }),
)
