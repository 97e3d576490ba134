import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyCaseFields, type CaseFields } from '../../src/api/schemas/case-fields.ts'
import {
  caseFieldsToInput,
  fieldLabels,
  fieldOrder,
  validateCaseFields,
} from '../../src/domain/case-rules.ts'
import { validateCaseInput } from '../../service/cases/case-input.ts'
import { caseFields } from '../support/factories.ts'

// 2026-11-27 10:00 in Los Angeles (PST).
const now = new Date('2026-11-27T18:00:00Z')
const valid: CaseFields = caseFields()
const errorsFor = (changes: Partial<CaseFields>) =>
  validateCaseFields({ ...valid, ...changes }, now)
const RANGE = 'Date of service must be from 1 year before to 2 years after the request was received'
const HCPCS_OR_CPT =
  'Service code must be a HCPCS Level II code (a letter and 4 digits, like M0076) or a CPT code (5 digits, or 4 digits and F, T or U)'

describe('validateCaseFields: one rule each', () => {
  it('a complete case has no errors', () => {
    expect(validateCaseFields(valid, now)).toEqual({})
  })

  it('lists one message per field, in form order', () => {
    const errors = validateCaseFields(emptyCaseFields, now)
    expect(Object.keys(errors)).toEqual([
      ...['memberId', 'dateOfBirth', 'lineOfBusiness', 'plan', 'serviceCode', 'diagnosisCodes'],
      ...['dateOfService', 'urgency', 'requestReceivedAt', 'requestChannel'],
    ])
    expect(fieldOrder.filter((f) => f in errors)).toEqual(Object.keys(errors))
  })

  const cases: [string, Partial<CaseFields>, Partial<Record<keyof CaseFields, string>>][] = [
    ['member ID required', { memberId: '  ' }, { memberId: 'Enter the member ID' }],
    [
      'member ID format',
      { memberId: 'AB-123' },
      { memberId: 'Member ID must be 6 to 20 letters and digits' },
    ],
    [
      'member ID length',
      { memberId: 'A'.repeat(21) },
      { memberId: 'Member ID must be 6 to 20 letters and digits' },
    ],
    ['date of birth required', { dateOfBirth: '' }, { dateOfBirth: 'Enter the date of birth' }],
    [
      'date of birth real',
      { dateOfBirth: '2025-02-30' },
      { dateOfBirth: 'Date of birth must be a real date' },
    ],
    [
      'date of birth past',
      { dateOfBirth: '2026-11-28' },
      { dateOfBirth: 'Date of birth must be in the past' },
    ],
    [
      'date of birth 120 years',
      { dateOfBirth: '1906-11-26' },
      { dateOfBirth: 'Date of birth must be within the last 120 years' },
    ],
    [
      'line of business',
      { lineOfBusiness: '', groupFunding: '' },
      { lineOfBusiness: 'Select the line of business' },
    ],
    ['group funding', { groupFunding: '' }, { groupFunding: 'Select the group funding' }],
    ['plan', { plan: '' }, { plan: 'Select the plan' }],
    ['service code required', { serviceCode: ' ' }, { serviceCode: 'Enter the service code' }],
    ['service code format', { serviceCode: 'M007' }, { serviceCode: HCPCS_OR_CPT }],
    [
      'diagnosis required',
      { diagnosisCodes: ['', ' '] },
      { diagnosisCodes: 'Enter at least one diagnosis code' },
    ],
    [
      'diagnosis format',
      { diagnosisCodes: ['M54.50', ' 54.5x '] },
      { diagnosisCodes: 'Diagnosis code “54.5x” must be an ICD-10-CM code, like M54.50' },
    ],
    [
      'date of service required',
      { dateOfService: '' },
      { dateOfService: 'Enter the date of service' },
    ],
    [
      'date of service real',
      { dateOfService: '2026-13-01' },
      { dateOfService: 'Date of service must be a real date' },
    ],
    [
      'date of service after birth',
      { dateOfService: '1970-04-30' },
      { dateOfService: 'Date of service must be on or after the date of birth' },
    ],
    [
      'date of service more than a year before receipt',
      { dateOfService: '2025-11-26' },
      { dateOfService: RANGE },
    ],
    [
      'date of service more than two years after receipt',
      { dateOfService: '2028-11-28' },
      { dateOfService: RANGE },
    ],
    ['urgency', { urgency: '' }, { urgency: 'Select the urgency' }],
    [
      'received required',
      { requestReceivedAt: '' },
      { requestReceivedAt: 'Enter when the request was received' },
    ],
    [
      'received real',
      { requestReceivedAt: '2026-02-30T10:00' },
      { requestReceivedAt: 'Request received must be a real date and time' },
    ],
    [
      'received future',
      { requestReceivedAt: '2026-11-27T10:06' },
      { requestReceivedAt: 'Request received cannot be in the future' },
    ],
    [
      'late entry reason',
      { requestReceivedAt: '2026-11-27T08:59' },
      {
        backdateReason:
          'Enter why the request is being entered more than an hour after it was received',
      },
    ],
    [
      'late entry reason length',
      { backdateReason: 'x'.repeat(4001) },
      { backdateReason: 'Reason for late entry must be 4,000 characters or fewer' },
    ],
    ['request channel', { requestChannel: '' }, { requestChannel: 'Select the request channel' }],
    [
      'NPI digits',
      { requestingProviderNpi: '12345' },
      { requestingProviderNpi: 'Requesting provider NPI must be 10 digits' },
    ],
    [
      'NPI check digit',
      { requestingProviderNpi: '1234567890' },
      { requestingProviderNpi: 'Requesting provider NPI is not valid: check the number' },
    ],
    [
      'clinical notes length',
      { clinicalNotes: 'x'.repeat(4001) },
      { clinicalNotes: 'Clinical notes must be 4,000 characters or fewer' },
    ],
  ]
  for (const [name, changes, expected] of cases) {
    it(name, () => expect(errorsFor(changes)).toEqual(expected))
  }

  it('allows what the rules allow', () => {
    expect(errorsFor({ dateOfBirth: '2026-11-27' })).toEqual({}) // born today
    expect(errorsFor({ dateOfBirth: '1906-11-27' })).toEqual({}) // exactly 120 years
    // Service on the day of birth (within a year of the request, the range of docs/product-rules.md).
    expect(errorsFor({ dateOfBirth: '2026-01-10', dateOfService: '2026-01-10' })).toEqual({})
    expect(errorsFor({ dateOfService: '2025-11-27' })).toEqual({}) // a year before receipt
    expect(errorsFor({ dateOfService: '2028-11-27' })).toEqual({}) // two years after
    expect(errorsFor({ requestReceivedAt: '2026-11-27T10:05' })).toEqual({}) // clock skew
    expect(errorsFor({ requestReceivedAt: '2026-11-27T09:00' })).toEqual({}) // exactly an hour
    expect(
      errorsFor({
        requestReceivedAt: '2026-11-20T08:00',
        backdateReason: 'Fax found in the wrong queue',
      }),
    ).toEqual({})
    expect(errorsFor({ lineOfBusiness: 'medicare-advantage', groupFunding: '' })).toEqual({})
    expect(
      errorsFor({ requestingProviderNpi: '1234567893', clinicalNotes: 'x'.repeat(4000) }),
    ).toEqual({})
    expect(errorsFor({ serviceCode: ' m0076 ', diagnosisCodes: ['m5450', ''] })).toEqual({})
  })
})

