import type { CaseFields, Urgency } from '../../src/api/schemas/case-fields.ts'
import { normalizeIcd10 } from '../../src/domain/icd10.ts'
import { isValidNpi } from '../../src/domain/npi.ts'
import {
  DIAGNOSIS_SYSTEMS,
  PLAN_CLASS_CODES,
  SOPT_MEDICARE_ADVANTAGE,
  SYSTEM,
} from './code-systems.ts'
import { codingList, codingsOf, records, resolve, str, type Entry } from './fhir-json.ts'
import type { Issues } from './issues.ts'

type Found = Partial<CaseFields>

/** Patient: the member id (the member identifier, else the first) and the birth date. */
export function readPatient(p: Entry, out: Found) {
  const ids = records(p.resource.identifier)
  const member = ids.find((id) => codingList(id.type).some((c) => c.code === 'MB')) ?? ids[0]
  const memberId = member && str(member.value)
  if (memberId) out.memberId = memberId.trim()
  const birthDate = str(p.resource.birthDate)
  if (birthDate) out.dateOfBirth = birthDate.trim()
}

/**
 * Coverage tells the line of business by the plan's own class code (which also names
 * the plan and, for a group, its funding) or by a SOPT type of Medicare Advantage.
 */
export function readCoverage(c: Entry, out: Found) {
  for (const cls of records(c.resource.class)) {
    const isPlan = codingList(cls.type).some(
      (t) => t.system === SYSTEM.coverageClass && t.code === 'plan',
    )
    const product = isPlan
      ? // Stryker disable next-line StringLiteral: no value, '' or any other, is no product code
        PLAN_CLASS_CODES[str(cls.value)?.trim().toUpperCase() ?? '']
      : undefined
    if (!product) continue
    out.plan = product.plan
    out.lineOfBusiness = product.lineOfBusiness
    if (product.groupFunding) out.groupFunding = product.groupFunding
    return
  }
  const sopt = codingList(c.resource.type).find(
    // Stryker disable next-line StringLiteral: no code, '' or any other, is no SOPT 11x code
    (t) => t.system === SYSTEM.sopt && SOPT_MEDICARE_ADVANTAGE.has(t.code ?? ''),
  )
  if (sopt) out.lineOfBusiness = 'medicare-advantage'
}

/** The requesting provider's NPI: on the Practitioner, Organization or PractitionerRole. */
export function readProvider(entries: Entry[], ref: unknown, out: Found, issues: Issues) {
  let who = resolve(entries, ref)
  if (who?.resource.resourceType === 'PractitionerRole')
    who = resolve(entries, who.resource.practitioner) ?? resolve(entries, who.resource.organization)
  if (!who) return
  records(who.resource.identifier).forEach((id, i) => {
    const value = str(id.value)?.trim()
    if (str(id.system) !== SYSTEM.npi || !value || out.requestingProviderNpi) return
    const path = `${who.path}.identifier[${i}].value`
    if (!isValidNpi(value))
      issues.error(
        path,
        `NPI ${value} is not valid: ten digits with a correct check digit`,
        'requestingProviderNpi',
      )
    else out.requestingProviderNpi = value
  })
}

/** Claim.diagnosis: ICD-10-CM codes only; any other system is refused by name. */
export function readDiagnoses(claim: Entry, out: Found, issues: Issues) {
  const codes: string[] = []
  records(claim.resource.diagnosis).forEach((d, i) => {
    const path = `${claim.path}.diagnosis[${i}].diagnosisCodeableConcept`
    const codings = codingsOf(d.diagnosisCodeableConcept, path)
    const icd = codings.find((c) => c.coding.system === SYSTEM.icd10cm)
    if (icd) {
      const typed = icd.coding.code ?? ''
      const code = normalizeIcd10(typed)
      if (code) codes.push(code)
      else issues.error(`${icd.path}.code`, `“${typed}” is not an ICD-10-CM code`, 'diagnosisCodes')
      return
    }
    const first = codings[0]
    if (!first)
      return issues.error(
        `${claim.path}.diagnosis[${i}]`,
        'The diagnosis has no ICD-10-CM code',
        'diagnosisCodes',
      )
    const system = first.coding.system ?? ''
    if (DIAGNOSIS_SYSTEMS.has(system))
      issues.notSupported(
        `${first.path}.system`,
        `The diagnosis is not ICD-10-CM (${system}): this service reviews ICD-10-CM codes`,
        'diagnosisCodes',
      )
    else
      issues.error(
        `${first.path}.system`,
        `Unknown code system “${system}” for a diagnosis: send ICD-10-CM (${SYSTEM.icd10cm})`,
        'diagnosisCodes',
      )
  })
  if (codes.length > 0) out.diagnosisCodes = [...new Set(codes)]
}

const PRIORITY: Record<string, Urgency> = {
  stat: 'expedited',
  normal: 'standard',
  deferred: 'standard',
}

/** Claim.priority: stat is expedited; normal and deferred are standard. */
export function readPriority(claim: Entry, out: Found, issues: Issues) {
  const [first] = codingsOf(claim.resource.priority, `${claim.path}.priority`)
  if (!first) return
  const code = first.coding.code ?? ''
  const urgency = first.coding.system === SYSTEM.processPriority ? PRIORITY[code] : undefined
  if (urgency) out.urgency = urgency
  else
    issues.error(
      `${first.path}`,
      `Unknown priority ${first.coding.system ?? ''}#${code}: send ${SYSTEM.processPriority} stat, normal or deferred`,
      'urgency',
    )
}
