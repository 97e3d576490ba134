import type { Kysely } from 'kysely'
import { demoUsers } from '../../service/data/users.ts'
import type { Tables } from './schema.ts'

/** The demo users, kept current on every start (sessions refer to them). */
export async function seedUsers(db: Kysely<Tables>) {
  const rows = demoUsers.map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role,
    body: JSON.stringify(u),
  }))
  await db
    .insertInto('users')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        role: eb.ref('excluded.role'),
        body: eb.ref('excluded.body'),
      })),
    )
    .execute()
}
