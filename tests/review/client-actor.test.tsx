import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, transact } from '../../service/store.ts'
import { renderApp } from '../render-app.tsx'
import { auditTrail, openCaseFor } from './review-helpers.ts'

// A provider's system that sent a PAS request with its own token (server/auth/) is named
// as the client it is, never as a person in a role.
const client = {
  id: 'demo-pas-client',
  name: 'Demo provider system (DEMO ONLY)',
  role: 'client-system' as const,
  specialty: null,
}

describe('a case a client system submitted', () => {
  it('names the client in its facts and its audit trail', async () => {
    const c = await openCaseFor('u-md-1')
    await transact(
      (db) => {
        const stored = db.cases[c.id]!
        db.cases[c.id] = { ...stored, createdBy: client }
        const [created, ...rest] = db.audit[c.id] ?? []
        db.audit[c.id] = [{ ...created!, actor: client }, ...rest]
        return commit(null)
      },
      { cases: [c.id] },
    )
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const trail = await auditTrail()
    await waitFor(() =>
      expect(trail).toHaveTextContent('Demo provider system (DEMO ONLY), Client system'),
    )
    expect(screen.getAllByText(/Demo provider system \(DEMO ONLY\)/).length).toBeGreaterThan(1)
  })
})
