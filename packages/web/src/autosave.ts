/**
 * Autosave: nothing a person types is lost.
 *
 *   const [text, setText, saved] = useAutosave('answer:career-goals', '');
 *   <textarea value={text} onChange={(e) => setText(e.target.value)} />
 *   <SaveStatus state={saved} />
 *
 * `useAutosave(key, initial, options?)` works like `useState`, and also:
 * - writes every change to localStorage at once (`trajectory:autosave:<key>`), so a reload or a crash keeps it;
 * - saves it to the server after a pause in typing (`delayMs`, 700 ms by default) — by default as a draft
 *   (PUT /api/drafts/:key, the value as JSON), or through `options.store` for work that belongs to a resource
 *   (the reflection answers, a goal, the profile);
 * - on load, restores the newer of the local copy and the server's;
 * - while the server is away, keeps the local copy, the connection banner says so, and it saves again as soon as
 *   the server is back (for drafts even when the component that typed them is gone).
 * Keys name the work: letters, digits and `:._-`, at most 100 characters (the drafts endpoint's rule); use a
 * prefix per feature ("answer:<questionId>", "mock:<session>:<n>"). One live hook per key at a time.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { api, isNetworkError, errorMessage } from './api.js';
import { onReconnect } from './connection.js';

/** A value with the time it was last written (ISO 8601). */
export interface Stamped<T> {
  value: T;
  updatedAt: string;
}

/** Where a value lives on the server. `save` may return the server's updatedAt. */
export interface AutosaveStore<T> {
  load(): Promise<Stamped<T> | null>;
  save(value: T): Promise<string | void>;
}

export type SaveStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'offline' | 'error';

export interface AutosaveState {
  status: SaveStatus;
  /** When the server last confirmed the value (ISO 8601). */
  savedAt: string | null;
  /** The server's reason, when status is 'error'. */
  error: string | null;
  /** True once the local copy and the server's have been compared. */
  ready: boolean;
}

export interface AutosaveOptions<T> {
  /** Where the server keeps it; default: the drafts endpoint under `key`. */
  store?: AutosaveStore<T>;
  delayMs?: number;
}

interface LocalRecord<T> extends Stamped<T> {
  /** False while the server has not confirmed this value. */
  synced: boolean;
  /** 'draft' records can be re-synced by key alone, even after their component unmounted. */
  kind: 'draft' | 'custom';
}

const PREFIX = 'trajectory:autosave:';
const DEFAULT_DELAY_MS = 700;

function readLocal<T>(key: string): LocalRecord<T> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const record = JSON.parse(raw) as LocalRecord<T>;
    return record && typeof record.updatedAt === 'string' && 'value' in record ? record : null;
  } catch {
    return null;
  }
}

function writeLocal<T>(key: string, record: LocalRecord<T>): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(record));
  } catch {
    // Storage full or disabled: the server copy still works.
  }
}

/** The drafts endpoint as a store: the value travels as JSON text. */
export function draftStore<T>(key: string): AutosaveStore<T> {
  return {
    async load() {
      const draft = await api.getDraft(key);
      if (!draft) return null;
      try {
        return { value: JSON.parse(draft.text) as T, updatedAt: draft.updatedAt };
      } catch {
        return null;
      }
    },
    async save(value) {
      const draft = await api.putDraft(key, JSON.stringify(value));
      return draft.updatedAt;
    },
  };
}

