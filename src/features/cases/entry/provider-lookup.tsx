import { lookUpProvider } from '../../../api/queries/members.ts'
import { isValidNpi } from '../../../domain/npi.ts'
import { AddressLines, SyntheticTag } from './party-card.tsx'
import { useLookup, type Lookup } from './use-lookup.ts'
import type { ProviderRecord } from '../../../api/schemas/member.ts'

function said(l: Lookup<ProviderRecord>, npi: string): string {
  if (l.state === 'idle' || l.key !== npi) return ''
  if (l.state === 'loading') return 'Looking up the provider directory…'
  if (l.state === 'none')
    return 'No provider directory entry for this NPI; you can still enter the case.'
  if (l.state === 'failed')
    return `The provider could not be looked up: ${l.message} You can still enter the case.`
  return `Provider found: ${l.record.name}, ${l.record.specialty}.`
}

/** The requesting provider's directory entry by NPI: shown to confirm, nothing filled. */
export function ProviderLookup({ npi, onInvalid }: { npi: string; onInvalid: () => void }) {
  const { lookup, lookUp } = useLookup(lookUpProvider)
  const key = npi.trim()
  const p = lookup.state === 'found' && lookup.key === key ? lookup.record : null
  return (
    <div className="party-lookup">
      <button
        type="button"
        className="button button--secondary"
        disabled={lookup.state === 'loading'}
        onClick={() => (isValidNpi(key) ? void lookUp(key) : onInvalid())}
      >
        Look up provider
      </button>
      <p role="status" className="hint party-lookup__status">
        {said(lookup, key)}
      </p>
      {p && (
        <div className="party-card" role="group" aria-label="Provider directory entry">
          <p className="party-card__name">
            {p.name} <SyntheticTag synthetic={p.synthetic} />
          </p>
          <p>{p.specialty}</p>
          <p className="party-card__address">
            <AddressLines address={p.address} />
          </p>
          <p>
            Phone {p.phone}
            {p.fax ? `, fax ${p.fax}` : ''}
          </p>
        </div>
      )}
    </div>
  )
}
