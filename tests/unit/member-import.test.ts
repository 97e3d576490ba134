import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../service/members/csv.ts'
import { parseFhirImport } from '../../service/members/import-fhir.ts'
import { parseCsvImport } from '../../service/members/import-parse.ts'

const fixture = (name: string) => readFileSync(`tests/fixtures/members/${name}`, 'utf8')

describe('CSV', () => {
  it('reads quoted commas, quotes and line breaks, and numbers each record by its first line', () => {
    const { records, error } = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n')
    expect(error).toBeNull()
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['two\nlines', 'z'] },
    ])
  })

  it('reports a quote left open instead of guessing', () => {
    expect(parseCsv('a\n"open\n').error).toBe('A quoted field opened on line 2 is never closed')
  })
})

describe('importing members from CSV', () => {
  it('takes the good rows and lists each bad one with its line and reason', () => {
    const parsed = parseCsvImport(fixture('members.csv'), 'members')
    expect(parsed.error).toBeNull()
    expect(parsed.members.map((m) => [m.at, m.key])).toEqual([
      ['line 2', 'SYN9000001'],
      ['line 3', 'SYN9000002'],
    ])
    expect(parsed.members[1]!.record).toMatchObject({
      name: 'Example, Rowan',
      address: { lines: ['510 Demo Way'], city: 'Tacoma', state: 'WA', postalCode: '98402' },
      coverage: { lineOfBusiness: 'medicare-advantage', plan: 'kfhpwa' },
      language: 'es',
      format: 'large-print',
      synthetic: true,
    })
    expect(parsed.refused).toEqual([
      { at: 'line 4', reason: 'dateOfBirth: Not a real date' },
      {
        at: 'line 5',
        reason: 'coverage.groupFunding: a group plan must say fully-insured or self-funded',
      },
      { at: 'line 6', reason: 'SYN9000001 is already on line 2 of this file' },
      { at: 'line 7', reason: 'address.state: State must be two capital letters, e.g. WA' },
    ])
  })

  it('refuses a whole file whose header lacks a required column, or a row of the wrong width', () => {
    expect(parseCsvImport('member_id,name\nA1234567,X\n', 'members').error).toMatch(
      /^The header row lacks the column\(s\): address_line1, city/,
    )
    const providers =
      'npi,name,address_line1,city,state,postal_code,phone,specialty\n1700000049,X\n'
    expect(parseCsvImport(providers, 'providers').refused).toEqual([
      { at: 'line 2', reason: '2 cells where the header has 8' },
    ])
  })

  it('checks an NPI by its check digit and a provider by its phone', () => {
    const parsed = parseCsvImport(fixture('providers.csv'), 'providers')
    expect(parsed.providers.map((p) => p.key)).toEqual(['1700000049'])
    expect(parsed.providers[0]!.record.name).toBe('Sample Orthopedics, PLLC')
    expect(parsed.refused).toEqual([
      { at: 'line 3', reason: 'npi: NPI check digit does not match: check the number' },
      { at: 'line 4', reason: 'phone: Phone must be a number such as 206-555-0100' },
    ])
  })
})

describe('importing from a FHIR Bundle', () => {
  it('a Coverage with its Patient is a member; a Practitioner or Organization with an NPI a provider', () => {
    const parsed = parseFhirImport(fixture('bundle.json'))
    expect(parsed.error).toBeNull()
    expect(parsed.members).toHaveLength(1)
    expect(parsed.members[0]!.record).toEqual({
      memberId: 'SYN9100001',
      name: 'Taylor Sample',
      address: { lines: ['700 Sample Street'], city: 'Seattle', state: 'WA', postalCode: '98101' },
      dateOfBirth: '1955-03-04',
      coverage: {
        plan: 'kfhpwa',
        lineOfBusiness: 'medicare-advantage',
        effectiveFrom: '2025-01-01',
      },
      language: 'es',
      format: 'standard',
      synthetic: false,
    })
    expect(parsed.providers.map((p) => [p.key, p.record.name, p.record.fax])).toEqual([
      ['1700000064', 'Jamie Example', '206-555-0162'],
    ])
    expect(parsed.refused).toEqual([
      {
        at: 'entry 3 (Coverage/c2)',
        reason: 'class: no plan product code this plan knows (UNKNOWN-PRODUCT)',
      },
      { at: 'entry 5 (Organization/o1)', reason: 'specialty: Enter the specialty' },
    ])
  })

  it('refuses a file that is not a Bundle, whole', () => {
    expect(parseFhirImport('{').error).toBe('The file is not JSON')
    expect(parseFhirImport('{"resourceType":"Patient"}').error).toBe(
      'The file is not a FHIR Bundle',
    )
  })
})
