/** Keeps the interview in progress in this browser, so a reload or a closed tab does not end it. */

const KEY = 'trajectory:mock:session';

export interface SavedSession<S> {
  session: S;
  phase: 'setup' | 'answer' | 'feedback' | 'summary';
  mode: 'speak' | 'type';
}

export function saveSession<S>(saved: SavedSession<S>): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // storage full or disabled: the interview still runs, it just cannot be resumed
  }
}

/** The interview left unfinished, if any; a finished one (at its summary) is not offered again. */
export function loadSession<S>(): SavedSession<S> | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedSession<S>;
    if (!saved || typeof saved !== 'object' || !saved.session || saved.phase === 'summary') return null;
    return saved;
  } catch {
    return null;
  }
}

export function clearSession(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
