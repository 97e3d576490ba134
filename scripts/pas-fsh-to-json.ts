/**
 * Turns the Da Vinci PAS guide's example instances (FSH) into FHIR JSON, for the
 * conformance fixtures in tests/fixtures/pas/guide/. A small FSH-instance reader, not
 * SUSHI: SUSHI needs the FHIR package registry, which this build cannot reach. It reads
 * what the guide's examples use: assignments with paths, soft indexes, named slices,
 * extension slices (resolved to their URLs from the guide's own Extension definitions),
 * codes, quantities, references and inline instances. From the profiles it adds what
 * SUSHI would: `meta.profile` and the fixed category of a named `supportingInfo` slice.
 *
 * Usage: npx tsx scripts/pas-fsh-to-json.ts <dir with the guide's input/fsh/*.fsh> <out dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

type Json = Record<string, unknown>
type Instance = {
  name: string
  of: string
  usage: string
  rules: { path: string; value: string }[]
}

const IG = 'http://hl7.org/fhir/us/davinci-pas'
const US_CORE_TYPES: Record<string, string> = {
  'us-core-patient': 'Patient',
  'us-core-organization': 'Organization',
  'us-core-practitioner': 'Practitioner',
  'us-core-practitionerrole': 'PractitionerRole',
  'us-core-location': 'Location',
  'us-core-coverage': 'Coverage',
  'us-core-documentreference': 'DocumentReference',
  'us-core-encounter': 'Encounter',
  'us-core-servicerequest': 'ServiceRequest',
  'us-core-medicationrequest': 'MedicationRequest',
}
/** Elements whose `system#code` value is a Coding or a plain code, not a CodeableConcept. */
const CODING_ELEMENTS = new Set(['class'])
const CODE_ELEMENTS = new Set(['contentType', 'status'])
/** Named slices of arrays that are not extensions: the slice's position and fixed values. */
const SLICE_FIXED: Record<string, Json> = {
  AdditionalInformation: {
    category: code(`${IG}/CodeSystem/PASTempCodes`, 'additionalInformation'),
  },
  AdmissionDates: { category: code(`${IG}/CodeSystem/PASTempCodes`, 'admissionDates') },
  DischargeDates: { category: code(`${IG}/CodeSystem/PASTempCodes`, 'dischargeDates') },
  PatientEvent: { category: code(`${IG}/CodeSystem/PASTempCodes`, 'patientEvent') },
}
/** Bundle slices that are always the first entry. */
const FIRST_SLICES = new Set(['Claim', 'ClaimResponse'])

function code(system: string, c: string, display?: string): Json {
  return { coding: [{ system, code: c, ...(display ? { display } : {}) }] }
}

type Defs = {
  aliases: Record<string, string>
  profiles: Record<string, { parent: string; id: string }>
  extensions: Record<string, { url: string; named: Record<string, string> }>
  named: Record<string, string>
  instances: Record<string, Instance>
}

/** `contains A named b 0..1 and C named d ...` pairs, across continuation lines. */
function namedPairs(body: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const m of body.matchAll(/(\S+)\s+named\s+(\w+)/g)) pairs.push([m[2] ?? '', m[1] ?? ''])
  return pairs
}

function readDefs(dir: string): Defs {
  const defs: Defs = { aliases: {}, profiles: {}, extensions: {}, named: {}, instances: {} }
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.fsh'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r/g, ''))
    .join('\n')
  for (const m of text.matchAll(/^Alias:\s*(\S+)\s*=\s*(\S+)/gm))
    defs.aliases[m[1] ?? ''] = m[2] ?? ''
  const blocks = text.split(
    /^(?=(?:Profile|Extension|Instance|CodeSystem|ValueSet|RuleSet|Logical|Invariant|Mapping):)/m,
  )
  const extNames: Record<string, string> = {}
  for (const block of blocks) {
    const head = /^(\w+):\s*(\S+)/.exec(block)
    if (!head) continue
    const [, kind, name = ''] = head
    const id = /^Id:\s*(\S+)/m.exec(block)?.[1] ?? name
    const parent = /^Parent:\s*(\S+)/m.exec(block)?.[1] ?? ''
    if (kind === 'Profile') defs.profiles[name] = { parent, id }
    if (kind === 'CodeSystem') defs.aliases[name] = `${IG}/CodeSystem/${id}`
    if (kind === 'Extension') {
      extNames[name] = `${IG}/StructureDefinition/${id}`
      defs.extensions[name] = { url: extNames[name], named: Object.fromEntries(namedPairs(block)) }
    }
    if (kind === 'Profile' || kind === 'RuleSet')
      for (const [slice, ext] of namedPairs(block)) defs.named[slice] ??= ext
    if (kind === 'Instance') defs.instances[name] = readInstance(name, block)
  }
  // Slice → extension URL; an extension named by URL keeps it.
  const url = (ext: string) => extNames[ext] ?? defs.aliases[ext] ?? ext
  for (const [slice, ext] of Object.entries(defs.named)) defs.named[slice] = url(ext)
  for (const e of Object.values(defs.extensions))
    for (const [slice, ext] of Object.entries(e.named)) e.named[slice] = url(ext)
  return defs
}

