import { sql, type Kysely } from 'kysely'

/**
 * Code sets a plan loads (`npm run import:codes`): CMS's ICD-10-CM and HCPCS files, one
 * set per system and version (ICD-10-CM fiscal year, HCPCS calendar year), looked up by
 * (system, version, code). `code_set_versions` says which sets are loaded, from what
 * source, and whether a set is only the demo's sample.
 */
const statements = [
  `create table code_set_versions (
     system text not null,
     version text not null,
     source text not null,
     sample boolean not null,
     row_count integer not null,
     imported_at timestamptz not null,
     primary key (system, version)
   )`,
  `create table code_set_entries (
     system text not null,
     version text not null,
     code text not null,
     billable boolean not null,
     short_description text not null,
     long_description text not null,
     primary key (system, version, code),
     foreign key (system, version) references code_set_versions (system, version) on delete cascade
   )`,
  // Which versions hold a code (the primary key leads with the version's system).
  'create index code_set_entries_code on code_set_entries (system, code)',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table code_set_entries`.execute(db)
  await sql`drop table code_set_versions`.execute(db)
}
