import { expect, it } from 'vitest'
import { isUnavailable } from '../../server/db/health.ts'

// What makes a request answer 503 (the database out of reach) rather than 500 (a bug).
const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

it('counts connection failures, by code or by the driver’s words, as the database out of reach', () => {
  for (const error of [
    withCode('08006'),
    withCode('57P01'),
    withCode('ECONNREFUSED'),
    withCode('ECONNRESET'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Client has encountered a connection error and is not queryable'),
    new Error('Client was closed and is not queryable'),
    new Error('PGlite is closed'),
  ])
    expect(isUnavailable(error), error.message).toBe(true)
})

it('does not count a query’s own error, or something not an Error', () => {
  for (const error of [
    withCode('23505', 'duplicate key value violates unique constraint'),
    withCode('42601', 'syntax error at or near "selct"'),
    withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
    new Error('boom'),
  ])
    expect(isUnavailable(error), error.message).toBe(false)
  expect(isUnavailable('Connection terminated')).toBe(false)
  expect(isUnavailable(null)).toBe(false)
})
