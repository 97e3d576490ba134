import type { MetricsReport } from '../../api/schemas/metrics.ts'
import { csvFileName, metricsCsv } from './metrics-csv.ts'

/**
 * Downloads the table as CSV, made in the page from the service's answer. The Blob URL
 * lives only for the click: nothing about the figures stays in the browser afterwards.
 */
export function CsvDownload({ report }: { report: MetricsReport }) {
  function download() {
    const url = URL.createObjectURL(
      new Blob([metricsCsv(report)], { type: 'text/csv;charset=utf-8' }),
    )
    const a = document.createElement('a')
    a.href = url
    a.download = csvFileName(report)
    document.body.append(a)
    a.click()
    a.remove()
    // Revoked on the next turn, once the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <button type="button" className="button button--secondary" onClick={download}>
      Download the table as CSV
    </button>
  )
}