describe('caseFieldsToInput', () => {
  it('normalizes, converts plan wall time to an instant and omits empty optionals', () => {
    const input = caseFieldsToInput({
      ...valid,
      ...{
        memberId: ' ab12345678 ',
        serviceCode: ' m0076',
        diagnosisCodes: ['m5450', '', 'M54.50', 'm54.41'],
      },
      ...{ requestingProviderNpi: ' 1234567893 ', clinicalNotes: '   ' },
    })
    expect(input).toEqual({
      ...{ memberId: 'ab12345678', dateOfBirth: '1970-05-01', lineOfBusiness: 'commercial-group' },
      ...{ groupFunding: 'fully-insured', plan: 'kfhpwa', serviceCode: 'M0076' },
      ...{ diagnosisCodes: ['M54.50', 'M54.41'], dateOfService: '2026-12-10', urgency: 'standard' },
      ...{ requestReceivedAt: '2026-11-27T17:30:00.000Z', requestChannel: 'electronic' },
      requestingProviderNpi: '1234567893',
    })
  })

  it('drops group funding unless Commercial (group)', () => {
    const input = caseFieldsToInput({ ...valid, lineOfBusiness: 'individual-family' })
    expect(input).not.toHaveProperty('groupFunding')
  })

  it('refuses fields that have not passed validation', () => {
    expect(() => caseFieldsToInput(emptyCaseFields)).toThrow()
  })
})

