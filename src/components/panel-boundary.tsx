import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  name: string
  children: ReactNode
  /** Before trying again: e.g. drop the cached answer that made the panel fail. */
  onRetry?: () => void
}
type State = { failed: boolean }

/**
 * A crash inside one panel stays inside it: the rest of the page keeps working,
 * and the panel offers to try again. The error itself is not logged, since it may
 * carry member data.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // Deliberately silent: no member data in the console.
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="notice notice--error" role="alert">
        <h2 className="notice__title">The {this.props.name} could not be shown</h2>
        <p>The rest of the page still works. Nothing you saved has been lost.</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            this.props.onRetry?.()
            this.setState({ failed: false })
          }}
        >
          Try again
        </button>
      </div>
    )
  }
}
