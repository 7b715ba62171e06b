import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { maskText, maskValue } from '../../../shared/domain/mask';
import type { KnownValue, MaskKind } from '../../../shared/domain/mask';
import type { PresentationStore } from './use-presentation-store';

/** What panels need of presentation mode: whether it is on, and masks that do nothing while it is off. */
export interface Presentation {
  on: boolean;
  mask(kind: MaskKind, value: string): string;
  /** Masks known values (remembered and `extra`) and every token, VAT, fingerprint and credential field by shape. */
  maskText(text: string, extra?: readonly KnownValue[]): string;
  /** Values shown somewhere, to be masked in free text elsewhere too (secrets are ignored); see the store. */
  remember(values: readonly KnownValue[], source?: string): void;
  /**
   * maskText as things are when it is called, not when the component last rendered: for text that goes to the
   * clipboard or a file after an IPC round trip (exports, support text).
   */
  maskLatest(text: string): string;
  /** Said politely by screen readers (e.g. "Client ID shown for 5 seconds"). */
  announce(message: string): void;
}

const NOTHING: readonly KnownValue[] = [];

/** Outside a provider (a panel rendered alone in a test) presentation mode is simply off. */
const OFF: Presentation = {
  on: false,
  mask: (_kind, value) => value,
  maskText: (text) => text,
  remember: () => undefined,
  maskLatest: (text) => text,
  announce: () => undefined,
};

const PresentationContext = createContext<Presentation>(OFF);

export function PresentationProvider({ store, children }: { store: PresentationStore; children: ReactNode }) {
  const on = useStore(store, (s) => s.presentationMode);
  // Panels re-render for newly learned values only while masking uses them.
  const known = useStore(store, (s) => (s.presentationMode ? s.known : NOTHING));
  const [message, setMessage] = useState('');
  // Stable across mode changes: effects that remember values must not re-run because masking changed.
  const remember = useCallback<Presentation['remember']>((values, source) => store.getState().remember(values, source), [store]);
  const maskLatest = useCallback((text: string) => {
    const { presentationMode, known: current } = store.getState();
    return presentationMode ? maskText(text, current) : text;
  }, [store]);
  const value = useMemo<Presentation>(
    () => ({
      on,
      mask: (kind, text) => (on ? maskValue(kind, text) : text),
      maskText: (text, extra = NOTHING) => (on ? maskText(text, extra.length > 0 ? [...known, ...extra] : known) : text),
      remember,
      maskLatest,
      announce: setMessage,
    }),
    [on, known, remember, maskLatest],
  );
  return (
    <PresentationContext.Provider value={value}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </PresentationContext.Provider>
  );
}

export function usePresentation(): Presentation {
  return useContext(PresentationContext);
}

/**
 * Remembers what a live source (a form) holds now — client ids, VATs — before the browser paints, so free text
 * elsewhere is masked on its first frame too. A new value replaces the source's previous one.
 */
export function useRememberSensitive(source: string, values: readonly KnownValue[]): void {
  const { remember } = usePresentation();
  const key = JSON.stringify(values.map(({ kind, value }) => [kind, value]));
  useLayoutEffect(() => {
    const entries = JSON.parse(key) as [MaskKind, string][];
    remember(entries.map(([kind, value]) => ({ kind, value })), source);
  }, [key, remember, source]);
  // Gone with the component: a closed form's values are no longer current.
  useLayoutEffect(() => () => remember([], source), [remember, source]);
}
