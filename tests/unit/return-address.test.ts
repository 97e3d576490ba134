import { describe, expect, it } from 'vitest'
import { safeReturnPath } from '../../src/domain/return-address.ts'

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/cases/case-123',
    '/cases?status=denied&sort=-dueAt',
    '/policies/prolotherapy-sclerotherapy#criteria',
  ])('keeps the app path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path)
  })

  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '///evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example/x',
    'javascript:alert(1)',
    'evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    '',
    '/sign-in',
    '/sign-in?next=/cases',
    '/' + 'a'.repeat(2001),
    null,
    undefined,
    42,
    { pathname: '/cases' },
  ])('sends %j to the worklist', (value) => {
    expect(safeReturnPath(value)).toBe('/')
  })

  it('normalizes dot segments without leaving the origin', () => {
    expect(safeReturnPath('/cases/../policies')).toBe('/policies')
    expect(safeReturnPath('/../../evil.example')).toBe('/evil.example')
  })
})
