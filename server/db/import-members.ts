import { sql, type Kysely } from 'kysely'
import type { ParsedImport } from '../../service/members/import-parse.ts'
import type { Tables } from './schema.ts'

/**
 * Writes an import's taken rows: every one in one transaction, so the file's good rows
 * are all on file or (the database failed) none is; a refused row was never going to be
 * written. A record already on file under the same key is replaced. A database that was
 * never seeded is refused: the service's first start would replace every table with its
 * seed, the imported records with them.
 */
export async function writeImport(db: Kysely<Tables>, parsed: ParsedImport) {
  const seeded = await db
    .selectFrom('change_counter')
    .select('id')
    .where('id', '=', 1)
    .executeTakeFirst()
  if (!seeded)
    throw new Error(
      'The database holds no seed yet: start the service on it once (npm run serve) or run npm run seed, then import.',
    )
  await db.transaction().execute(async (trx) => {
    for (const { key, record } of parsed.members)
      await trx
        .insertInto('members')
        .values({ member_id: key, body: JSON.stringify(record) })
        .onConflict((oc) => oc.column('member_id').doUpdateSet({ body: JSON.stringify(record) }))
        .execute()
    for (const { key, record } of parsed.providers)
      await trx
        .insertInto('providers')
        .values({ npi: key, body: JSON.stringify(record) })
        .onConflict((oc) => oc.column('npi').doUpdateSet({ body: JSON.stringify(record) }))
        .execute()
    await trx
      .updateTable('change_counter')
      .set({ counter: sql`counter + 1` })
      .where('id', '=', 1)
      .execute()
  })
}

/** The report a person reads: every row, taken or refused, then the totals. */
export function importReport(parsed: ParsedImport): string[] {
  const taken = [...parsed.members, ...parsed.providers]
  const width = Math.max(8, ...[...taken, ...parsed.refused].map((r) => r.at.length))
  return [
    ...taken.map((t) => `taken    ${t.at.padEnd(width)}  ${t.key}`),
    ...parsed.refused.map((r) => `refused  ${r.at.padEnd(width)}  ${r.reason}`),
    `Taken ${taken.length}, refused ${parsed.refused.length}.`,
  ]
}
