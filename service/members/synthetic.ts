import type { MemberRecord, ProviderRecord } from '../../src/api/schemas/member.ts'

/**
 * The demo's members and providers: SYNTHETIC, every one (`synthetic: true`, shown as
 * such). Names and addresses are made up; addresses use streets in Seattle and
 * Tacoma with no house behind them, and 555-01xx numbers, reserved for fiction.
 *
 * The PAS guide's members (HL7/davinci-pas 2.2.1: `SubscriberExample`, MIN 12345678901,
 * subscriber id 1122334455, named JOE SMITH there; `BeneficiaryExample`, MIN
 * 12345678902) are here so the guide's requests run end to end: `$submit` finds them
 * (service/fhir/enrollment.ts). The guide gives no birth date for SubscriberExample:
 * the one here is made up; BeneficiaryExample's is the guide's. The product each is
 * enrolled in is this demo's.
 */
const wa = (line: string, city = 'Seattle', postalCode = '98101') => ({
  lines: [line],
  city,
  state: 'WA',
  postalCode,
})

export const PAS_GUIDE_MEMBERS: MemberRecord[] = [
  {
    memberId: '12345678901',
    name: 'Joe Smith',
    address: wa('100 Example Avenue, Apt 1'),
    dateOfBirth: '1950-01-01',
    coverage: { lineOfBusiness: 'individual-family', plan: 'kfhpwa', effectiveFrom: '2024-01-01' },
    language: 'en',
    format: 'standard',
    synthetic: true,
  },
  {
    memberId: '12345678902',
    name: 'Beneficiary Example',
    address: wa('102 Example Avenue'),
    dateOfBirth: '1947-01-18',
    coverage: { lineOfBusiness: 'individual-family', plan: 'kfhpwa', effectiveFrom: '2024-01-01' },
    language: 'en',
    format: 'standard',
    synthetic: true,
  },
]

/** The PAS guide's subscriber ids, by member ID (a Coverage names the subscriber). */
export const PAS_GUIDE_SUBSCRIBER_IDS: Record<string, string[]> = {
  '12345678901': ['1122334455'],
}

const GIVEN = ['Avery', 'Blake', 'Casey', 'Drew', 'Emery', 'Finley', 'Harper', 'Jordan']
const FAMILY = ['Sample', 'Example', 'Testcase', 'Demo', 'Placeholder']
const LANGUAGES = ['en', 'en', 'en', 'es', 'vi']
const FORMATS = ['standard', 'standard', 'standard', 'large-print'] as const

/** A made-up name and address for the demo's synthetic member number n. */
export function syntheticPerson(
  n: number,
): Pick<MemberRecord, 'name' | 'address' | 'language' | 'format'> {
  return {
    name: `${GIVEN[n % GIVEN.length]} ${FAMILY[n % FAMILY.length]}`,
    address: n % 2 ? wa(`${200 + n} Sample Street`) : wa(`${300 + n} Demo Way`, 'Tacoma', '98402'),
    language: LANGUAGES[n % LANGUAGES.length]!,
    format: FORMATS[n % FORMATS.length]!,
  }
}

/** Requesting providers of the demo's cases, and the PAS guide's requesting organization. */
export const SYNTHETIC_PROVIDERS: ProviderRecord[] = [
  {
    npi: '1700000015',
    name: 'Riley Sample, MD',
    address: wa('400 Clinic Row, Suite 200'),
    phone: '206-555-0101',
    fax: '206-555-0102',
    specialty: 'Physical Medicine & Rehabilitation',
    synthetic: true,
  },
  {
    npi: '1700000023',
    name: 'Morgan Example, DO',
    address: wa('410 Clinic Row', 'Tacoma', '98402'),
    phone: '253-555-0111',
    fax: '253-555-0112',
    specialty: 'Orthopaedic Surgery',
    synthetic: true,
  },
  {
    npi: '1700000031',
    name: 'Sample Spine Clinic',
    address: wa('420 Clinic Row, Floor 3'),
    phone: '206-555-0121',
    specialty: 'Pain Medicine',
    synthetic: true,
  },
  {
    // HL7/davinci-pas 2.2.1 examples: the requesting Organization "DR. JOE SMITH CORPORATION".
    npi: '8189991234',
    name: 'Dr. Joe Smith Corporation',
    address: wa('430 Clinic Row'),
    phone: '206-555-0131',
    fax: '206-555-0132',
    specialty: 'Home Health',
    synthetic: true,
  },
]

/** The NPI a seeded case names as its requester (its member number picks one). */
export const seededProviderNpi = (n: number) => SYNTHETIC_PROVIDERS[n % 3]!.npi
