import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../client.ts'
import type { LineOfBusiness } from '../schemas/case-fields.ts'
import { metricsReport } from '../schemas/metrics.ts'

export type MetricsQuery = { year: number; lineOfBusiness: LineOfBusiness | null }

/** The service computes the figures; the screen only shows them. */
export const metricsQueries = {
  all: () => ['metrics'] as const,
  report: (q: MetricsQuery) =>
    queryOptions({
      queryKey: [...metricsQueries.all(), q],
      queryFn: async ({ signal }) =>
        (
          await apiRequest('/metrics', metricsReport, {
            signal,
            query: { year: q.year, lineOfBusiness: q.lineOfBusiness ?? undefined },
          })
        ).data,
    }),
}
