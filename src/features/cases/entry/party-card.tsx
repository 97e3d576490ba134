import type { PostalAddress } from '../../../api/schemas/member.ts'

/** An address as it would go on an envelope, one line per line. */
export function AddressLines({ address }: { address: PostalAddress }) {
  return (
    <>
      {address.lines.map((line, i) => (
        <span key={i} className="party-card__line">
          {line}
        </span>
      ))}
      <span className="party-card__line">
        {address.city}, {address.state} {address.postalCode}
      </span>
    </>
  )
}

/** Says a record is made up for the demo, wherever one is shown. */
export function SyntheticTag({ synthetic }: { synthetic: boolean }) {
  return synthetic ? <span className="tag">Synthetic record</span> : null
}
