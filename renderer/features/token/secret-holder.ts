import { useSyncExternalStore } from 'react';

/**
 * The client secret typed into the form: held here, outside every zustand store (STYLE.md §4: nothing secret in a
 * store's state), read by the send action when it sends and by the form when it renders.
 */
export interface SecretHolder {
  get(): string;
  set(value: string): void;
  subscribe(listener: () => void): () => void;
}

export function createSecretHolder(): SecretHolder {
  let value = '';
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The held secret and a setter, re-rendering the caller when it changes. */
export function useHeldSecret(holder: SecretHolder): [string, (value: string) => void] {
  const value = useSyncExternalStore(holder.subscribe, holder.get);
  return [value, holder.set];
}
