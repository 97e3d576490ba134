import { useId, type ReactNode } from 'react'
import { Modal } from '../../components/modal.tsx'

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
 * The last look before a decision is recorded: the question (focused on open, so it is
 * read first), what will be recorded, and Confirm or Cancel. Escape cancels, except
 * while the decision is being sent.
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
  // The case page holds two of these (the decision's and the appeal's): one title id each.
  const titleId = useId()
  return (
    <Modal
      open={open}
      title={title}
      titleId={titleId}
      focusTitle
      focusAfterClose={focusAfterClose}
      onCancel={() => {
        if (!busy) onCancel()
      }}
    >
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
    </Modal>
  )
}
