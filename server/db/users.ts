import type { Kysely } from 'kysely'
import { demoUsers } from '../../service/data/users.ts'
import type { Tables } from './schema.ts'
import { demoAccounts } from '../auth/demo-accounts.ts'
import { hashPassword } from '../auth/passwords.ts'

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

/**
 * The embedded identity provider's demo accounts get their password hashes once (the
 * users table never holds a password; server/auth/demo-accounts.ts lists the passwords).
 */
export async function seedDemoPasswords(db: Kysely<Tables>) {
  for (const account of demoAccounts) {
    const row = await db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', account.username)
      .executeTakeFirst()
    if (!row || row.password_hash) continue
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword(account.password) })
      .where('id', '=', account.username)
      .execute()
  }
}
