/** Catches a page that failed to render (or whose chunk failed to load) and offers a reload instead of a blank page. */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card" role="alert">
        <h1>This page could not be shown</h1>
        <p>Nothing you typed is lost: it is kept on this device. Reload the page to try again.</p>
        <p className="muted small">{this.state.error.message}</p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
