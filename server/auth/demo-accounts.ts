import { demoUsers } from '../../service/data/users.ts'
import { roleLabels } from '../../src/api/role-labels.ts'

/**
 * The embedded identity provider's demo accounts: the demo users, each with a password
 * that is public on purpose (the login page and the README list them). Synthetic people
 * for a demo: a plan's own identity provider replaces them (OIDC_ISSUER).
 */
export const demoAccounts = demoUsers.map((u) => ({
  username: u.id,
  password: `demo-${u.id}`,
  label: `${u.name}, ${roleLabels[u.role]}`,
}))
