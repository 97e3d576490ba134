import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../client.ts'
import { codeCheckAnswer, type CodeCheck, type CodeCheckAnswer } from '../schemas/code-check.ts'

type System = CodeCheckAnswer['system']

/**
 * Codes checked by the service against the code set in force on the date of service.
 * A POST: codes describe a member's health and stay out of addresses.
 */
export const codeCheckQueries = {
  check: (system: System, codes: readonly string[], dateOfService: string) =>
    queryOptions({
      queryKey: ['code-check', system, dateOfService, ...codes],
      queryFn: async ({ signal }) =>
        (
          await apiRequest('/code-checks', codeCheckAnswer, {
            method: 'POST',
            body: { system, codes, dateOfService },
            signal,
          })
        ).data,
      staleTime: Infinity,
      enabled: codes.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(dateOfService),
    }),
}

/** What a reviewer reads beside a checked code; `flag` when the code needs a second look. */
export function codeCheckWords(
  item: CodeCheck,
  answer: Pick<CodeCheckAnswer, 'system' | 'version' | 'set'>,
): { text: string; flag: boolean } {
  const set = `${answer.system} ${answer.system === 'ICD-10-CM' ? 'FY' : ''}${answer.version}`
  const sample = answer.set?.sample ? ' (this demo loads only a sample of it)' : ''
  switch (item.status) {
    case 'valid':
      return { text: `${item.code}: ${item.description}`, flag: false }
    case 'header':
      return {
        text: `${item.code}: ${item.description}: a category, not valid on a claim: use a more specific code`,
        flag: true,
      }
    case 'not-in-set':
      return {
        text: `${item.code}: not in the ${set} code set${sample}: invalid or retired for this date of service`,
        flag: true,
      }
    case 'no-set':
      return {
        text: `${item.code}: not checked: no ${set} code set is loaded for this date of service`,
        flag: true,
      }
    case 'not-a-code':
      return { text: `${item.input}: not a ${answer.system} code`, flag: true }
  }
}
