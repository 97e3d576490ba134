import { sql, type Kysely } from 'kysely'
import type { Urgency } from '../../src/api/schemas/case-fields.ts'
import {
  BANDS,
  emptyMonthly,
  emptyUrgencyTally,
  type MetricsFilter,
  type MetricsTally,
} from '../../service/engine/metrics-tally.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>

/** The band of a time, as `bandOf` finds it: the first bound it is below (the last has none). */
const band = sql<number>`case ${sql.join(
  BANDS.slice(0, -1).map((b, i) => sql`when decided_ms < ${sql.lit(b.belowMs)} then ${sql.lit(i)}`),
  sql` `,
)} else ${sql.lit(BANDS.length - 1)} end`

/**
 * The metrics' tally in one statement (so every figure counts the same cases): the
 * year's decided cases of the line asked for, read once through an index on
 * `decided_year` (`cases_metrics`, server/migrations/0010, holds every column counted),
 * grouped by what the figures split them by, with the count and the summed
 * whole milliseconds of each group (a few hundred groups at most), and each urgency's
 * median. The median is `percentile_cont(0.5)`: the middle time, or the mean of the two
 * middle ones for an even count, exactly as service/engine/metrics-tally.ts `median`
 * (whole milliseconds, so the mean is exact either way).
 */
export function metricsQuery(db: Db, { year, lineOfBusiness }: MetricsFilter) {
  return (
    db
      // Read once from the index, then grouped twice.
      .with(
        (wb) => wb('year_decided').materialized(),
        () =>
          db
            .selectFrom('cases')
            .select([
              'urgency',
              'decided_month',
              'decided_action',
              'decided_on_time',
              'decided_ms',
              sql<boolean>`status = 'approved-on-appeal'`.as('on_appeal'),
            ])
            .where('decided_year', '=', year)
            .$if(lineOfBusiness !== null, (q) => q.where('line_of_business', '=', lineOfBusiness!)),
      )
      .with('medians', (q) =>
        q
          .selectFrom('year_decided')
          .select([
            'urgency',
            sql<number>`percentile_cont(0.5) within group (order by decided_ms)`.as('median_ms'),
          ])
          .groupBy('urgency'),
      )
      .with('groups', (q) =>
        q
          .selectFrom('year_decided')
          .select([
            'urgency',
            'decided_month',
            'decided_action',
            'decided_on_time',
            'on_appeal',
            band.as('band'),
            (eb) => eb.fn.countAll<string | number>().as('n'),
            sql<string | number>`sum(decided_ms)`.as('total_ms'),
          ])
          // `band` is the select list's name: Postgres groups by it when no column has it.
          .groupBy(['urgency', 'decided_month', 'decided_action', 'decided_on_time', 'on_appeal'])
          .groupBy(sql`band`),
      )
      .selectFrom('groups')
      .innerJoin('medians', 'medians.urgency', 'groups.urgency')
      .selectAll('groups')
      .select('medians.median_ms')
  )
}

export async function metricsTallySql(db: Db, filter: MetricsFilter): Promise<MetricsTally> {
  const tally: MetricsTally = {
    standard: emptyUrgencyTally(),
    expedited: emptyUrgencyTally(),
    monthly: emptyMonthly(),
  }
  for (const g of await metricsQuery(db, filter).execute()) {
    const t = tally[g.urgency as Urgency]
    const n = Number(g.n)
    const month = tally.monthly[g.decided_month! - 1]!
    t.decided += n
    if (g.decided_action === 'approve') {
      t.approved += n
      month.approved += n
    } else if (g.decided_action === 'deny') {
      t.denied += n
      month.denied += n
    }
    if (g.on_appeal) t.approvedOnAppeal += n
    if (g.decided_on_time) t.onTime += n
    t.totalMs += Number(g.total_ms)
    t.bands[g.band]! += n
    t.medianMs = Number(g.median_ms)
  }
  return tally
}
