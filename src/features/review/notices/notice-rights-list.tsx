import type { Citation, RightsSection } from './notice-template.ts'

/** A rule's source as a letter prints it: the cite alone, never a research note. */
export function Source({ source }: { source: Citation }) {
  return <li>{source.url ? <a href={source.url}>{source.cite}</a> : source.cite}</li>
}

/** The printed sources of a statement; plan rules and known gaps stay on the compliance view. */
export function SourceList({ sources }: { sources: Citation[] }) {
  const printed = sources.filter((s) => s.printed !== false)
  if (printed.length === 0) return null
  return (
    <>
      <p className="notice-letter__sources-label">Source:</p>
      <ul className="notice-letter__sources">
        {printed.map((src) => (
          <Source key={src.cite} source={src} />
        ))}
      </ul>
    </>
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
          <SourceList sources={s.sources} />
        </section>
      ))}
    </>
  )
}
