import * as z from 'zod/mini'
import { isValidNpi } from '../../domain/npi.ts'
import { isRealIsoDate } from '../../domain/time-zone.ts'
import { isoDate } from './common.ts'
import { groupFunding, lineOfBusiness, plan } from './case-fields.ts'

/** A calendar date that exists (YYYY-MM-DD; 1990-02-30 is refused). */
const realDate = isoDate.check(z.refine(isRealIsoDate, 'Not a real date'))
const text = (what: string, max: number) =>
  z.string().check(z.minLength(1, `Enter the ${what}`), z.maxLength(max, `The ${what} is too long`))

/** A postal address as a letter prints it: street lines, city, state, ZIP. */
export const postalAddress = z.object({
  lines: z
    .array(text('street address line', 200))
    .check(z.minLength(1, 'Enter the street address'), z.maxLength(3, 'At most 3 address lines')),
  city: text('city', 100),
  state: z.string().check(z.regex(/^[A-Z]{2}$/, 'State must be two capital letters, e.g. WA')),
  postalCode: z.string().check(z.regex(/^\d{5}(-\d{4})?$/, 'ZIP code must be 5 digits (or ZIP+4)')),
})
export type PostalAddress = z.infer<typeof postalAddress>

/**
 * The member's enrollment as the plan holds it (docs/service.md, Members and providers).
 * `synthetic` marks the demo's made-up members: shown as such wherever one appears.
 */
export const memberRecord = z.object({
  memberId: z
    .string()
    .check(z.regex(/^[A-Za-z0-9]{6,20}$/, 'Member ID must be 6 to 20 letters and digits')),
  name: text('name', 200),
  address: postalAddress,
  dateOfBirth: realDate,
  coverage: z.object({
    lineOfBusiness,
    plan,
    /** Only for a group plan: fully insured or self-funded (decides the rules that apply). */
    groupFunding: z.optional(groupFunding),
    groupNumber: z.optional(z.string().check(z.maxLength(40))),
    effectiveFrom: realDate,
    effectiveTo: z.optional(realDate),
  }),
  /** BCP 47 tag of the language the member reads their letters in, e.g. "en", "es". */
  language: z
    .string()
    .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Language must be a code such as en or es')),
  /** How the member asked to receive letters (large print, braille, ...); standard when absent. */
  format: z.enum(['standard', 'large-print', 'braille', 'audio', 'electronic']),
  synthetic: z.boolean(),
})
export type MemberRecord = z.infer<typeof memberRecord>

const npi = z
  .string()
  .check(
    z.regex(/^\d{10}$/, 'NPI must be 10 digits'),
    z.refine(isValidNpi, 'NPI check digit does not match: check the number'),
  )
const phone = z
  .string()
  .check(z.regex(/^\+?[\d ()-]{10,20}$/, 'Phone must be a number such as 206-555-0100'))

/** A provider directory entry, one per NPI (a person or an organization). */
export const providerRecord = z.object({
  npi,
  name: text('name', 200),
  address: postalAddress,
  phone,
  fax: z.optional(phone),
  specialty: text('specialty', 200),
  synthetic: z.boolean(),
})
export type ProviderRecord = z.infer<typeof providerRecord>

/** POST /members/lookup: the member ID travels in the body, never in a URL. */
export const memberLookupRequest = z.object({ memberId: z.string().check(z.maxLength(200)) })
export const memberLookup = z.object({ member: z.nullable(memberRecord) })
export type MemberLookup = z.infer<typeof memberLookup>
export const providerLookup = z.object({ provider: z.nullable(providerRecord) })
export type ProviderLookup = z.infer<typeof providerLookup>
