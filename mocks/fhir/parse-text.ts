import type { PasParseResult } from '../../src/api/schemas/pas.ts'
import { mapPasBundle } from './bundle-to-case.ts'

/**
 * `$parse` for the case form: the dropped or pasted text, mapped as `$submit` would map
 * it, but nothing refused and nothing created. The reviewer completes what is unstated.
 */
export function parsePasText(text: string): PasParseResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {
      fields: {},
      unstated: [],
      issues: [
        {
          severity: 'error',
          expression: 'Bundle',
          message: 'The PAS request is not JSON: paste or drop a FHIR Bundle',
        },
      ],
    }
  }
  const { fields, unstated, issues } = mapPasBundle(value)
  return { fields, unstated, issues }
}