/** Pushes every unsynced draft in localStorage to the server; rejects if any could not be saved. */
export async function resyncDrafts(): Promise<void> {
  const pending: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const name = window.localStorage.key(i);
    if (name?.startsWith(PREFIX)) pending.push(name.slice(PREFIX.length));
  }
  const failures: unknown[] = [];
  for (const key of pending) {
    const record = readLocal<unknown>(key);
    if (!record || record.synced || record.kind !== 'draft' || mounted.has(key)) continue;
    try {
      const updatedAt = await draftStore<unknown>(key).save(record.value);
      const now = readLocal<unknown>(key);
      if (now && now.updatedAt === record.updatedAt) writeLocal(key, { ...now, synced: true, updatedAt: updatedAt || now.updatedAt });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw failures[0];
}

/** Keys with a live hook: they flush themselves on reconnect. */
const mounted = new Set<string>();
onReconnect(resyncDrafts);

/** The newer of what this browser kept and what the server has; ties go to the server. */
function pickNewer<T>(local: LocalRecord<T> | null, server: Stamped<T> | null): { value: T; fromLocal: boolean } | null {
  if (local && !local.synced && (!server || local.updatedAt > server.updatedAt)) return { value: local.value, fromLocal: true };
  if (server) return { value: server.value, fromLocal: false };
  if (local) return { value: local.value, fromLocal: !local.synced };
  return null;
}

export function useAutosave<T>(key: string, initial: T, options: AutosaveOptions<T> = {}): [T, Dispatch<SetStateAction<T>>, AutosaveState] {
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const kind: LocalRecord<T>['kind'] = options.store ? 'custom' : 'draft';
  const defaultStore = useMemo(() => draftStore<T>(key), [key]);
  const storeRef = useRef<AutosaveStore<T>>(options.store ?? defaultStore);
  storeRef.current = options.store ?? defaultStore;

  const [value, setValueState] = useState<T>(() => readLocal<T>(key)?.value ?? initial);
  const [state, setState] = useState<AutosaveState>({ status: 'loading', savedAt: null, error: null, ready: false });
  const valueRef = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typedSinceLoad = useRef(false);
  const saving = useRef<Promise<void> | null>(null);

  const patch = (next: Partial<AutosaveState>) => setState((prev) => ({ ...prev, ...next }));

  /** Saves the local copy if the server has not confirmed it; rejects on failure (for the reconnect re-sync). */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (saving.current) await saving.current.catch(() => undefined);
    const record = readLocal<T>(key);
    if (!record || record.synced) return;
    const run = (async () => {
      patch({ status: 'saving' });
      try {
        const serverTime = await storeRef.current.save(record.value);
        const now = readLocal<T>(key);
        const savedAt = serverTime || new Date().toISOString();
        // Only mark it synced if nothing was typed while the request was out.
        if (now && now.updatedAt === record.updatedAt) writeLocal(key, { ...now, synced: true });
        patch({ status: now && now.updatedAt !== record.updatedAt ? 'saving' : 'saved', savedAt, error: null });
      } catch (error) {
        patch(isNetworkError(error) ? { status: 'offline' } : { status: 'error', error: errorMessage(error) });
        throw error;
      }
    })();
    saving.current = run;
    try {
      await run;
    } finally {
      if (saving.current === run) saving.current = null;
    }
    const after = readLocal<T>(key);
    if (after && !after.synced && timer.current === undefined) await flush();
  }, [key]);

  // Load: compare the local copy with the server's, keep the newer, push local work the server has not seen.
  useEffect(() => {
    let cancelled = false;
    mounted.add(key);
    typedSinceLoad.current = false;
    const local = readLocal<T>(key);
    if (local) {
      valueRef.current = local.value;
      setValueState(local.value);
    }
    setState({ status: 'loading', savedAt: null, error: null, ready: false });
    storeRef.current.load().then(
      (server) => {
        if (cancelled) return;
        const latestLocal = readLocal<T>(key);
        const pick = typedSinceLoad.current ? { value: valueRef.current, fromLocal: true } : pickNewer(latestLocal, server);
        if (pick && !pick.fromLocal) {
          valueRef.current = pick.value;
          setValueState(pick.value);
          writeLocal(key, { value: pick.value, updatedAt: server!.updatedAt, synced: true, kind });
          setState({ status: 'saved', savedAt: server!.updatedAt, error: null, ready: true });
        } else if (pick?.fromLocal) {
          setState({ status: 'saving', savedAt: server?.updatedAt ?? null, error: null, ready: true });
          flush().catch(() => undefined);
        } else {
          setState({ status: 'idle', savedAt: null, error: null, ready: true });
        }
      },
      (error) => {
        if (cancelled) return;
        setState({
          status: isNetworkError(error) ? 'offline' : 'error',
          savedAt: null,
          error: isNetworkError(error) ? null : errorMessage(error),
          ready: true,
        });
      },
    );
    const unsubscribe = onReconnect(() => flush());
    return () => {
      cancelled = true;
      mounted.delete(key);
      unsubscribe();
      // Leaving the page: send what is waiting now rather than after the pause.
      if (timer.current !== undefined) flush().catch(() => undefined);
    };
  }, [key, kind, flush]);

  const setValue: Dispatch<SetStateAction<T>> = useCallback(
    (action) => {
      const next = typeof action === 'function' ? (action as (prev: T) => T)(valueRef.current) : action;
      valueRef.current = next;
      typedSinceLoad.current = true;
      setValueState(next);
      writeLocal(key, { value: next, updatedAt: new Date().toISOString(), synced: false, kind });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        flush().catch(() => undefined);
      }, delayMs);
      setState((prev) => (prev.status === 'offline' ? prev : { ...prev, status: 'saving' }));
    },
    [key, kind, delayMs, flush],
  );

  return [value, setValue, state];
}

/** Forgets the local copy of `key` (after the resource it belonged to was deleted). */
export function forgetLocal(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to forget
  }
}