function readInstance(name: string, block: string): Instance {
  const of = /^InstanceOf:\s*(\S+)/m.exec(block)?.[1] ?? ''
  const usage = /^Usage:\s*#(\S+)/m.exec(block)?.[1] ?? 'example'
  const rules: Instance['rules'] = []
  const context: { indent: number; path: string }[] = []
  for (const line of block.split('\n')) {
    const m = /^(\s*)\*\s+(.*)$/.exec(line)
    if (!m) continue
    const indent = (m[1] ?? '').length
    while (context.length > 0 && (context.at(-1)?.indent ?? 0) >= indent) context.pop()
    const [rawPath = '', ...rest] = (m[2] ?? '').split(' = ')
    const prefix = context.at(-1)?.path
    const path = prefix ? `${prefix}.${rawPath.trim()}` : rawPath.trim()
    if (rest.length === 0) context.push({ indent, path: resolveSoft(path, rules, true) })
    else rules.push({ path: resolveSoft(path, rules, false), value: rest.join(' = ').trim() })
  }
  return { name, of, usage, rules }
}

/**
 * Soft indexes ([+], [=]) become numbers, per array path, as SUSHI counts them. A
 * context line (`* parameter[+]` with rules under it) takes its index once.
 */
const softState = new WeakMap<object, Record<string, number>>()
function resolveSoft(path: string, rules: object, _context: boolean): string {
  const state = softState.get(rules) ?? {}
  softState.set(rules, state)
  let out = ''
  for (const seg of path.split('.')) {
    const m = /^(.*)\[(\+|=)\]$/.exec(seg)
    if (!m) {
      out = out ? `${out}.${seg}` : seg
      continue
    }
    const key = `${out}.${m[1] ?? ''}`
    const next = m[2] === '+' ? (state[key] ?? -1) + 1 : (state[key] ?? 0)
    state[key] = next
    out = out ? `${out}.${m[1] ?? ''}[${next}]` : `${m[1] ?? ''}[${next}]`
  }
  return out
}

function baseType(defs: Defs, of: string): string {
  const profile = defs.profiles[of]
  if (!profile) return of
  const usCore = /StructureDefinition\/([\w-]+)/.exec(profile.parent)?.[1]
  if (usCore) return US_CORE_TYPES[usCore] ?? usCore
  return baseType(defs, profile.parent)
}

function build(defs: Defs, name: string, inline: boolean): Json {
  const inst = defs.instances[name]
  if (!inst) throw new Error(`No instance ${name}`)
  const type = baseType(defs, inst.of)
  const isResource = /^[A-Z]/.test(type) && !['Timing', 'Quantity'].includes(type)
  const out: Json = {}
  if (isResource && inst.usage !== 'inline') {
    out.resourceType = type
    out.id = name
    if (defs.profiles[inst.of])
      out.meta = { profile: [`${IG}/StructureDefinition/${defs.profiles[inst.of]?.id}`] }
  } else if (isResource && type !== 'Timing' && !inline) out.resourceType = type
  for (const rule of inst.rules) assign(defs, out, type, rule.path, rule.value)
  return out
}

function parseValue(defs: Defs, last: string, raw: string): unknown {
  if (/^".*"$/s.test(raw)) return JSON.parse(raw.replace(/\n/g, '\\n'))
  if (raw === 'true' || raw === 'false') return raw === 'true'
  const ref = /^Reference\((\w+)\)$/.exec(raw)
  if (ref) {
    const target = defs.instances[ref[1] ?? '']
    return { reference: `${target ? baseType(defs, target.of) : 'Resource'}/${ref[1]}` }
  }
  const qty = /^([\d.]+)\s+'([^']*)'(?:\s+"([^"]*)")?$/.exec(raw)
  if (qty)
    return {
      value: Number(qty[1]),
      system: 'http://unitsofmeasure.org',
      code: qty[2],
      ...(qty[3] ? { unit: qty[3] } : {}),
    }
  const coded = /^(\S*)#(\S+)(?:\s+"([^"]*)")?$/.exec(raw)
  if (coded) {
    const [, sys = '', c = '', display] = coded
    if (!sys) return c
    const system = defs.aliases[sys] ?? sys
    const bare = last.replace(/\[\d+\]$/, '')
    if (CODE_ELEMENTS.has(bare)) return c
    const coding = { system, code: c, ...(display ? { display } : {}) }
    if (CODING_ELEMENTS.has(bare) || bare === 'coding') return coding
    return { coding: [coding] }
  }
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(raw)) return raw
  if (defs.instances[raw]) return build(defs, raw, defs.instances[raw]?.usage === 'inline')
  throw new Error(`Cannot read value ${raw}`)
}

