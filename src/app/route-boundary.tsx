import { Component, type ReactNode } from 'react'
import { RouteError } from './route-error.tsx'

type Props = { children: ReactNode; resetKey: string; inLayout?: boolean }
type State = { error: unknown; resetKey: string }

/**
 * A route that throws while loading its code or rendering shows RouteError instead
 * of a blank screen; moving to another address tries again. The error is not logged,
 * since it may carry member data.
 */
export class RouteBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  render() {
    if (this.state.error)
      return <RouteError error={this.state.error} inLayout={this.props.inLayout} />
    return this.props.children
  }
}
