import type { StoredCase } from '../../../api/schemas/case.ts'

/** A case as `caseQueries.detail` returns it: the record and the version it was read at. */
export type LoadedCase = StoredCase & { etag: string }
