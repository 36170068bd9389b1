/**
 * Whether the server can be reached. The API client reports every request's fate here; while the server is away
 * a probe asks /api/health every few seconds, and when it answers, listeners (autosave) re-sync and the banner
 * says the work is saved again.
 */
import { useSyncExternalStore } from 'react';

export type ConnectionStatus = 'online' | 'offline' | 'reconnected';

interface State {
  status: ConnectionStatus;
}

let state: State = { status: 'online' };
const listeners = new Set<() => void>();
const reconnectHandlers = new Set<() => Promise<void> | void>();
let probeTimer: ReturnType<typeof setTimeout> | undefined;
let calmTimer: ReturnType<typeof setTimeout> | undefined;

const PROBE_MS = 2000;
const RECONNECTED_SHOWN_MS = 6000;

function set(next: State): void {
  if (next.status === state.status) return;
  state = next;
  for (const listener of listeners) listener();
}

function probe(): void {
  clearTimeout(probeTimer);
  probeTimer = setTimeout(async () => {
    try {
      const response = await fetch('/api/health', { cache: 'no-store' });
      if (response.ok) {
        await reconnected();
        return;
      }
    } catch {
      // still away
    }
    if (state.status === 'offline') probe();
  }, PROBE_MS);
}

let reconnecting = false;

async function reconnected(): Promise<void> {
  if (reconnecting) return;
  reconnecting = true;
  // Flush what waited locally before saying it is saved.
  const results = await Promise.allSettled([...reconnectHandlers].map((handler) => handler()));
  reconnecting = false;
  if (state.status !== 'offline') return;
  if (results.some((result) => result.status === 'rejected')) {
    probe();
    return;
  }
  set({ status: 'reconnected' });
  clearTimeout(calmTimer);
  calmTimer = setTimeout(() => set({ status: 'online' }), RECONNECTED_SHOWN_MS);
}

/** A request could not reach the server. */
export function reportOffline(): void {
  clearTimeout(calmTimer);
  if (state.status !== 'offline') {
    set({ status: 'offline' });
    probe();
  }
}

/** A request reached the server. While offline, this triggers the re-sync at once instead of waiting for the probe. */
export function reportOnline(): void {
  if (state.status === 'offline') {
    clearTimeout(probeTimer);
    void reconnected();
  }
}

export function connectionStatus(): ConnectionStatus {
  return state.status;
}

/** Runs `handler` each time the server comes back; the banner says "saved" once every handler has settled. */
export function onReconnect(handler: () => Promise<void> | void): () => void {
  reconnectHandlers.add(handler);
  return () => reconnectHandlers.delete(handler);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnection(): ConnectionStatus {
  return useSyncExternalStore(subscribe, () => state.status, () => 'online');
}
