import type { Citation, RightsSection } from './notice-template.ts'

/** A rule's source as the notice prints it, flagged where its text was not confirmed. */
export function Source({ source }: { source: Citation }) {
  return (
    <li>
      {source.url ? <a href={source.url}>{source.cite}</a> : source.cite}
      {!source.confirmed && (
        <strong className="notice-letter__unconfirmed"> (not confirmed against its text)</strong>
      )}
      <span className="notice-letter__source-note">{source.note}</span>
    </li>
  )
}

/** The rights of the notice's template, each with the rule it comes from. */
export function RightsList({
  sections,
  extra = {},
}: {
  sections: RightsSection[]
  /** Decision-specific sentences appended to a section, by section id. */
  extra?: Record<string, string[]>
}) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} className="notice-letter__section" aria-labelledby={`right-${s.id}`}>
          <h3 id={`right-${s.id}`}>{s.heading}</h3>
          {[...s.paragraphs, ...(extra[s.id] ?? [])].map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p className="notice-letter__sources-label">Source:</p>
          <ul className="notice-letter__sources">
            {s.sources.map((src) => (
              <Source key={src.cite} source={src} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
