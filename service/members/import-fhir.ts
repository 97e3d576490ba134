import { memberRecord, providerRecord, type MemberRecord } from '../../src/api/schemas/member.ts'
import { PLAN_CLASS_CODES, SYSTEM } from '../fhir/code-systems.ts'
import type { ParsedImport } from './import-parse.ts'

type Json = Record<string, unknown>
const obj = (v: unknown): Json =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown) => (typeof v === 'string' ? v : '')

function address(a: unknown) {
  const x = obj(arr(a)[0])
  return {
    lines: arr(x.line).map(str),
    city: str(x.city),
    state: str(x.state),
    postalCode: str(x.postalCode),
  }
}
const humanName = (n: unknown) => {
  const x = obj(arr(n)[0])
  return str(x.text) || [...arr(x.given).map(str), str(x.family)].filter(Boolean).join(' ')
}
const telecom = (t: unknown, system: string) =>
  str(obj(arr(t).find((c) => obj(c).system === system)).value)
const npiOf = (r: Json) =>
  str(obj(arr(r.identifier).find((i) => obj(i).system === SYSTEM.npi)).value)
const conceptText = (c: unknown) => {
  const x = obj(c)
  return str(x.text) || str(obj(arr(x.coding)[0]).display)
}
/** A Patient's member ID: its identifier typed MB (HL7 v2 0203, member number), else its first. */
function memberIdOf(p: Json) {
  const ids = arr(p.identifier).map(obj)
  const mb = ids.find((i) => arr(obj(i.type).coding).some((c) => obj(c).code === 'MB'))
  return str((mb ?? ids[0])?.value)
}

function first(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const i = error.issues[0]
  return i ? `${i.path.join('.')}: ${i.message}` : 'not valid'
}

/**
 * A FHIR Bundle: each Coverage with the Patient it covers (`beneficiary`) is one member;
 * each Practitioner or Organization with an NPI is one provider. The plan product comes
 * from Coverage.class of type `plan` (the demo's codes, service/fhir/code-systems.ts).
 * Entries are named by their place in the Bundle (entry 1 is the first).
 */
export function parseFhirImport(text: string): ParsedImport {
  const out: ParsedImport = { members: [], providers: [], refused: [], error: null }
  let bundle: Json
  try {
    bundle = obj(JSON.parse(text))
  } catch {
    return { ...out, error: 'The file is not JSON' }
  }
  if (bundle.resourceType !== 'Bundle') return { ...out, error: 'The file is not a FHIR Bundle' }
  const entries = arr(bundle.entry).map((e, i) => ({
    at: `entry ${i + 1}`,
    fullUrl: str(obj(e).fullUrl),
    r: obj(obj(e).resource),
  }))
  const patients = new Map<string, Json>()
  for (const e of entries)
    if (e.r.resourceType === 'Patient') {
      if (e.fullUrl) patients.set(e.fullUrl, e.r)
      patients.set(`Patient/${str(e.r.id)}`, e.r)
    }
  const seen = new Set<string>()
  for (const { at, r } of entries) {
    const where = `${at} (${str(r.resourceType)}${r.id ? `/${str(r.id)}` : ''})`
    if (r.resourceType === 'Coverage') {
      const patient = patients.get(str(obj(r.beneficiary).reference))
      if (!patient) {
        out.refused.push({ at: where, reason: 'beneficiary: no Patient in this Bundle' })
        continue
      }
      const planCode = str(
        obj(
          arr(r.class).find((c) =>
            arr(obj(obj(c).type).coding).some((t) => obj(t).code === 'plan'),
          ),
        ).value,
      )
      const product = PLAN_CLASS_CODES[planCode]
      if (!product) {
        out.refused.push({
          at: where,
          reason: `class: no plan product code this plan knows (${planCode || 'none'})`,
        })
        continue
      }
      const group = str(
        obj(
          arr(r.class).find((c) =>
            arr(obj(obj(c).type).coding).some((t) => obj(t).code === 'group'),
          ),
        ).value,
      )
      const period = obj(r.period)
      const language = str(
        obj(arr(obj(obj(arr(patient.communication)[0]).language).coding)[0]).code,
      )
      const candidate: MemberRecord = {
        memberId: memberIdOf(patient),
        name: humanName(patient.name),
        address: address(patient.address),
        dateOfBirth: str(patient.birthDate),
        coverage: {
          ...product,
          ...(group ? { groupNumber: group } : {}),
          effectiveFrom: str(period.start).slice(0, 10),
          ...(period.end ? { effectiveTo: str(period.end).slice(0, 10) } : {}),
        },
        language: language || 'en',
        format: 'standard',
        synthetic: false,
      }
      const parsed = memberRecord.safeParse(candidate)
      if (!parsed.success) out.refused.push({ at: where, reason: first(parsed.error) })
      else if (seen.has(`m ${parsed.data.memberId}`))
        out.refused.push({ at: where, reason: `${parsed.data.memberId} is already in this Bundle` })
      else {
        seen.add(`m ${parsed.data.memberId}`)
        out.members.push({ at: where, key: parsed.data.memberId, record: parsed.data })
      }
    } else if (r.resourceType === 'Practitioner' || r.resourceType === 'Organization') {
      const practitioner = r.resourceType === 'Practitioner'
      const fax = telecom(r.telecom, 'fax')
      const parsed = providerRecord.safeParse({
        npi: npiOf(r),
        name: practitioner ? humanName(r.name) : str(r.name),
        address: address(r.address),
        phone: telecom(r.telecom, 'phone'),
        ...(fax ? { fax } : {}),
        specialty: practitioner
          ? conceptText(obj(arr(r.qualification)[0]).code)
          : conceptText(arr(r.type)[0]),
        synthetic: false,
      })
      if (!parsed.success) out.refused.push({ at: where, reason: first(parsed.error) })
      else if (seen.has(`p ${parsed.data.npi}`))
        out.refused.push({ at: where, reason: `${parsed.data.npi} is already in this Bundle` })
      else {
        seen.add(`p ${parsed.data.npi}`)
        out.providers.push({ at: where, key: parsed.data.npi, record: parsed.data })
      }
    }
  }
  return out
}
