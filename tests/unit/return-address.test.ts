import { describe, expect, it } from 'vitest'
import { returnPathFor, safeReturnPath } from '../../src/domain/return-address.ts'

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

describe('whose address sign-in returns to', () => {
  it('returns the person whose session ended there, and nobody else', () => {
    const state = { from: '/cases/new?draft=d-1', fromUser: 'u-rev-1' }
    expect(returnPathFor(state, 'u-rev-1')).toBe('/cases/new?draft=d-1')
    expect(returnPathFor(state, 'u-md-1')).toBe('/')
    expect(returnPathFor(state, undefined)).toBe('/')
  })

  it('an address nobody was signed in on is the visitor’s own; a crafted one is still refused', () => {
    expect(returnPathFor({ from: '/policies' }, 'u-md-1')).toBe('/policies')
    expect(returnPathFor({ from: '//evil.example/x' }, 'u-md-1')).toBe('/')
    expect(returnPathFor(null, 'u-md-1')).toBe('/')
  })
})