describe('validateCaseInput (the service side)', () => {
  const body = caseFieldsToInput(valid)

  it('accepts a body the form made, and ignores unknown keys', () => {
    expect(validateCaseInput({ ...body, extra: 1 }, now)).toEqual({ ok: true, value: body })
  })

  it('uses the same messages as the form', () => {
    const result = validateCaseInput(
      { ...body, memberId: 'x', diagnosisCodes: ['bad'], requestingProviderNpi: '1234567890' },
      now,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        memberId: ['Member ID must be 6 to 20 letters and digits'],
        diagnosisCodes: ['Diagnosis code “bad” must be an ICD-10-CM code, like M54.50'],
        requestingProviderNpi: ['Requesting provider NPI is not valid: check the number'],
      },
    })
  })

  it('reads request received as an ISO instant with an offset', () => {
    const at = (requestReceivedAt: unknown) =>
      validateCaseInput({ ...body, requestReceivedAt }, now)
    expect(at('2026-11-27T09:30:00-08:00')).toMatchObject({
      ok: true,
      value: { requestReceivedAt: '2026-11-27T17:30:00.000Z' },
    })
    expect(at('2026-11-27T17:30Z')).toMatchObject({ ok: true })
    expect(at('2026-11-27T09:30')).toMatchObject({
      ok: false,
      errors: { requestReceivedAt: [expect.stringMatching(/ISO 8601/)] },
    })
    expect(at(1764264600000)).toMatchObject({
      ok: false,
      errors: { requestReceivedAt: ['Request received must be text'] },
    })
    expect(at('2026-02-30T10:00:00Z')).toMatchObject({
      errors: { requestReceivedAt: ['Request received must be a real date and time'] },
    })
    expect(at('2026-11-27T19:00:00Z')).toMatchObject({
      errors: { requestReceivedAt: ['Request received cannot be in the future'] },
    })
    expect(at('2026-11-27T16:00:00Z')).toMatchObject({
      errors: { backdateReason: [expect.stringMatching(/^Enter why/)] },
    })
  })

  it('reports wrong JSON types against the field, without throwing', () => {
    const result = validateCaseInput(
      { ...body, memberId: 42, lineOfBusiness: 'medicaid', diagnosisCodes: 'M54.50' },
      now,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        memberId: ['Member ID must be text'],
        lineOfBusiness: [
          'Line of business must be one of: medicare-advantage, commercial-group, individual-family',
        ],
        diagnosisCodes: ['Diagnosis codes must be a list of up to 50 codes, like ["M54.50"]'],
      },
    })
    expect(validateCaseInput(null, now)).toMatchObject({
      ok: false,
      errors: { memberId: ['Enter the member ID'] },
    })
  })

  it('never throws, and answers ok or errors keyed by field names (property)', () => {
    const known = new Set<string>(fieldOrder)
    const bodies = fc.oneof(
      fc.anything(),
      fc.record(
        { ...Object.fromEntries(fieldOrder.map((f) => [f, fc.anything()])) },
        { requiredKeys: [] },
      ),
      fc.constantFrom(...fieldOrder).chain((f) => fc.anything().map((v) => ({ ...body, [f]: v }))),
    )
    fc.assert(
      fc.property(bodies, (b) => {
        const result = validateCaseInput(b, now)
        if (result.ok) return
        const entries = Object.entries(result.errors)
        expect(entries.length).toBeGreaterThan(0)
        for (const [field, messages] of entries) {
          expect(known.has(field)).toBe(true)
          expect(messages).toHaveLength(1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('accepts what the form accepts (property)', () => {
    const npi = fc.constantFrom('', '1234567893')
    const codes = fc.array(fc.constantFrom('m5450', 'M54.41', 'S33.5XXA', ''), {
      minLength: 1,
      maxLength: 5,
    })
    fc.assert(
      fc.property(codes, npi, (diagnosisCodes, requestingProviderNpi) => {
        const fields = {
          ...valid,
          diagnosisCodes: [...diagnosisCodes, 'M54.50'],
          requestingProviderNpi,
        }
        expect(validateCaseFields(fields, now)).toEqual({})
        const input = caseFieldsToInput(fields)
        expect(validateCaseInput(JSON.parse(JSON.stringify(input)), now)).toEqual({
          ok: true,
          value: input,
        })
      }),
    )
  })

  it('labels every field with the screen’s words', () => {
    expect(fieldLabels).toMatchObject({
      memberId: 'Member ID',
      backdateReason: 'Reason for late entry',
      requestingProviderNpi: 'Requesting provider NPI',
    })
    expect(fieldOrder).toHaveLength(14)
  })
})

describe('validateCaseInput: offsets, fractions and the enrollment correction', () => {
  const body = caseFieldsToInput(valid)
  const receivedAs = (requestReceivedAt: string) => {
    // Received hours earlier: entered late, so a reason is given.
    const r = validateCaseInput({ ...body, requestReceivedAt, backdateReason: 'Faxed' }, now)
    return r.ok ? r.value.requestReceivedAt : r.errors
  }

  it('applies the offset, hours and minutes, either way, and keeps milliseconds', () => {
    expect(receivedAs('2026-11-27T12:00:00+05:30')).toBe('2026-11-27T06:30:00.000Z')
    expect(receivedAs('2026-11-27T01:15:00-05:45')).toBe('2026-11-27T07:00:00.000Z')
    expect(receivedAs(' 2026-11-27T17:30:00.1234Z ')).toBe('2026-11-27T17:30:00.123Z')
    expect(receivedAs('2026-11-27T17:30:00.5+00:00')).toBe('2026-11-27T17:30:00.500Z')
  })

  it('refuses an offset past 23:59 or a time that is not one', () => {
    for (const text of ['2026-11-27T12:00:00+24:00', '2026-11-27T12:00:00+05:60'])
      expect(receivedAs(text)).toHaveProperty('requestReceivedAt')
    expect(receivedAs('2026-11-27T12:00:00+23:59')).toBe('2026-11-26T12:01:00.000Z')
  })

  it('takes up to 50 diagnosis codes', () => {
    const fifty = Array.from({ length: 50 }, () => 'M54.50')
    expect(validateCaseInput({ ...body, diagnosisCodes: fifty }, now)).toMatchObject({ ok: true })
    expect(validateCaseInput({ ...body, diagnosisCodes: [...fifty, 'M54.50'] }, now)).toMatchObject(
      { ok: false, errors: { diagnosisCodes: [expect.stringMatching(/up to 50/)] } },
    )
  })

  it('keeps a correction reason trimmed, drops a blank one, refuses one too long or not text', () => {
    const withReason = (enrollmentCorrectionReason: unknown) =>
      validateCaseInput({ ...body, enrollmentCorrectionReason }, now)
    expect(withReason('  Card shows another plan  ')).toMatchObject({
      ok: true,
      value: { enrollmentCorrectionReason: 'Card shows another plan' },
    })
    const blank = withReason('   ')
    expect(blank.ok && 'enrollmentCorrectionReason' in blank.value).toBe(false)
    expect(withReason(` ${'x'.repeat(4000)} `)).toMatchObject({ ok: true })
    const refused = {
      ok: false,
      errors: {
        enrollmentCorrectionReason: [
          'Reason for correcting enrollment must be text of 4,000 characters or fewer',
        ],
      },
    }
    expect(withReason('x'.repeat(4001))).toEqual(refused)
    expect(withReason(7)).toEqual(refused)
  })

  it('a field of the wrong choice names the choices; clinical notes are read too', () => {
    expect(validateCaseInput({ ...body, urgency: 'soon' }, now)).toEqual({
      ok: false,
      errors: { urgency: ['Urgency must be one of: standard, expedited'] },
    })
    expect(validateCaseInput({ ...body, clinicalNotes: 3 }, now)).toMatchObject({
      ok: false,
      errors: { clinicalNotes: [expect.stringMatching(/must be text$/)] },
    })
  })
})
