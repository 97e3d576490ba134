import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../client.ts'
import { knownDiagnosisCodes, type KnownDiagnosisCode } from '../schemas/diagnosis-codes.ts'

export const diagnosisCodeQueries = {
  known: () =>
    queryOptions({
      queryKey: ['diagnosis-codes'],
      queryFn: async ({ signal }) =>
        (await apiRequest('/diagnosis-codes', knownDiagnosisCodes, { signal })).data,
      staleTime: Infinity,
    }),
}

/** The known entry for a normalized code, or undefined when the app does not know it. */
export function findKnownCode(
  items: readonly KnownDiagnosisCode[] | undefined,
  code: string,
): KnownDiagnosisCode | undefined {
  return items?.find((k) => k.code === code)
}
