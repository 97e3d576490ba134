import { Link } from 'react-router'
import { withReadingCase } from '../../../components/reading-case.ts'
import type { LoadedCase } from './loaded-case.ts'

/** The policy panel's parts a decider reads, by the anchors the panel gives them. */
export const policySections = [
  { id: 'criteria', label: 'Criteria' },
  { id: 'background', label: 'Background' },
  { id: 'mtac', label: 'MTAC reviews' },
  { id: 'codes', label: 'Applicable codes' },
] as const

/**
 * Links into the whole criteria document, carrying the opaque case id: a medical
 * director's opening of a section is recorded on this case's audit trail. On the case
 * page they open beside the case (see reading-panel.tsx), which says so; the addresses
 * stay real, so a new browser tab still opens the full page.
 */
export function PolicyReadingLinks({ data }: { data: LoadedCase }) {
  const policy = data.determination.policy
  if (!policy) return null
  const base = `/policies/${encodeURIComponent(policy.id)}`
  return (
    <nav className="policy-reading no-print" aria-labelledby="policy-reading-heading">
      <h2 id="policy-reading-heading" className="policy-reading__title">
        Read the policy
      </h2>
      <ul className="policy-reading__links">
        {policySections.map((s) => (
          <li key={s.id}>
            <Link to={withReadingCase(`${base}#${s.id}`, data.id)}>{s.label}</Link>
          </li>
        ))}
        <li>
          <Link to={withReadingCase(`${base}/evidence`, data.id)}>Evidence tables</Link>
        </li>
      </ul>
    </nav>
  )
}
