import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

export function useOnline() {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
}

export function OfflineBanner() {
  const online = useOnline()
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <p className="offline-banner">
          You are offline. What you type is kept on this page; it is sent when the connection
          returns.
        </p>
      )}
    </div>
  )
}
