import { useEffect, useId, useRef, type ReactNode } from 'react'

type Props = {
  open: boolean
  title: string
  confirmLabel: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  /** Where focus goes on close, if not back to the opener (e.g. a result to announce). */
  focusAfterClose?: () => HTMLElement | null
  children: ReactNode
}

/**
 * A native modal <dialog>: showModal gives the focus trap, the inert page behind and
 * Escape. Escape (the dialog's cancel event) cancels through React state, so the
 * dialog's open state is never out of step with the screen's. Focus goes to the title
 * on open, so the question is read first; on close, to the result if there is one,
 * otherwise back to where it was.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
  focusAfterClose,
  children,
}: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const returnTo = useRef<Element | null>(null)
  // The case page holds two of these (the decision's and the appeal's): one title id each.
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement
      dialog.showModal()
      titleRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      // Only after close: while the modal is open the page behind it is inert and cannot take focus.
      const target = focusAfterClose?.() ?? returnTo.current
      if (target instanceof HTMLElement && target.isConnected) target.focus()
    }
  }, [open, focusAfterClose])

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onCancel()
      }}
    >
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <div className="button-row">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>
          {busy ? 'Recording…' : confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={busy}
        >
          Cancel
        </button>
      </div>
    </dialog>
  )
}
