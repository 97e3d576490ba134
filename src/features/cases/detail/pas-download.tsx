import { useMutation } from '@tanstack/react-query'
import { fetchPasResponse } from '../../../api/queries/pas.ts'
import { ErrorMessage } from '../../../components/query-state.tsx'
import type { LoadedCase } from './loaded-case.ts'

/** Saves JSON as a file through a Blob URL: the answer never goes into an address. */
function saveJson(value: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/fhir+json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

/**
 * For a case that came in through Da Vinci PAS: the ClaimResponse Bundle as the
 * provider's system would get it now (pended, certified or not certified), built by
 * the service from the case's current decision.
 */
export function PasDownload({ data }: { data: LoadedCase }) {
  const download = useMutation({
    mutationFn: () => fetchPasResponse(data.id),
    onSuccess: (bundle) => saveJson(bundle, `${data.reference}-pas-response.json`),
  })
  if (data.source?.kind !== 'pas') return null
  return (
    <section className="pas-download" aria-labelledby="pas-download-heading">
      <h2 id="pas-download-heading">Da Vinci PAS</h2>
      <p>This request came in through the PAS API. Its answer follows the case’s decision.</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? 'Preparing…' : 'Download the PAS response'}
      </button>
      <p role="status" className="hint">
        {download.isSuccess ? 'The PAS response was downloaded.' : ''}
      </p>
      {download.isError && (
        <ErrorMessage
          error={download.error}
          title="The PAS response was not downloaded"
          onRetry={() => download.mutate()}
        />
      )}
    </section>
  )
}
