import { useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { policyQueries } from '../../../api/queries/policies.ts'
import { withReadingCase } from '../../../components/reading-case.ts'
import { policySections } from './policy-reading-links.tsx'
import './reading-panel.css'

/** What a link from the case page opens beside the case: a part of the policy, or its evidence. */
export type ReadingTarget =
  | { kind: 'policy'; policyId: string; section: string | null }
  | { kind: 'evidence'; policyId: string; study: string | null }

const POLICY_PATH = /^\/policies\/([^/]+)(\/evidence)?\/?$/

/**
 * The reading a link asks for, or null for any other link. Read from the link's own
 * address, so every link to the policy or its evidence (the "Read the policy" list, an
 * "Evidence Table" link in a quotation, a link inside the panel) opens in the panel.
 */
export function readingTargetOf(link: HTMLAnchorElement): ReadingTarget | null {
  const url = new URL(link.href, window.location.href)
  if (url.origin !== window.location.origin) return null
  const match = POLICY_PATH.exec(url.pathname)
  if (!match) return null
  const policyId = decodeURIComponent(match[1]!)
  return match[2]
    ? { kind: 'evidence', policyId, study: url.searchParams.get('study') }
    : { kind: 'policy', policyId, section: url.hash.length > 1 ? url.hash.slice(1) : null }
}

/**
 * The policy or its evidence tables beside the case, in a modal side panel: the case
 * stays mounted behind it, so its scroll position and a half-typed decision are where
 * they were. Escape or Close shuts it and focus goes back to the link that opened it.
 * What it shows (the policy document, the evidence viewer) is another feature's, so the
 * route composes it (src/app/case-reading.tsx) and hands it in as `children`.
 */
export function ReadingPanel({
  target,
  caseId,
  returnFocusTo,
  onClose,
  children,
}: {
  target: ReadingTarget
  caseId: string
  returnFocusTo: HTMLElement | null
  onClose: () => void
  children: ReactNode
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The link that opened the panel, kept from the first render: links inside the panel
  // change what it shows, not where focus returns.
  const opener = useRef(returnFocusTo)

  // A layout effect: open before any part inside moves focus to what was asked for (the
  // parts' own effects run after every layout effect, even with the policy cached).
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    headingRef.current?.focus()
    const back = opener.current
    return () => {
      if (dialog.open) dialog.close()
      // Only once closed: while the modal is open the case behind it cannot take focus.
      if (back?.isConnected) back.focus({ preventScroll: true })
    }
  }, [])

  const policy = useQuery(policyQueries.detail(target.policyId))
  const title = policy.data?.title ?? 'the policy'
  const base = `/policies/${encodeURIComponent(target.policyId)}`
  const isPart = (id: string) => target.kind === 'policy' && target.section === id

  return (
    <dialog
      ref={dialogRef}
      className="reading-panel"
      aria-labelledby="reading-panel-heading"
      onCancel={(e) => {
        // Escape: the case page closes the panel through its own state.
        e.preventDefault()
        onClose()
      }}
    >
      <div className="reading-panel__bar">
        <h2 id="reading-panel-heading" ref={headingRef} tabIndex={-1}>
          {target.kind === 'evidence' ? `Evidence tables: ${title}` : title}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close <span className="visually-hidden">and return to the case</span>
        </button>
      </div>
      <nav className="reading-panel__parts" aria-label="Parts of the policy">
        <ul>
          {policySections.map((s) => (
            <li key={s.id}>
              <Link
                to={withReadingCase(`${base}#${s.id}`, caseId)}
                aria-current={isPart(s.id) ? 'location' : undefined}
              >
                {s.label}
              </Link>
            </li>
          ))}
          <li>
            <Link
              to={withReadingCase(`${base}/evidence`, caseId)}
              aria-current={target.kind === 'evidence' ? 'location' : undefined}
            >
              Evidence tables
            </Link>
          </li>
        </ul>
      </nav>
      <p className="hint reading-panel__hint">
        The policy as it reads today. Sections and studies a medical director opens here are
        recorded on the case&rsquo;s audit trail.
      </p>
      <div className="reading-panel__body">{children}</div>
    </dialog>
  )
}
