import { Radios } from '../../components/form/radios.tsx'
import { fieldIds } from './decision-form-values.ts'

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const

/** On a denial, first or on appeal: a required yes or no, with no default. */
export function PeerToPeerChoice({
  value,
  error,
  onChange,
}: {
  value: 'yes' | 'no' | ''
  error?: string
  onChange: (value: 'yes' | 'no') => void
}) {
  return (
    <Radios
      id={fieldIds.peerToPeerOffered}
      legend="Peer-to-peer conversation offered to the requesting provider?"
      error={error}
      options={yesNo}
      value={value}
      onChange={onChange}
    />
  )
}
