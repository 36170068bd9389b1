/** A quiet line beside a form that says whether what was typed is saved. */
import type { AutosaveState } from '../autosave.js';

const WORDS: Record<AutosaveState['status'], string> = {
  loading: 'Loading…',
  idle: 'Saves as you type',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Kept on this device',
  error: 'Not saved',
};

export function SaveStatus({ state, label }: { state: AutosaveState; label?: string }) {
  const words = state.status === 'error' && state.error ? `Not saved: ${state.error}` : WORDS[state.status];
  return (
    <span className="save-status" data-status={state.status} data-testid="save-status">
      {label ? <span className="visually-hidden">{label}: </span> : null}
      {words}
    </span>
  );
}
