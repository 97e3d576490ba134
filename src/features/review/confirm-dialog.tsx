import { useEffect, useRef, type ReactNode } from 'react'

type Props = {
  open: boolean
  title: string
  confirmLabel: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  children: ReactNode
}

/**
 * A native modal <dialog>: showModal gives the focus trap, the inert page behind and
 * Escape. Escape (the dialog's cancel event) cancels through React state, so the
 * dialog's open state is never out of step with the screen's. Focus goes to the title
 * on open, so the question is read first, and back to where it was on close.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
  children,
}: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const returnTo = useRef<Element | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement
      dialog.showModal()
      titleRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected)
        returnTo.current.focus()
    }
  }, [open])

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onCancel()
      }}
    >
      <h2 id="confirm-dialog-title" ref={titleRef} tabIndex={-1}>
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
