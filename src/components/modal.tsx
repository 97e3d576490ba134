import { useEffect, useRef, type ReactNode } from 'react'
import './modal.css'

type Props = {
  open: boolean
  /** The dialog's heading: it names the dialog. */
  title: ReactNode
  /** Unique on the page: the heading's id. */
  titleId: string
  /** The id of the sentence that says what the dialog is about, if one does. */
  describedBy?: string
  /** Escape (the dialog's cancel event): the screen decides, through its own state. */
  onCancel: () => void
  /** Focus the heading on open, so the question is read first (else the first control). */
  focusTitle?: boolean
  /** Where focus goes on close, if not back to where it was (e.g. a result to announce). */
  focusAfterClose?: () => HTMLElement | null
  narrow?: boolean
  children: ReactNode
}

/**
 * A native modal <dialog>: showModal gives the focus trap, the inert page behind and
 * Escape. The dialog opens and closes only from `open`, so it is never out of step with
 * the screen's state; Escape asks the screen through `onCancel`. On close, focus goes to
 * the result if there is one, otherwise back to where it was.
 */
export function Modal({
  open,
  title,
  titleId,
  describedBy,
  onCancel,
  focusTitle = false,
  focusAfterClose,
  narrow = false,
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
      if (focusTitle) titleRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      // Only after close: while the modal is open the page behind it is inert and cannot take focus.
      const target = focusAfterClose?.() ?? returnTo.current
      if (target instanceof HTMLElement && target.isConnected) target.focus()
    }
  }, [open, focusTitle, focusAfterClose])

  return (
    <dialog
      ref={dialogRef}
      className={`modal${narrow ? ' modal--narrow' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId} ref={titleRef} tabIndex={focusTitle ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </dialog>
  )
}
