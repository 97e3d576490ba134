import { isServiceCode, normalizeServiceCode } from '../../src/domain/service-codes.ts'
import { SERVICE_SYSTEMS, SYSTEM } from './code-systems.ts'
import {
  codingList,
  codingsOf,
  isRecord,
  records,
  resolve,
  str,
  type Entry,
  type Json,
} from './fhir-json.ts'
import type { Issues } from './issues.ts'

const PAS_SD = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'
/** The guide's cancel flag (Claim-update.fsh, `InfoCancelledFlag`, Id modifierextension-infoCancelled). */
export const INFO_CANCELLED_FLAG = `${PAS_SD}/modifierextension-infoCancelled`
/** PASClaimUpdate's flag on an item added or changed by this update (Claim-update.fsh, InfoChanged). */
const INFO_CHANGED = `${PAS_SD}/extension-infoChanged`
/** extension-certificationType: X12 1322, whose `3` Cancel the guide prints (specification.md, Updating). */
const CERTIFICATION_TYPE = `${PAS_SD}/extension-certificationType`
const X12_CERTIFICATION_TYPE = 'https://codesystem.x12.org/005010/1322'
/** The R5 Claim.encounter as PASClaim carries it in R4. */
const CLAIM_ENCOUNTER = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Claim.encounter'
const PAS_TEMP_CODES = 'http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes'
/** X12 1365 (UM03, service type): the guide's examples use it alone for a referral. */
const X12_SERVICE_TYPE = new Set([
  'https://codesystem.x12.org/005010/1365',
  'http://codesystem.x12.org/005010/1365',
])

/** One service line of the request, as `$submit` reviews it. */
export type PasItem = {
  /** `Claim.item.sequence`, echoed as `ClaimResponse.item.itemSequence`. */
  sequence: number
  path: string
  /** HCPCS or CPT as the case stores it; an X12 service type as `X12-1365-<code>`. */
  serviceCode?: string
  /** Set for a code this service holds no criteria for by its kind (X12 service type). */
  noCriteriaReason?: string
  dateOfService?: string
  /** Where the date came from, as a FHIRPath. */
  datePath?: string
  /** The item carries the guide's cancel modifier extension (infoCancelledFlag) set true. */
  cancelled: boolean
  /** An update's `infoChanged` flag: the item was added or changed by this update. */
  changed?: 'added' | 'changed'
}

/**
 * A PASClaimUpdate that cancels the whole request: `certificationType` 3 (Cancel) on the
 * Claim itself (the guide: "No items are needed to be sent to cancel the entire
 * authorization").
 */
export const cancelsWholeRequest = (claim: Json): boolean => wholeRequestCancel(claim) >= 0

/** Where in `Claim.extension` a certificationType 3 cancels the whole request, or -1. */
export function wholeRequestCancel(claim: Json): number {
  const extensions: unknown[] = Array.isArray(claim.extension) ? claim.extension : []
  return extensions.findIndex(
    (e) =>
      isRecord(e) &&
      e.url === CERTIFICATION_TYPE &&
      codingList(e.valueCodeableConcept).some(
        (c) => c.system === X12_CERTIFICATION_TYPE && c.code === '3',
      ),
  )
}

function changeOf(item: Json): PasItem['changed'] {
  const flag = records(item.extension).find((e) => e.url === INFO_CHANGED)?.valueCode
  return flag === 'added' || flag === 'changed' ? flag : undefined
}

function itemCode(item: Json, path: string, issues: Issues): Partial<PasItem> {
  const codings = codingsOf(item.productOrService, `${path}.productOrService`)
  const service = codings.find(
    (c) => c.coding.system === SYSTEM.hcpcs || c.coding.system === SYSTEM.cpt,
  )
  if (service) {
    const code = normalizeServiceCode(service.coding.code ?? '')
    if (isServiceCode(code)) return { serviceCode: code }
    issues.error(
      `${service.path}.code`,
      `“${code}” is not a HCPCS Level II or CPT code`,
      'serviceCode',
    )
    return {}
  }
  const x12 = codings.find(
    // Stryker disable next-line StringLiteral: no system, '' or any other, is an X12 one
    (c) => X12_SERVICE_TYPE.has(c.coding.system ?? '') && c.coding.code,
  )
  if (x12?.coding.code) {
    const { code, display } = x12.coding
    return {
      serviceCode: `X12-1365-${code.trim().toUpperCase()}`,
      noCriteriaReason: `X12 service type ${code}${display ? ` “${display}”` : ''}: this plan holds criteria by HCPCS and CPT code only, so a medical director reviews it`,
    }
  }
  const first = codings[0]
  if (!first) {
    issues.error(`${path}.productOrService`, 'The item names no service', 'serviceCode')
    return {}
  }
  const { coding, path: at } = first
  const system = coding.system ?? ''
  if (SERVICE_SYSTEMS.has(system))
    issues.notSupported(
      `${at}.system`,
      `This service reviews HCPCS, CPT and X12 service type codes; ${system}#${coding.code ?? ''} is not one`,
      'serviceCode',
    )
  else
    issues.error(
      `${at}.system`,
      `Unknown code system “${system}” for the service: send HCPCS (${SYSTEM.hcpcs}), CPT (${SYSTEM.cpt}) or X12 1365`,
      'serviceCode',
    )
  return {}
}

