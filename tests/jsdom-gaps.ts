// jsdom has <dialog> but not showModal/close: enough of them for route tests. Escape
// fires `cancel` (and closes unless prevented), as a browser does.
// A modal dialog makes the page behind it inert, as a browser does for focus: focus()
// on an element outside the open modal does nothing, so a test cannot pass on a focus
// move that a browser would refuse (the page body keeps focus there).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  const modals = new WeakSet<HTMLDialogElement>()
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    modals.add(this)
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return
    modals.delete(this)
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
  const focus = HTMLElement.prototype.focus
  HTMLElement.prototype.focus = function focusUnlessInert(this: HTMLElement, options) {
    const modal = [...document.querySelectorAll('dialog[open]')]
      .filter((d): d is HTMLDialogElement => modals.has(d as HTMLDialogElement))
      .at(-1)
    if (modal && !modal.contains(this)) return
    focus.call(this, options)
  }
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return
    const dialog = [...document.querySelectorAll('dialog[open]')].at(-1)
    if (!(dialog instanceof HTMLDialogElement)) return
    const cancel = new Event('cancel', { cancelable: true })
    if (dialog.dispatchEvent(cancel)) dialog.close()
  })
}

// jsdom does no layout: the error summary's scroll to a field is a no-op here.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}
