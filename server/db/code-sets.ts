import type { Kysely } from 'kysely'
import type { CodeEntry } from '../../service/code-sets/parse.ts'
import type { CodeSetStore } from '../../service/store.ts'
import type { Tables } from './schema.ts'

const BATCH = 1_000

/**
 * Loads one code set (system and version) in one transaction: the version's rows are
 * replaced whole, so a later file of the same version (a quarterly HCPCS file, an April
 * ICD-10-CM update) leaves no code of the earlier one behind, and a failure leaves the
 * set as it was. Only parsed rows come here: the bad ones were refused before.
 */
export async function importCodeSet(
  db: Kysely<Tables>,
  set: { system: string; version: string; source: string; sample: boolean; rows: CodeEntry[] },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('code_set_versions')
      .where('system', '=', set.system)
      .where('version', '=', set.version)
      .execute()
    await trx
      .insertInto('code_set_versions')
      .values({
        system: set.system,
        version: set.version,
        source: set.source,
        sample: set.sample,
        row_count: set.rows.length,
        imported_at: new Date().toISOString(),
      })
      .execute()
    for (let i = 0; i < set.rows.length; i += BATCH)
      await trx
        .insertInto('code_set_entries')
        .values(
          set.rows.slice(i, i + BATCH).map((r) => ({
            system: set.system,
            version: set.version,
            code: r.code,
            billable: r.billable,
            short_description: r.shortDescription,
            long_description: r.longDescription,
          })),
        )
        .execute()
  })
}

/** The code sets as the service reads them: by (system, version, code), on the key. */
export function sqlCodeSets(db: Kysely<Tables>): CodeSetStore {
  return {
    async versions(system) {
      const rows = await db
        .selectFrom('code_set_versions')
        .select(['system', 'version', 'source', 'sample'])
        .where('system', '=', system)
        .execute()
      return rows
    },
    async lookup(system, version, codes) {
      if (codes.length === 0) return []
      const rows = await db
        .selectFrom('code_set_entries')
        .select(['code', 'billable', 'short_description', 'long_description'])
        .where('system', '=', system)
        .where('version', '=', version)
        .where('code', 'in', codes)
        .execute()
      return rows.map((r) => ({
        code: r.code,
        billable: r.billable,
        shortDescription: r.short_description,
        longDescription: r.long_description,
      }))
    },
  }
}