const day = (v: unknown) => str(v)?.trim().slice(0, 10)

/**
 * The date the request is for, where the guide carries it: the item's serviced date or
 * period; else the Claim's admission dates or patient event (`supportingInfo`); else the
 * Encounter the Claim names (`extension-Claim.encounter`, its period).
 */
function claimDate(claim: Entry, entries: Entry[]): { date: string; path: string } | undefined {
  const infos = records(claim.resource.supportingInfo)
  for (const wanted of ['admissionDates', 'patientEvent']) {
    const i = infos.findIndex((s) =>
      codingList(s.category).some((c) => c.system === PAS_TEMP_CODES && c.code === wanted),
    )
    const info = infos[i]
    if (!info) continue
    const at = `${claim.path}.supportingInfo[${i}]`
    const start = isRecord(info.timingPeriod) ? day(info.timingPeriod.start) : undefined
    if (start) return { date: start, path: `${at}.timingPeriod.start` }
    const date = day(info.timingDate)
    if (date) return { date, path: `${at}.timingDate` }
  }
  const ext = records(claim.resource.extension).find((e) => e.url === CLAIM_ENCOUNTER)
  const encounter = ext ? resolve(entries, ext.valueReference) : undefined
  const period = encounter?.resource.period
  const start = isRecord(period) ? day(period.start) : undefined
  if (encounter && start) return { date: start, path: `${encounter.path}.period.start` }
  return undefined
}

function isCancelled(item: Json) {
  return records(item.modifierExtension).some(
    (e) => e.url === INFO_CANCELLED_FLAG && e.valueBoolean === true,
  )
}

/** Every `Claim.item`, each with its own code and date. */
export function readItems(claim: Entry, entries: Entry[], issues: Issues): PasItem[] {
  const fallback = claimDate(claim, entries)
  return records(claim.resource.item).map((item, i) => {
    const path = `${claim.path}.item[${i}]`
    const given = item.sequence
    // Stryker disable next-line ConditionalExpression: Number.isInteger is false for any other type
    const isNumber = typeof given === 'number'
    const sequence = isNumber && Number.isInteger(given) && given > 0 ? given : i + 1
    const cancelled = isCancelled(item)
    const code = cancelled ? {} : itemCode(item, path, issues)
    const own = day(item.servicedDate)
    const period = isRecord(item.servicedPeriod) ? day(item.servicedPeriod.start) : undefined
    const date = own
      ? { date: own, path: `${path}.servicedDate` }
      : period
        ? { date: period, path: `${path}.servicedPeriod.start` }
        : fallback
    for (const key of ['extension', 'modifier', 'locationCodeableConcept', 'quantity', 'category'])
      if (item[key] !== undefined) issues.ignored(`${path}.${key}`, item[key])
    const changed = changeOf(item)
    return {
      sequence,
      path,
      cancelled,
      ...(changed ? { changed } : {}),
      ...code,
      ...(date ? { dateOfService: date.date, datePath: date.path } : {}),
    }
  })
}

/**
 * A modifier extension changes the meaning of the element it sits on, so one this
 * service does not understand refuses the request: it is never ignored. Understood:
 * the guide's `infoCancelledFlag` on a Claim item or supporting information. Each entry
 * is walked from its own resource, so a resource inside one (a `resource` element) is
 * walked as part of it, never skipped.
 */
export function checkModifierExtensions(entries: Entry[], issues: Issues) {
  const walk = (value: unknown, path: string, understood: boolean) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, understood))
    if (!isRecord(value)) return
    for (const [key, v] of Object.entries(value)) {
      if (key === 'modifierExtension') {
        records(v).forEach((e, i) => {
          if (understood && e.url === INFO_CANCELLED_FLAG) return
          issues.notSupported(
            `${path}.modifierExtension[${i}]`,
            `This service does not understand the modifier extension “${str(e.url) ?? '(no url)'}” here; it changes the meaning of its element, so the request is refused rather than the extension ignored`,
          )
        })
        continue
      }
      walk(v, `${path}.${key}`, false)
    }
  }
  for (const e of entries) {
    const isClaim = e.resource.resourceType === 'Claim'
    for (const [key, v] of Object.entries(e.resource)) {
      if (key === 'modifierExtension') walk({ modifierExtension: v }, e.path, false)
      else if (isClaim && (key === 'item' || key === 'supportingInfo'))
        // Understood on the item itself; anything inside it is walked as not understood.
        records(v).forEach((x, i) => walk(x, `${e.path}.${key}[${i}]`, true))
      else walk(v, `${e.path}.${key}`, false)
    }
  }
}
