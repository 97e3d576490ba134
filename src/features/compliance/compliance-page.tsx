import './compliance.css'

/** One statement a letter or a clock relies on, with its source and what is known of it. */
export type ComplianceEntry = {
  key: string
  statement: string
  source: { cite: string; url: string | null; confirmed: boolean; note: string }
  /** Whether the cite prints on the letter (a plan rule, a clock or a known gap does not). */
  printed: boolean
}
export type ComplianceGroup = { id: string; title: string; entries: ComplianceEntry[] }

function Entry({ entry: e }: { entry: ComplianceEntry }) {
  return (
    <li className="compliance-entry">
      <p dir="auto">{e.statement}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Source</dt>
          <dd>{e.source.url ? <a href={e.source.url}>{e.source.cite}</a> : e.source.cite}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Text confirmed against the source</dt>
          <dd>
            {e.source.confirmed ? (
              'Yes'
            ) : (
              <strong className="compliance-entry__unconfirmed">No</strong>
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{e.source.confirmed ? 'What was read' : 'What is not known'}</dt>
          <dd>{e.source.note || 'No note recorded.'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Printed on the letter</dt>
          <dd>{e.printed ? 'Yes, as its source' : 'No (a plan rule, a clock, or a known gap)'}</dd>
        </div>
      </dl>
    </li>
  )
}

/**
 * The research behind the letters and clocks, for a compliance officer: every rule, its
 * source, and whether its text was confirmed. The same data the letters print from.
 */
export function CompliancePage({ groups }: { groups: ComplianceGroup[] }) {
  const all = groups.flatMap((g) => g.entries)
  const unconfirmed = all.filter((e) => !e.source.confirmed).length
  return (
    <>
      <p className="lede">
        Every rule the member and provider letters and the appeal clocks rely on: the statement, its
        source, and whether its text was confirmed against the source. Letters print the statement
        and its cite only. {all.length} statements are listed; {unconfirmed} rest on a source whose
        text was not confirmed.
      </p>
      <nav aria-label="On this page">
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} id={g.id} aria-labelledby={`${g.id}-heading`}>
          <h2 id={`${g.id}-heading`}>{g.title}</h2>
          <ul className="compliance-list">
            {g.entries.map((e) => (
              <Entry key={e.key} entry={e} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
