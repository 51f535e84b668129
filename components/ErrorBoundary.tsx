import { Component, type ReactNode } from 'react';
import { errorMessage } from '@/lib/error-message';

/**
 * Keeps one failing part of a page (the map, say) from blanking the rest: it shows a sentence
 * in its place instead, and the data around it stays usable. `fallback` replaces that sentence
 * (the log page's own boundary explains more and offers an export).
 */
export class ErrorBoundary extends Component<
  { what: string; children: ReactNode; fallback?: (error: Error) => ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error) {
      if (this.props.fallback) return this.props.fallback(error);
      return (
        <p role="alert">
          The {this.props.what} could not be shown ({errorMessage(error)}). Everything else works, and nothing
          was lost.
        </p>
      );
    }
    return this.props.children;
  }
}
