/** The linked study is not among the rows shown: say why, and offer a way to it. */
export function LinkedStudyNotice({ known, onShowAll }: { known: boolean; onShowAll: () => void }) {
  if (!known)
    return (
      <p className="notice notice--warning">
        The linked study is not in this policy&rsquo;s evidence tables.
      </p>
    )
  return (
    <div className="notice notice--warning">
      <p>The linked study is hidden by the current filters.</p>
      <button type="button" className="button button--secondary" onClick={onShowAll}>
        Show all studies
      </button>
    </div>
  )
}
