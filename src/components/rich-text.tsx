import { Link } from 'react-router'
import type { Inline, LinkTarget, Paragraph } from '../api/schemas/rich-text.ts'
import { useReadingCase, withReadingCase } from './reading-case.ts'

/**
 * Policy text as typed data becomes elements, never HTML: emphasis from the source
 * is kept, and the source's placeholder links become links inside the app.
 */
export function RichText({ value, policyId }: { value: Paragraph; policyId?: string }) {
  return (
    <>
      {value.map((part, i) => (
        <InlinePart key={i} part={part} policyId={policyId} />
      ))}
    </>
  )
}

export function RichParagraphs({ value, policyId }: { value: Paragraph[]; policyId?: string }) {
  return (
    <>
      {value.map((p, i) => (
        <p key={i}>
          <RichText value={p} policyId={policyId} />
        </p>
      ))}
    </>
  )
}

function InlinePart({ part, policyId }: { part: Inline; policyId?: string }) {
  if (typeof part === 'string') return <>{part}</>
  let node = <>{part.text}</>
  if (part.link) node = <PolicyLink target={part.link} policyId={policyId} text={part.text} />
  if (part.italic) node = <em>{node}</em>
  if (part.bold) node = <strong>{node}</strong>
  return node
}

/** Where a link of the source goes inside the app. */
export function policyLinkHref(target: LinkTarget, policyId?: string): string | null {
  switch (target.kind) {
    case 'evidence-row':
      return policyId
        ? `/policies/${policyId}/evidence?study=${encodeURIComponent(target.studyId)}`
        : null
    case 'code-check':
      return '/policies#code-check'
    case 'ncd':
      return null
  }
}

function PolicyLink({
  target,
  policyId,
  text,
}: {
  target: LinkTarget
  policyId?: string
  text: string
}) {
  const caseId = useReadingCase()
  if (target.kind === 'ncd') {
    // No outside links from this app: the NCD is named with its title and number.
    return (
      <cite className="ncd-ref" title={`National Coverage Determination ${target.number}`}>
        {text}
        <span className="visually-hidden"> (National Coverage Determination {target.number})</span>
      </cite>
    )
  }
  const href = policyLinkHref(target, policyId)
  if (!href) return <>{text}</>
  const label = target.kind === 'evidence-row' ? `${text}: ${studyName(target.studyId)}` : undefined
  return (
    <Link
      to={target.kind === 'evidence-row' ? withReadingCase(href, caseId) : href}
      aria-label={label}
      className="policy-link"
    >
      {text}
    </Link>
  )
}

/** "ongley-1987" → "Ongley 1987", so each "Evidence Table" link names its study. */
function studyName(id: string) {
  const name = id.replace(/-(\d{4})$/, ' $1')
  return name.charAt(0).toUpperCase() + name.slice(1)
}