/** Sets `value` at an FSH path in `root`, creating arrays and slices on the way. */
function assign(defs: Defs, root: Json, type: string, path: string, raw: string) {
  const segs = path.split('.')
  let node: Json = root
  let where = type // the element path from the resource type, without indexes
  let ext: string | undefined // the extension definition whose sub-extensions we are in
  segs.forEach((seg, i) => {
    const m = /^([\w-]+)(?:\[([^\]]+)\])?$/.exec(seg)
    if (!m) throw new Error(`Cannot read path ${path}`)
    const [, key = '', index] = m
    const last = i === segs.length - 1
    if (key === 'extension' || key === 'modifierExtension') {
      const list = ((node[key] as Json[] | undefined) ??= [])
      let url = index ?? ''
      if (/^\d+$/.test(url)) throw new Error(`Extension by number at ${path}`)
      const scoped = ext ? defs.extensions[ext]?.named[url] : defs.named[url]
      url = scoped ?? (ext ? url : (defs.named[url] ?? url))
      let found = list.find((e) => e.url === url)
      if (!found) list.push((found = { url }))
      ext = Object.keys(defs.extensions).find((n) => defs.extensions[n]?.url === url)
      where = 'Extension'
      node = found
      return
    }
    const isValue = key.startsWith('value') && ext !== undefined
    if (!isValue) ext = undefined
    if (last) {
      const value = parseValue(defs, key, raw)
      if (index !== undefined) {
        const list = ((node[key] as unknown[] | undefined) ??= [])
        list[Number(index)] = value
      } else if (isArrayElement(`${where}.${key}`) && !Array.isArray(node[key])) node[key] = [value]
      else if (Array.isArray(node[key])) (node[key] as unknown[])[0] = value
      else node[key] = value
      return
    }
    const at0 = where
    where = `${where}.${key}`
    if (index === undefined && !isArrayElement(`${at0}.${key}`)) {
      node = (node[key] as Json | undefined) ??= {}
      return
    }
    const list = ((node[key] as Json[] | undefined) ??= [])
    let at: number
    if (index === undefined) at = 0
    else if (/^\d+$/.test(index)) at = Number(index)
    else if (FIRST_SLICES.has(index)) at = 0
    else {
      const slices = ((node[`__slices_${key}`] as Record<string, number> | undefined) ??= {})
      at = slices[index] ??= list.length
    }
    while (list.length <= at) list.push({})
    const item = list[at] as Json
    if (index && SLICE_FIXED[index]) Object.assign(item, structuredClone(SLICE_FIXED[index]), item)
    node = item
  })
}

/** FHIR R4 elements in these examples that repeat (0..*): a bare path means index 0. */
const ARRAY_ELEMENTS = new Set(
  (
    'identifier entry item diagnosis insurance careTeam supportingInfo adjudication addItem ' +
    'error coding given line telecom payor content parameter part input processNote ' +
    'dosageInstruction reasonCode reasonReference issue profile expression modifier detail related ' +
    'careTeamSequence diagnosisSequence procedureSequence informationSequence'
  ).split(' '),
)
/** Elements that repeat in some resources only, by their path from the resource type. */
const ARRAY_IN = new Set([
  'Organization.type',
  'Encounter.type',
  'DocumentReference.category',
  'CommunicationRequest.category',
  'Coverage.class',
  'Patient.name',
  'Practitioner.name',
  'Patient.address',
  'Organization.address',
  'Practitioner.address',
  'PractitionerRole.location',
  'ClaimResponse.addItem.provider',
  'ClaimResponse.addItem.itemSequence',
])
const SINGLE_IN = /^Bundle\.identifier$|\.(assigner|requester|owner)\.identifier$/
function isArrayElement(elementPath: string) {
  const key = elementPath.split('.').at(-1) ?? ''
  if (ARRAY_IN.has(elementPath)) return true
  if (SINGLE_IN.test(elementPath)) return false
  return ARRAY_ELEMENTS.has(key)
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith('__slices_'))
      .map(([k, v]) => [k, strip(v)]),
  )
}

/** The examples written out: every request, response and inquiry Bundle, and $inquire's Parameters. */
export function convert(dir: string): Record<string, Json> {
  const defs = readDefs(dir)
  const out: Record<string, Json> = {}
  for (const inst of Object.values(defs.instances)) {
    const type = baseType(defs, inst.of)
    if (type !== 'Bundle' && !(type === 'Parameters' && inst.name.includes('Inquiry'))) continue
    if (inst.name === 'PASSubscriptionNotification') continue
    out[inst.name] = strip(build(defs, inst.name, false)) as Json
  }
  return out
}

if (process.argv[1]?.endsWith('pas-fsh-to-json.ts')) {
  const [dir, outDir] = process.argv.slice(2)
  if (!dir || !outDir) throw new Error('Usage: pas-fsh-to-json.ts <fsh dir> <out dir>')
  mkdirSync(outDir, { recursive: true })
  for (const [name, json] of Object.entries(convert(dir))) {
    const file = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
    writeFileSync(join(outDir, `${file}.json`), `${JSON.stringify(json, null, 2)}\n`)
    console.log(`${file}.json`)
  }
}
