import type { Kysely } from 'kysely'
import {
  parseHcpcs,
  parseIcd10cmOrder,
  type BadRow,
  type CodeSystem,
} from '../../service/code-sets/parse.ts'
import { importCodeSet } from './code-sets.ts'
import type { Tables } from './schema.ts'

export type CodeFile = {
  system: CodeSystem
  version: string
  text: string
  source: string
  sample?: boolean
}
export type CodeFileReport = { system: CodeSystem; version: string; taken: number; bad: BadRow[] }

/**
 * Each file parsed, its good rows loaded as the version's whole set (one transaction per
 * file) and its bad rows reported by line and reason. A file with no good row loads
 * nothing, so an empty or wrong file never empties a loaded set.
 */
export async function importCodeFiles(
  db: Kysely<Tables>,
  files: CodeFile[],
): Promise<CodeFileReport[]> {
  const reports: CodeFileReport[] = []
  for (const f of files) {
    const { rows, bad } = f.system === 'ICD-10-CM' ? parseIcd10cmOrder(f.text) : parseHcpcs(f.text)
    if (rows.length > 0)
      await importCodeSet(db, {
        system: f.system,
        version: f.version,
        source: f.source,
        sample: f.sample ?? false,
        rows,
      })
    reports.push({ system: f.system, version: f.version, taken: rows.length, bad })
  }
  return reports
}
