import type { LetterAddress, LetterBlock, LetterContent } from '../../../api/schemas/letter.ts'
import { RichText } from '../../../components/rich-text.tsx'
import { Row } from '../decision-words.tsx'

/**
 * A letter drawn from its content as data (an issued record, or a preview composed from
 * today's template): the return address and the recipient placed for a window envelope
 * on paper (notices.css), then the letter's blocks in order. Nothing here decides what a
 * letter says; src/letters/compose.ts did, once.
 */
export function LetterView({ content }: { content: LetterContent }) {
  return (
    <article className="notice-letter" aria-labelledby="page-heading">
      <div className="letter-envelope">
        <Address label="From" className="letter-envelope__from" value={content.returnAddress} />
        <Address label="To" className="letter-envelope__to" value={content.recipient} />
      </div>
      <p className="letter-title print-only">{content.title}</p>
      {content.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </article>
  )
}

function Address({
  label,
  className,
  value,
}: {
  label: string
  className: string
  value: LetterAddress
}) {
  return (
    <address aria-label={label} className={`${className}${value.notHeld ? ' not-held' : ''}`}>
      {value.lines.map((line, i) => (
        <span key={i} className="letter-envelope__line">
          {line}
        </span>
      ))}
    </address>
  )
}

/** The printed sources of a statement: the cite alone, linked where its text can be read. */
function Sources({ items }: { items: { cite: string; url: string | null }[] }) {
  if (items.length === 0) return null
  return (
    <>
      <p className="notice-letter__sources-label">Source:</p>
      <ul className="notice-letter__sources">
        {items.map((s) => (
          <li key={s.cite}>{s.url ? <a href={s.url}>{s.cite}</a> : s.cite}</li>
        ))}
      </ul>
    </>
  )
}

function Block({ block: b }: { block: LetterBlock }) {
  switch (b.kind) {
    case 'facts':
      return (
        <dl className="summary-list">
          {b.rows.map((r) => (
            <Row key={r.term} term={r.term}>
              <span className={r.notHeld ? 'not-held' : undefined}>
                {r.lines.map((line, i) => (
                  <span key={i}>
                    {i > 0 && <br />}
                    {r.at ? <time dateTime={r.at}>{line}</time> : line}
                  </span>
                ))}
              </span>
            </Row>
          ))}
        </dl>
      )
    case 'heading':
      return b.level === 2 ? <h2>{b.text}</h2> : <h3>{b.text}</h3>
    case 'paragraph':
      return (
        <p
          dir={b.written ? 'auto' : undefined}
          className={b.notHeld ? 'not-held' : b.written ? 'notice-letter__reason' : undefined}
        >
          {b.text}
        </p>
      )
    case 'criterion':
      return (
        <>
          <strong>{b.title}</strong>
          <blockquote className="criterion-quote">
            <p>
              <RichText value={b.quoted} />
            </p>
          </blockquote>
          <span className="hint">Source: {b.source}</span>
        </>
      )
    case 'sources':
      return <Sources items={b.items} />
    case 'section':
      return (
        <section className="notice-letter__section" aria-labelledby={`right-${b.id}`}>
          <h3 id={`right-${b.id}`}>{b.heading}</h3>
          {b.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <Sources items={b.sources} />
        </section>
      )
  }
}
