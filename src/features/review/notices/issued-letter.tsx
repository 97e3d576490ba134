import { useQuery } from '@tanstack/react-query'
import { caseQueries } from '../../../api/queries/cases.ts'
import type { StoredCase } from '../../../api/schemas/case.ts'
import type { LetterRecipient } from '../../../api/schemas/letter.ts'
import { QueryView } from '../../../components/query-view.tsx'
import { formatInZone } from '../../../domain/time-zone.ts'
import type { Audience, ComposedLetter } from '../../../letters/compose.ts'
import { LetterView } from './letter-view.tsx'
import { templateName } from './template-name.ts'

const recipientOf: Record<Audience, LetterRecipient> = {
  member: 'member',
  provider: 'requesting-provider',
}

/**
 * The letter a decision issued, read from the service's record of it: what was sent,
 * whatever the templates say now. A decision recorded before letters were kept has no
 * record; its letter is then composed from today's template and labelled a preview,
 * on screen and on paper, so it is never taken for the letter that went out.
 */
export function IssuedLetter({
  c,
  decisionId,
  audience,
  preview,
}: {
  c: StoredCase
  decisionId: string
  audience: Audience
  preview: () => ComposedLetter
}) {
  const letters = useQuery(caseQueries.letters(c.id))
  return (
    <QueryView query={letters} loading="Loading the letter…">
      {({ items }) => {
        const issued = items.find(
          (l) => l.decisionId === decisionId && l.recipient === recipientOf[audience],
        )
        if (!issued)
          return (
            <>
              <p className="notice notice--warning letter-preview" role="note">
                Preview, not the letter as issued: this decision was recorded before the service
                kept its letters, so this is composed from today’s template.
              </p>
              <LetterView content={preview().content} />
            </>
          )
        return (
          <>
            <LetterView content={issued.content} />
            <section className="letter-record no-print" aria-label="Letter record">
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>Issued</dt>
                  <dd>
                    <time dateTime={issued.issuedAt}>
                      {formatInZone(new Date(issued.issuedAt), c.turnaround.timeZone)}
                    </time>
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>Letter template</dt>
                  <dd>
                    {templateName(issued.templateId)}, version {issued.templateVersion}
                  </dd>
                </div>
                <div className="summary-list__row">
                  {/* The record's check value: a copy whose words differ has another one. */}
                  <dt>Fingerprint, to check a copy is unchanged</dt>
                  <dd className="letter-record__hash">{issued.contentHash}</dd>
                </div>
              </dl>
            </section>
          </>
        )
      }}
    </QueryView>
  )
}
