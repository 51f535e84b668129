import { Component, type ReactNode } from 'react';

/**
 * Keeps one failing part of a page (the map, say) from blanking the rest: it shows a sentence
 * in its place instead, and the data around it stays usable.
 */
export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <p role="alert">
          The {this.props.what} could not be shown ({this.state.error.message}). Everything else works, and
          nothing was lost.
        </p>
      );
    }
    return this.props.children;
  }
}
