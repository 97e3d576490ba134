import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../server/db/open.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string
  }
}

/**
 * Creating a PGlite database takes seconds; opening a copy of one takes one. So one
 * migrated database is made here, and each test file's server starts on its own copy.
 */
export default async function setup(project: TestProject) {
  const templateDir = mkdtempSync(join(tmpdir(), 'criteria-contract-template-'))
  const { db } = await openDatabase({ dataDir: templateDir })
  await db.destroy()
  project.provide('templateDir', templateDir)
  return () => rmSync(templateDir, { recursive: true, force: true })
}
