/**
 * A SAMPLE of CMS's code files, for the demo: a handful of real codes in the files' own
 * fixed-width layouts (service/code-sets/parse.ts), the codes this app's short list and
 * its demo cases use plus the code the policy names. Not the code set: a plan loads
 * CMS's full files with `npm run import:codes`.
 *
 * What is CMS's and what is not: the codes, header flags and long descriptions are as
 * the ICD-10-CM tabular list and the HCPCS file give them (M25.561 and the M54 codes:
 * the descriptions this app already carried, service/data/icd10-descriptions.ts; M0076:
 * the policy's "Prolotherapy"). The order numbers and HCPCS sequence numbers are numbered
 * for this sample, and the short descriptions repeat the long ones: CMS's own short
 * forms were not retrieved.
 */
export const sampleSource =
  'A sample of CMS’s FY2026 ICD-10-CM order file and 2026 HCPCS file, shipped for the demo (not the full code sets)'
export const SAMPLE_ICD10CM_FY = '2026'
export const SAMPLE_HCPCS_YEAR = '2026'

const icd10: [code: string, billable: 0 | 1, description: string][] = [
  ['M25561', 1, 'Pain in right knee'],
  ['M5440', 1, 'Lumbago with sciatica, unspecified side'],
  ['M5441', 1, 'Lumbago with sciatica, right side'],
  ['M5442', 1, 'Lumbago with sciatica, left side'],
  // A category header since FY2022, when M54.5 was expanded: not valid on a claim.
  ['M545', 0, 'Low back pain'],
  ['M5450', 1, 'Low back pain, unspecified'],
  ['M5451', 1, 'Vertebrogenic low back pain'],
  ['M5459', 1, 'Other low back pain'],
]
const hcpcs: [code: string, description: string][] = [['M0076', 'Prolotherapy']]

export const sampleIcd10cmOrder = icd10
  .map(
    ([code, flag, d], i) =>
      `${String(i + 1).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${d.padEnd(60)} ${d}`,
  )
  .join('\n')

export const sampleHcpcs = hcpcs
  .map(([code, d]) => `${code}001003${d.padEnd(80)}${d.padEnd(28)}`)
  .join('\n')
