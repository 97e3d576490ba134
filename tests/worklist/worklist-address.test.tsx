import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, useLocation, useNavigate } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useWorklistSearch } from '../../src/features/cases/worklist/use-worklist-address.ts'

// The worklist shows a filter change at once and writes it to the address later
// (use-worklist-address.ts). A person can change a filter again while an earlier write
// is landing: the later change must survive it. Any other move of the address (Back, a
// link) drops a change not yet written.

function useHarness() {
  const worklist = useWorklistSearch()
  return { ...worklist, navigate: useNavigate(), address: useLocation().search }
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/?view=all']}>{children}</MemoryRouter>
)
const params = (s: string) => new URLSearchParams(s)

describe('a worklist change and the address', () => {
  it('shows a change at once and clears it once its own write lands', () => {
    const { result } = renderHook(useHarness, { wrapper })
    act(() => result.current.show(params('view=all&status=denied')))
    expect(result.current.search.toString()).toBe('view=all&status=denied')
    expect(result.current.address).toBe('?view=all')
    act(() => result.current.write(params('view=all&status=denied')))
    expect(result.current.address).toBe('?view=all&status=denied')
    expect(result.current.unwritten).toBeNull()
    expect(result.current.search.toString()).toBe('view=all&status=denied')
  })

  it('keeps a change made while an earlier write was landing', () => {
    const { result } = renderHook(useHarness, { wrapper })
    act(() => result.current.show(params('view=all&status=denied')))
    act(() => {
      result.current.write(params('view=all&status=denied'))
      // The next click, before the router has rendered the written address.
      result.current.show(params('view=all&overdue=true'))
    })
    expect(result.current.address).toBe('?view=all&status=denied')
    expect(result.current.unwritten?.toString()).toBe('view=all&overdue=true')
    expect(result.current.search.toString()).toBe('view=all&overdue=true')
  })

  it('drops a change not yet written when the address moves some other way', () => {
    const { result } = renderHook(useHarness, { wrapper })
    act(() => result.current.show(params('view=all&status=denied')))
    act(() => void result.current.navigate('/'))
    expect(result.current.unwritten).toBeNull()
    expect(result.current.search.toString()).toBe('')
    // Back to the entry the change was made on: it shows that entry, not the change.
    act(() => void result.current.navigate(-1))
    expect(result.current.address).toBe('?view=all')
    expect(result.current.search.toString()).toBe('view=all')
  })
})
