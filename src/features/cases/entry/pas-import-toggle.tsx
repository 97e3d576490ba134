import { lazy, Suspense, useState } from 'react'
import type { PasParseResult } from '../../../api/schemas/pas.ts'

// Loaded when asked for: a reviewer typing a case never waits for the PAS import.
const PasImport = lazy(() => import('./pas-import.tsx'))

/**
 * Most requests arrive by fax or phone and are typed, so the form comes first and the
 * PAS import is one button (one Tab) that opens the import box above the form.
 */
export function PasImportToggle({ onImport }: { onImport: (result: PasParseResult) => void }) {
  const [open, setOpen] = useState(false)
  return (
    <div className="pas-import-toggle">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="pas-import"
        onClick={() => setOpen((o) => !o)}
      >
        Import a PAS request
      </button>
      <div id="pas-import" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="hint">Loading the PAS import…</p>}>
            <PasImport onImport={onImport} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
