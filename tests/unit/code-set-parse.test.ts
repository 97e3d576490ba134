import { describe, expect, it } from 'vitest'
import { parseHcpcs, parseIcd10cmOrder, versionFor } from '../../service/code-sets/parse.ts'
import { sampleHcpcs, sampleIcd10cmOrder } from '../../service/data/code-set-sample.ts'

/** An order-file line in CMS's layout: order 5, code 7, flag 1, short 60, long. */
const order = (n: number, code: string, flag: string, short: string, long = short) =>
  `${String(n).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`
/** A HCPCS record: code 5, sequence 5, record id 1, long 80, short 28. */
const hcpcs = (code: string, seq: string, kind: string, long: string, short = '') =>
  `${code}${seq}${kind}${long.padEnd(80)}${short.padEnd(28)}`

describe('parseIcd10cmOrder', () => {
  it('reads code (with its dot), header flag and both descriptions by column', () => {
    const { rows, bad } = parseIcd10cmOrder(
      [order(1, 'M25561', '1', 'Pain in right knee'), order(2, 'M545', '0', 'Low back pain')].join(
        '\r\n',
      ),
    )
    expect(bad).toEqual([])
    expect(rows).toEqual([
      {
        code: 'M25.561',
        billable: true,
        shortDescription: 'Pain in right knee',
        longDescription: 'Pain in right knee',
      },
      {
        code: 'M54.5',
        billable: false,
        shortDescription: 'Low back pain',
        longDescription: 'Low back pain',
      },
    ])
  })

  it('takes the good rows and names each bad one by line and reason', () => {
    const text = [
      order(1, 'M25561', '1', 'Pain in right knee'),
      'M25561 1 Pain in right knee',
      order(3, 'M2556!', '1', 'Pain'),
      order(4, 'M5450', '2', 'Low back pain, unspecified'),
      '',
      order(6, 'M25561', '1', 'Pain in right knee'),
      `ABCDE${order(7, 'M5451', '1', 'Vertebrogenic low back pain').slice(5)}`,
    ].join('\n')
    const { rows, bad } = parseIcd10cmOrder(text)
    expect(rows.map((r) => r.code)).toEqual(['M25.561'])
    expect(bad).toEqual([
      { line: 2, reason: 'too short for the order-file layout (27 characters, at least 78)' },
      { line: 3, reason: '"M2556!" is not an ICD-10-CM code' },
      { line: 4, reason: 'header flag "2" is neither 0 nor 1' },
      { line: 6, reason: 'M25.561 is listed twice' },
      { line: 7, reason: 'columns 1-5 are not a 5-digit order number followed by a blank' },
    ])
  })
})

// Synthetic rows (X codes, made-up words) test the layout; only the sample ships real codes.
describe('parseHcpcs', () => {
  it('reads first lines, joins continuation lines, skips modifiers, refuses bad rows', () => {
    const text = [
      hcpcs('M0076', '00100', '3', 'Prolotherapy', 'Prolotherapy'),
      hcpcs(
        'X0001',
        '00100',
        '3',
        'Synthetic test row, first line of a long description',
        'Synthetic',
      ),
      hcpcs('X0001', '00200', '4', 'and its continuation'),
      hcpcs('   XX', '00100', '7', 'Synthetic modifier row', 'Modifier'),
      hcpcs('X0002', '00200', '4', 'continuation with no first line'),
      hcpcs('12345', '00100', '3', 'a CPT-shaped code', 'cpt'),
      hcpcs('X0003', '00100', '5', 'unknown record kind', 'x'),
    ].join('\n')
    const { rows, bad } = parseHcpcs(text)
    expect(rows.map((r) => [r.code, r.longDescription, r.shortDescription])).toEqual([
      ['M0076', 'Prolotherapy', 'Prolotherapy'],
      [
        'X0001',
        'Synthetic test row, first line of a long description and its continuation',
        'Synthetic',
      ],
    ])
    expect(bad).toEqual([
      { line: 5, reason: 'a continuation line (record 4) for X0002 before its first line' },
      { line: 6, reason: '"12345" is not a HCPCS Level II code' },
      { line: 7, reason: 'record identification code "5" is not 3, 4, 7 or 8' },
    ])
  })
})

describe('the shipped sample', () => {
  it('parses whole, M25.561 among its codes, M54.5 a header', () => {
    const icd = parseIcd10cmOrder(sampleIcd10cmOrder)
    expect(icd.bad).toEqual([])
    expect(icd.rows.find((r) => r.code === 'M25.561')?.billable).toBe(true)
    expect(icd.rows.find((r) => r.code === 'M54.5')?.billable).toBe(false)
    expect(parseHcpcs(sampleHcpcs)).toEqual({
      rows: [
        {
          code: 'M0076',
          billable: true,
          shortDescription: 'Prolotherapy',
          longDescription: 'Prolotherapy',
        },
      ],
      bad: [],
    })
  })
})

describe('versionFor', () => {
  it('ICD-10-CM fiscal years start October 1; HCPCS counts calendar years', () => {
    expect(versionFor('ICD-10-CM', '2025-09-30')).toBe('2025')
    expect(versionFor('ICD-10-CM', '2025-10-01')).toBe('2026')
    expect(versionFor('HCPCS', '2025-10-01')).toBe('2025')
  })
})
