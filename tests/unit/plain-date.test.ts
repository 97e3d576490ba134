import { describe, expect, it } from 'vitest'
import {
  formatPlainDate,
  isReviewOverdue,
  reviewedAgo,
  yearsBetween,
} from '../../src/domain/plain-date.ts'
import { retiredCodeMessage } from '../../src/domain/retired-codes.ts'

describe('plain dates', () => {
  it('writes a YYYY-MM-DD date as day, short month and year', () => {
    expect(formatPlainDate('2023-11-07')).toBe('7 Nov 2023')
    expect(formatPlainDate('2026-09-30')).toBe('30 Sep 2026')
  })
  it('returns anything else as given, never guessed', () => {
    for (const text of ['7 Nov 2023', '2023-11-7', 'x2023-11-07', '2023-11-07x', '2023-1a-07'])
      expect(formatPlainDate(text)).toBe(text)
    expect(formatPlainDate('2023-13-45')).toBe('2023-13-45')
  })
  it('counts whole years, and says them in words', () => {
    expect(yearsBetween('2002-06-15', '2026-06-15')).toBe(24)
    expect(yearsBetween('2002-06-15', '2026-06-14')).toBe(23)
    expect(reviewedAgo('2026-01-01', '2026-12-31')).toBe('reviewed less than a year ago')
    expect(reviewedAgo('2025-06-15', '2026-06-15')).toBe('reviewed 1 year ago')
    expect(reviewedAgo('2002-06-15', '2026-06-15')).toBe('reviewed 24 years ago')
  })
  it('a review more than 12 months old is overdue', () => {
    expect(isReviewOverdue('2025-06-15', '2026-06-15')).toBe(false)
    expect(isReviewOverdue('2025-06-14', '2026-06-15')).toBe(true)
    expect(isReviewOverdue('0999-01-01', '1000-01-02')).toBe(true)
  })
})

describe('retired diagnosis codes', () => {
  const message =
    'Diagnosis code M54.5 was retired on 2021-10-01 and is not valid for this date of service: use M54.50, M54.51 or M54.59'
  it('refuses M54.5 from the day it was retired, whichever way it is typed', () => {
    expect(retiredCodeMessage(['M54.50', 'm545'], '2021-10-01')).toBe(message)
    expect(retiredCodeMessage(['M54.5'], '2026-01-01')).toBe(message)
  })
  it('accepts it before then, other codes, and no date of service', () => {
    expect(retiredCodeMessage(['M54.5'], '2021-09-30')).toBeUndefined()
    expect(retiredCodeMessage(['M54.50'], '2026-01-01')).toBeUndefined()
    for (const date of ['', '2026-1-01', 'x2026-01-01', '2026-01-01x', '2026-01-0a'])
      expect(retiredCodeMessage(['M54.5'], date)).toBeUndefined()
  })
})
