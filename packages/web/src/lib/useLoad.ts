/** Loads data once per change of `deps`, with loading and error states, and a `reload`. Reloads by itself when the server comes back. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, isNetworkError } from '../api.js';
import { onReconnect } from '../connection.js';

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  offline: boolean;
  reload: () => void;
  /** Replaces the data in place (after a change the page made itself). */
  setData: (update: (prev: T | undefined) => T | undefined) => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (cancelled) return;
        setDataState(value);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (cancelled) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const hasError = error !== null;
  useEffect(() => (hasError ? onReconnect(reload) : undefined), [hasError, reload]);

  return {
    data,
    loading,
    error: hasError ? errorMessage(error) : null,
    offline: hasError && isNetworkError(error),
    reload,
    setData: setDataState,
  };
}
