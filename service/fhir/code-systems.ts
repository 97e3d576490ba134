import type { GroupFunding, LineOfBusiness, Plan } from '../../src/api/schemas/case-fields.ts'

/**
 * The code systems a PAS request may use, as the Da Vinci PAS guide (HL7/davinci-pas,
 * input/fsh/Terminology.fsh: X12278DiagnosisCodes, X12278RequestedServiceType) lists
 * them. A code from a system the guide lists but this service does not review is a
 * known system with an unsupported code; a system in neither list is unknown.
 */
export const SYSTEM = {
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  hcpcs: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  cpt: 'http://www.ama-assn.org/go/cpt',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  processPriority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
  /** Source of Payment Typology (HL7 Terminology: CodeSystem SOPT, OID 2.16.840.1.113883.3.221.5). */
  sopt: 'https://nahdo.org/sopt',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  x12ReviewAction: 'https://codesystem.x12.org/005010/306',
  x12ReviewReason: 'https://codesystem.x12.org/external/886',
  adjudication: 'http://terminology.hl7.org/CodeSystem/adjudication',
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
} as const

/** Diagnosis systems of X12278DiagnosisCodes; only ICD-10-CM is reviewed here. */
export const DIAGNOSIS_SYSTEMS = new Set<string>([
  SYSTEM.icd10cm,
  'http://terminology.hl7.org/CodeSystem/icd9cm',
  'https://www.cms.gov/Medicare/Medicare-Fee-for-Service-Payment/AcuteInpatientPPS/MS-DRG-Classifications-and-Software',
  'http://uri.hddaccess.com/cs/apdrg',
  'http://uri.hddaccess.com/cs/aprdrg',
])

/** Service systems of X12278RequestedServiceType; only HCPCS and CPT are reviewed here. */
export const SERVICE_SYSTEMS = new Set<string>([
  SYSTEM.hcpcs,
  SYSTEM.cpt,
  'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  'https://codesystem.x12.org/005010/1365',
  'http://codesystem.x12.org/005010/1365',
  'http://terminology.hl7.org/CodeSystem/icd9cm',
  'http://www.cms.gov/Medicare/Coding/ICD10',
  'http://hl7.org/fhir/sid/ndc',
])

/**
 * Coverage.type codes that tell the line of business. SOPT 11 is "Medicare Managed Care
 * (Includes Medicare Advantage Plans)", with 111 HMO, 112 PPO, 113 POS and 119 other
 * (HL7 Terminology, SOPT; the US Core coverage-type value set 2.16.840.1.114222.4.11.3591).
 * SOPT does not tell a group plan from an individual one, so other codes tell nothing here.
 */
export const SOPT_MEDICARE_ADVANTAGE = new Set(['11', '111', '112', '113', '119'])

export type PlanProduct = {
  plan: Plan
  lineOfBusiness: LineOfBusiness
  groupFunding?: GroupFunding
}

/**
 * The plan's own Coverage.class values (class type `plan`): each names one product.
 * These codes are this demo's, SYNTHETIC, not a published code list; a real plan puts
 * its product codes here. A Coverage that carries none of them does not tell the line
 * of business, and this app holds no enrollment data to look it up.
 */
export const PLAN_CLASS_CODES: Record<string, PlanProduct> = {
  'KFHPWA-MA': { plan: 'kfhpwa', lineOfBusiness: 'medicare-advantage' },
  'KFHPWA-GROUP-FI': {
    plan: 'kfhpwa',
    lineOfBusiness: 'commercial-group',
    groupFunding: 'fully-insured',
  },
  'KFHPWA-IFP': { plan: 'kfhpwa', lineOfBusiness: 'individual-family' },
  'OPTIONS-GROUP-FI': {
    plan: 'kfhpwa-options',
    lineOfBusiness: 'commercial-group',
    groupFunding: 'fully-insured',
  },
  'OPTIONS-GROUP-SF': {
    plan: 'kfhpwa-options',
    lineOfBusiness: 'commercial-group',
    groupFunding: 'self-funded',
  },
  'OPTIONS-IFP': { plan: 'kfhpwa-options', lineOfBusiness: 'individual-family' },
}

/**
 * X12 306 (HCR01) review action codes. A1 "Certified in total" and A4 "Pending" are the
 * guide's own examples (Examples.fsh); A1 approval, A3 denial, A4 pended is how the
 * HL7 Da Vinci PAS test kit (Inferno, PasClaimResponseDecisionTest) reads them.
 */
export const REVIEW_ACTION = {
  certified: { code: 'A1', display: 'Certified in total' },
  notCertified: { code: 'A3', display: 'Not Certified' },
  pending: { code: 'A4', display: 'Pending' },
} as const

/**
 * X12 external code list 886 (HCR03, the review decision reason) is licensed by X12 and
 * no code from it could be confirmed here, so the reason goes as text only until the
 * plan sets the code it is licensed to send. Null: send no coding.
 */
export const DENIAL_REASON_CODE: { code: string; display: string } | null = null
